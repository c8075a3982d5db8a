using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Core.Tests.Strategies.Support;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Strategies;

namespace Provisioning.Core.Tests.Strategies;

/// <summary>
/// What a strategy adds from a callback delivers from the next bar that closes after the bar it reacted to: every
/// later bar of the new series once, in time order with the others, compared with bars built by hand from the store.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class AdditionJoinTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_symbol_and_an_interval_added_from_OnBar_deliver_every_bar_after_it_once()
    {
        var store = sample.OpenStore();
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1), Tuesday);
        var strategy = new RecordingStrategy();
        var askedAt = replay.At(10, 1);
        var added = new List<Task<AdditionResult>>();
        strategy.OnBarHook = (self, symbol, interval, bar) =>
        {
            // The minute 10:01..10:02 of AAPL: mid-way through the 10:00 five-minute bucket.
            if (symbol == "AAPL" && interval == Interval.Minutes(1) && bar.Start == askedAt)
            {
                added.Add(self.StrategySession.AddSymbolAsync("MSFT").AsTask());
                added.Add(self.StrategySession.AddBarsAsync("AAPL", "15m").AsTask());
            }
        };

        await replay.Coordinator.StartAsync(strategies: [strategy]);
        await replay.RunAsync().WaitAsync(HangGuard);

        Assert.Equal(2, added.Count);
        foreach (var result in await Task.WhenAll(added))
        {
            Assert.True(result.Succeeded, result.Reason);
        }

        var joinedAfter = askedAt.AddMinutes(1);
        var msftMinutes = await HandBars.MinutesAsync(store, "MSFT", replay.Session);
        var aaplMinutes = await HandBars.MinutesAsync(store, "AAPL", replay.Session);

        // MSFT: every minute from 10:02 and every five-minute bar ending after 10:02 (from the 10:00 one, whole).
        AssertSeries(
            strategy,
            "MSFT",
            Interval.Minutes(1),
            msftMinutes.Where(b => b.Start >= joinedAfter));
        AssertSeries(
            strategy,
            "MSFT",
            Interval.Minutes(5),
            HandBars.FiveMinutes(msftMinutes, replay.Session).Where(b => b.Start.AddMinutes(5) > joinedAfter));

        // AAPL's new 15m bars: from the 10:00 one (it ends at 10:15), built from every minute of it.
        AssertSeries(
            strategy,
            "AAPL",
            Interval.Minutes(15),
            HandBars.Minutes(aaplMinutes, replay.Session, 15).Where(b => b.Start.AddMinutes(15) > joinedAfter));

        // AAPL's declared series are untouched by the additions.
        AssertSeries(strategy, "AAPL", Interval.Minutes(1), aaplMinutes);

        // And the joined bars keep the time order of the whole stream.
        var bars = strategy.Events.Where(e => e.Kind == "bar").ToArray();
        for (var i = 1; i < bars.Length; i++)
        {
            Assert.True(bars[i - 1].BarEnd <= bars[i].BarEnd, $"{bars[i]} came after {bars[i - 1]}");
        }
    }

    [Fact]
    public async Task A_symbol_added_in_OnStart_delivers_from_the_first_bar_of_the_session()
    {
        var store = sample.OpenStore();
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1), Tuesday);
        var strategy = new RecordingStrategy();
        Task<AdditionResult>? added = null;
        strategy.OnStartHook = self => added = self.StrategySession.AddSymbolAsync("MSFT").AsTask();

        await replay.Coordinator.StartAsync(strategies: [strategy]);
        await replay.RunAsync().WaitAsync(HangGuard);

        var result = await added!;
        Assert.True(result.Succeeded, result.Reason);
        var msftMinutes = await HandBars.MinutesAsync(store, "MSFT", replay.Session);
        AssertSeries(strategy, "MSFT", Interval.Minutes(1), msftMinutes);
        AssertSeries(strategy, "MSFT", Interval.Minutes(5), HandBars.FiveMinutes(msftMinutes, replay.Session));
    }

    private static void AssertSeries(RecordingStrategy strategy, string symbol, Interval interval, IEnumerable<Provisioning.Data.Bar> expected) =>
        Assert.Equal(
            expected.Select(b => $"{b}"),
            strategy.Events.Where(e => e.Symbol == symbol && e.Interval == interval).Select(e => $"{e.Bar}"));
}
