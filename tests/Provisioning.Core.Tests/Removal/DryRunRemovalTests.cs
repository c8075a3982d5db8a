using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Config;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Indicators.__Internals;
using Provisioning.Planning;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// The dry run (<c>provision plan --remove</c>) plans a config removal with the same analysis and steps as the session:
/// the plan it shows is the plan the session runs; a symbol the config does not hold cannot proceed.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class DryRunRemovalTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task The_dry_run_removal_plan_is_the_plan_the_session_runs()
    {
        var config = ReplaySession.Config(["AAPL", "MSFT"], ["5m"], trailingDays: 1);
        config.Indicators.Add(new IndicatorConfig { Name = "sma", Parameters = new() { ["period"] = 20 }, Interval = "15m" });
        var replay = new ReplaySession(sample.OpenStore(), config, Tuesday);
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        var dryRun = new SessionDryRun(replay.Resolved, ExchangeCalendars.Xnys, sample.OpenStore(), IndicatorCatalog.Default);

        var entries = await dryRun.PlanAsync(replay.Session.OpenUtc, ["aapl", "ZZZZ"], CancellationToken.None);
        var removal = await coordinator.RemoveSymbolAsync("AAPL", ProvisionSource.Config);

        Assert.Equal(RemovalStatus.Removed, removal.Status);
        var planned = entries[^2];
        Assert.Equal("remove symbol AAPL", planned.Addition);
        Assert.True(planned.CanProceed);
        Assert.Equal(removal.Plan.Steps.Select(s => s.Describe()), planned.Plan.Steps.Select(s => s.Describe()));
        Assert.Equal(
            [
                "unregister indicator sma(20)@15m for AAPL",
                "stop session stream 1m for AAPL",
                "stop session stream 1d for AAPL",
                "drop interval 15m for AAPL",
                "drop interval 5m for AAPL",
                "drop interval 1d for AAPL",
                "drop interval 1m for AAPL",
                "drop symbol AAPL",
            ],
            planned.Plan.Steps.Select(s => s.Describe()));

        var refused = entries[^1];
        Assert.False(refused.CanProceed);
        Assert.Contains("the session does not have ZZZZ", string.Join(" ", refused.Errors), StringComparison.Ordinal);
    }
}
