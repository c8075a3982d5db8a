using System;
using Provisioning.Cli.Running;
using Provisioning.Collections;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>The line a replay prints for an addition: one line whatever text the reason carries.</summary>
public sealed class RunOutcomeTextTests
{
    [Fact]
    public void A_partial_history_reason_with_a_line_break_is_printed_on_one_line()
    {
        var requirements = new ProvisioningRequirements
        {
            Operation = OperationType.Symbol,
            Source = ProvisionSource.Config,
            AddedBy = ProvisionSource.Config,
            Symbol = "AAPL",
        };
        var shortLoad = new HistoryLoad("AAPL", Interval.Minutes(1), new DateTime(2026, 3, 2, 14, 30, 0, DateTimeKind.Utc), new DateTime(2026, 3, 2, 21, 0, 0, DateTimeKind.Utc), 10, 390);
        var result = new AdditionResult(
            requirements,
            ProvisioningPlan.Nothing("AAPL"),
            EquatableArray<StepResult>.Empty,
            AdditionStatus.SucceededWithPartialHistory,
            "Partial history:\nAAPL 1m came back short.")
        { History = EquatableArray<HistoryLoad>.Of(shortLoad) };

        var text = RunText.Outcome(result);

        Assert.StartsWith("AAPL symbol AAPL (Config): SucceededWithPartialHistory, 0 steps in 0 ms - Partial history:", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
        Assert.EndsWith("AAPL 1m came back short.", text, StringComparison.Ordinal);
    }
}
