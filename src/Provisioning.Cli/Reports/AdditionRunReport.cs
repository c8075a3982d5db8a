using System.Collections.Generic;
using System.Linq;
using Provisioning.Cli.Running;
using Provisioning.Execution;
using Provisioning.Requirements;

namespace Provisioning.Cli.Reports;

/// <summary>One addition of a replay and how each of its steps ended, as JSON.</summary>
internal sealed record AdditionRunReport(
    string Symbol,
    string Addition,
    OperationType Operation,
    ProvisionSource Source,
    AdditionStatus Status,
    string? Reason,
    IReadOnlyList<StepRunReport> Steps)
{
    public static AdditionRunReport From(AdditionResult result) =>
        new(
            result.Requirements.Symbol,
            RunText.Addition(result.Requirements),
            result.Requirements.Operation,
            result.Requirements.Source,
            result.Status,
            result.Reason,
            result.Steps.Select(StepRunReport.From).ToArray());
}
