using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Hosting;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// A store that returns less history than the calendar says the range holds: the result says how much was loaded
/// against how much was expected, per load, and below the minimum the addition fails and the session is unchanged.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class PartialHistoryTests(SampleStoreFixture sample)
{
    // Tuesday's open: one day of 1m history is Monday 2024-11-25, a full session 09:30-16:00 (14:30-21:00 UTC), 390 bars.
    private static readonly DateOnly Tuesday = new(2024, 11, 26);
    private const int MondayMinutes = 390;

    [Fact]
    public async Task Every_expected_bar_loaded_is_a_plain_success_that_shows_the_counts()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config([]), Tuesday);

        var added = await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.Succeeded, added.Status);
        Assert.Null(added.Reason);
        Assert.False(added.HasPartialHistory);
        var load = Assert.Single(added.History);
        Assert.Equal(("NVDA", Interval.Minutes(1), MondayMinutes, MondayMinutes, true), (load.Symbol, load.Interval, load.BarsLoaded, load.BarsExpected, load.IsComplete));
    }

    [Fact]
    public async Task A_store_short_of_a_few_bars_gives_a_partial_success_that_names_the_load()
    {
        // The first 20 minutes of every session are missing: 370 of 390, 94.9%, above the 90% default.
        var store = new ThinnedStore(sample.OpenStore(), WithoutTheFirstTwentyMinutes);
        var replay = new ReplaySession(store, ReplaySession.Config([]), Tuesday);

        var added = await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.SucceededWithPartialHistory, added.Status);
        Assert.True(added.Succeeded);
        Assert.True(added.HasPartialHistory);
        var load = Assert.Single(added.History);
        Assert.Equal((370, MondayMinutes, false), (load.BarsLoaded, load.BarsExpected, load.IsComplete));
        Assert.Contains("NVDA 1m: 370 of 390 expected bars", added.Reason, StringComparison.Ordinal);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.True(nvda.TryGetBars(Interval.Minutes(1), out var minutes));
        Assert.Equal(370, minutes.Count);
    }

    [Fact]
    public async Task Half_the_history_fails_the_addition_naming_symbol_interval_and_counts_and_leaves_the_session_unchanged()
    {
        var replay = new ReplaySession(HalfStore(), ReplaySession.Config(["AAPL"]), Tuesday);
        await replay.Coordinator.StartAsync();
        Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        var before = aapl.ToState();

        // A new symbol and an existing one, each asking for a day of 1m history the store holds half of.
        var newSymbol = await replay.Coordinator.AddBarsAsync("NVDA", "5m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);
        var existing = await replay.Coordinator.AddBarsAsync("AAPL", "5m", days: 1, source: ProvisionSource.Strategy);

        foreach (var (result, symbol) in new[] { (newSymbol, "NVDA"), (existing, "AAPL") })
        {
            Assert.Equal(AdditionStatus.Failed, result.Status);
            Assert.False(result.Succeeded);
            Assert.True(result.HasPartialHistory);
            var load = Assert.Single(result.History);
            Assert.Equal((symbol, Interval.Minutes(1), 195, MondayMinutes), (load.Symbol, load.Interval, load.BarsLoaded, load.BarsExpected));
            Assert.Contains($"{symbol} 1m: 195 of 390 expected bars", result.Reason, StringComparison.Ordinal);
            Assert.Contains("below the minimum of 90%", result.Reason, StringComparison.Ordinal);
            Assert.Contains(result.Steps, s => s.Step is LoadHistorical && s.Status == StepStatus.Failed);
        }

        Assert.False(replay.Coordinator.Data.TryGetSymbol("NVDA", out _));
        Assert.Equal(before, aapl.ToState());
        Assert.False(aapl.TryGetBars(Interval.Minutes(5), out _));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.0)]
    public async Task A_lower_minimum_takes_half_the_history_as_a_partial_success(double minimum)
    {
        var replay = new ReplaySession(HalfStore(), ReplaySession.Config([]), Tuesday, historyLoad: new HistoryLoadOptions { MinimumLoadedFraction = minimum });

        var added = await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.SucceededWithPartialHistory, added.Status);
        Assert.Equal((195, MondayMinutes), (added.History[0].BarsLoaded, added.History[0].BarsExpected));
    }

    [Fact]
    public async Task A_minimum_of_one_fails_on_a_single_missing_bar()
    {
        var store = new ThinnedStore(sample.OpenStore(), bar => bar.Start != new DateTime(2024, 11, 25, 15, 0, 0, DateTimeKind.Utc));
        var replay = new ReplaySession(store, ReplaySession.Config([]), Tuesday, historyLoad: new HistoryLoadOptions { MinimumLoadedFraction = 1 });

        var added = await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.Failed, added.Status);
        Assert.Contains("NVDA 1m: 389 of 390 expected bars", added.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_start_report_lists_config_symbols_that_stand_with_partial_history()
    {
        // AAPL's Monday lacks 14:30..14:49 UTC (370 of 390); MSFT's is whole.
        var store = new ThinnedStore(sample.OpenStore(), WithoutTheFirstTwentyMinutes, onlySymbol: "AAPL");
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL", "MSFT"], trailingDays: 1), Tuesday);

        var report = await replay.Coordinator.StartAsync();

        Assert.True(report.AllSucceeded);
        var partial = Assert.Single(report.PartialHistory);
        Assert.Equal("AAPL", partial.Requirements.Symbol);
        Assert.Contains(partial.History, load => load.Interval == Interval.Minutes(1) && load.BarsLoaded == 370 && load.BarsExpected == MondayMinutes);
    }

    // Every minute but the first 20 of a session (14:30..14:49 UTC in November): 370 of Monday's 390.
    private static bool WithoutTheFirstTwentyMinutes(Bar bar) =>
        !(bar.Start.TimeOfDay >= new TimeSpan(14, 30, 0) && bar.Start.TimeOfDay < new TimeSpan(14, 50, 0));

    // Every other minute of every session: 195 of Monday's 390.
    private ThinnedStore HalfStore() => new(sample.OpenStore(), bar => bar.Start.Minute % 2 == 0);
}
