using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Feeds;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// A reload that drops a config symbol releases the strategies' declarations made for it, and only those: what code
/// added directly as <see cref="ProvisionSource.Strategy"/>, with no strategy name, keeps its hold and its series.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ReloadReleasedDeclarationsTests(SampleStoreFixture sample)
{
    private static readonly Interval FiveMinutes = Interval.Minutes(5);
    private static readonly Interval FifteenMinutes = Interval.Minutes(15);

    [Fact]
    public async Task A_dropped_config_symbol_releases_its_declarations_but_not_a_direct_strategy_addition()
    {
        var store = sample.OpenStore();
        var calendar = ExchangeCalendars.Xnys;
        Assert.True(calendar.TryGetSession(new System.DateOnly(2024, 11, 26), out var session));
        var config = ReplaySession.Config(["AAPL", "MSFT", "NVDA"], trailingDays: 1).Resolve();
        Assert.True(config.IsValid, string.Join("; ", config.Errors));
        var clock = new ReplayClock(session.OpenUtc);
        using var coordinator = new SessionCoordinator(config, calendar, store, new ReplayBarFeed(store, session, config.BaseIntervals, clock), clock);
        var (report, _) = await coordinator.StartAsync([DeclaredAddition.ForBars(FiveMinutes, 1)], CancellationToken.None);
        Assert.All(report.Results, r => Assert.True(r.Succeeded, r.Reason));

        // Added directly, not declared: the reload did not make it, so it must not take it.
        var direct = await coordinator.AddBarsAsync("MSFT", "15m", days: 1, source: ProvisionSource.Strategy);
        Assert.True(direct.Succeeded, direct.Reason);

        var reloaded = await coordinator.ReloadAsync(ReplaySession.Config(["AAPL"], trailingDays: 1).Resolve());

        Assert.True(reloaded.AllSucceeded, string.Join("; ", reloaded.Removals.Select(r => r.Reason)));
        Assert.Equal(["AAPL", "MSFT"], coordinator.Data.Symbols.Select(s => s.Symbol));
        Assert.True(coordinator.Data.TryGetSymbol("MSFT", out var msft));
        Assert.True(msft.TryGetBars(FifteenMinutes, out _));
        Assert.False(msft.TryGetBars(FiveMinutes, out _));
        Assert.Single(coordinator.Data.Holds.Of("MSFT"));
        Assert.Equal(RemovalStatus.Kept, reloaded.Removals.Single(r => r.Symbol == "MSFT" && r.Source == ProvisionSource.Config).Status);

        // NVDA had only the config and the declarations: it is gone.
        Assert.Equal(RemovalStatus.Removed, reloaded.Removals.Single(r => r.Symbol == "NVDA" && r.Source == ProvisionSource.Config).Status);
        Assert.True(coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.True(aapl.TryGetBars(FiveMinutes, out _));
    }
}
