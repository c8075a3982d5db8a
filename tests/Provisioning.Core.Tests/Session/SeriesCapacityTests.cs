using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Hosting;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>A series keeps every bar of the history it was asked to load, however the base bars are spread.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class SeriesCapacityTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task Fifteen_days_of_hour_bars_of_a_thinly_traded_symbol_keep_all_fifteen_days()
    {
        // One-minute bars only every ten minutes (09:30, 09:40, ...): each hour bucket of a session still has bars. A
        // tenth of the expected minutes is far below the default minimum, so this session accepts any history.
        var store = new ThinnedStore(sample.OpenStore(), bar => bar.Start.Minute % 10 == 0);
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL"]), Tuesday, historyLoad: new HistoryLoadOptions { MinimumLoadedFraction = 0 });

        var added = await replay.Coordinator.AddBarsAsync("NVDA", "1h", days: 15, historicalOnly: true, source: ProvisionSource.Strategy);

        Assert.True(added.Succeeded, added.Reason);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.True(nvda.TryGetBars(Interval.Minutes(1), out var minutes));
        Assert.True(nvda.TryGetBars(Interval.Hours(1), out var hours));

        // The 15 sessions before Tuesday 2024-11-26 (2024-11-05 .. 2024-11-25) are all full days, 09:30-16:00: 39 kept
        // minutes each, and 7 hour bars each (09:30, 10:30, ... 15:30; the last cut at 16:00): 585 minutes, 105 hours.
        var first = replay.Calendar.SessionsInRange(new DateOnly(2024, 11, 5), new DateOnly(2024, 11, 25));
        Assert.Equal(15, first.Count);
        Assert.All(first, s => Assert.Equal(TimeSpan.FromMinutes(390), s.CloseUtc - s.OpenUtc));
        Assert.Equal(15 * 39, minutes.Count);
        Assert.Equal(15 * 7, hours.Count);
        Assert.Equal(first[0].OpenUtc, hours[0].Start);
    }
}
