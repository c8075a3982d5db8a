using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Provisioning.Cli.Output;
using Provisioning.Planning;
using Provisioning.Requirements;

namespace Provisioning.Cli.Reports;

/// <summary>One addition of a plan, as JSON: the requirement analysis, Step 0 and the typed steps.</summary>
internal sealed record AdditionReport(
    string Symbol,
    string Addition,
    OperationType Operation,
    ProvisionSource Source,
    string? Indicator,
    bool CanProceed,
    string Reason,
    IReadOnlyList<string> ValidationErrors,
    IReadOnlyList<string> RequiredIntervals,
    string? BaseInterval,
    HistoryReport? History,
    IReadOnlyList<HistoryReport> HistoryLoads,
    IReadOnlyList<CheckReport> Checks,
    IReadOnlyList<JsonObject> Steps)
{
    /// <summary>Step 0's corporate actions inside a history window, each with the mode that applies.</summary>
    public IReadOnlyList<string> CorporateActions { get; init; } = [];

    /// <summary>Step 0's warnings (a window over an action loaded Raw, a bad action table).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static AdditionReport From(DryRunEntry entry)
    {
        var requirements = entry.Requirements;
        return new AdditionReport(
            entry.Symbol,
            entry.Addition,
            requirements.Operation,
            requirements.Source,
            requirements.IndicatorKey,
            entry.CanProceed,
            requirements.Reason,
            entry.Errors.ToArray(),
            requirements.RequiredIntervals.Select(i => i.ToString()).ToArray(),
            requirements.BaseInterval?.ToString(),
            requirements.History is { } history ? HistoryReport.From(history) : null,
            requirements.HistoryLoads.Select(HistoryReport.From).ToArray(),
            entry.Checks.Select(CheckReport.From).ToArray(),
            entry.Plan.Steps.Select(JsonOutput.Step).ToArray())
        {
            CorporateActions = entry.Validation.CorporateActions.ToArray(),
            Warnings = entry.Validation.Warnings.ToArray(),
        };
    }
}
