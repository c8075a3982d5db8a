using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Core.Tests.Strategies.Support;
using Provisioning.Intervals;
using Provisioning.Strategies;

namespace Provisioning.Core.Tests.Strategies;

/// <summary>
/// A strategy on two symbols receives OnStart, then every 1m and 5m bar of both in time order (a 5m bar right after
/// the 1m bar that closes it, both symbols' bars of one minute before the next minute), then OnSessionEnd; the bars are
/// those built by hand from the store, and its SMA read inside OnBar already includes the bar.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class CallbackOrderTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private static readonly Interval FiveMinutes = Interval.Minutes(5);
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Bars_of_two_symbols_and_two_intervals_arrive_in_time_order_between_start_and_end()
    {
        var store = sample.OpenStore();
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL", "MSFT"], ["5m"], trailingDays: 1), Tuesday);
        var strategy = new RecordingStrategy();
        var mostQueued = 0;
        strategy.OnBarHook = (_, _, _, _) => mostQueued = Math.Max(mostQueued, replay.Coordinator.StrategyQueuedBars);

        await replay.Coordinator.StartAsync([strategy]);
        await replay.RunAsync().WaitAsync(HangGuard);

        // The queue of closed bars holds at most what one feed bar closes (its minute and a 5m bar), never the day.
        Assert.InRange(mostQueued, 0, 1);
        Assert.Equal(0, replay.Coordinator.StrategyQueuedBars);

        var expected = new List<CallbackEvent>();
        foreach (var symbol in new[] { "AAPL", "MSFT" })
        {
            var minutes = await HandBars.MinutesAsync(store, symbol, replay.Session);
            Assert.Equal(390, minutes.Length);
            expected.AddRange(minutes.Select(b => new CallbackEvent("bar", symbol, OneMinute, b)));
            expected.AddRange(HandBars.FiveMinutes(minutes, replay.Session).Select(b => new CallbackEvent("bar", symbol, FiveMinutes, b)));
        }

        var events = strategy.Events;
        Assert.Equal(CallbackEvent.Start, events[0]);
        Assert.Equal(CallbackEvent.End, events[^1]);
        var bars = events.Skip(1).SkipLast(1).ToArray();
        Assert.All(bars, e => Assert.Equal("bar", e.Kind));

        // The same bars, each once (2 × 390 minutes and 2 × 78 five-minute bars, OHLCV compared).
        Assert.Equal(2 * (390 + 78), bars.Length);
        Assert.Equal(
            expected.OrderBy(e => e.Symbol, StringComparer.Ordinal).ThenBy(e => e.Interval).ThenBy(e => e.Bar.Start),
            bars.OrderBy(e => e.Symbol, StringComparer.Ordinal).ThenBy(e => e.Interval).ThenBy(e => e.Bar.Start));

        // Time order: no bar ends before one delivered earlier, so every symbol's bars of a minute come before the next.
        for (var i = 1; i < bars.Length; i++)
        {
            Assert.True(bars[i - 1].BarEnd <= bars[i].BarEnd, $"{bars[i]} came after {bars[i - 1]}");
        }

        // A 5m bar comes right after the 1m bar of the same symbol that closes it.
        for (var i = 0; i < bars.Length; i++)
        {
            if (bars[i].Interval == FiveMinutes)
            {
                var before = bars[i - 1];
                Assert.True(
                    before.Symbol == bars[i].Symbol && before.Interval == OneMinute && before.BarEnd == bars[i].BarEnd,
                    $"{bars[i]} came after {before}, not after the minute that closes it");
            }
        }

        // Each minute's group holds both symbols' bars, base before derived per symbol: the order within a minute,
        // grouped by symbol, is exactly the expected one.
        var expectedByMinute = expected.GroupBy(e => e.BarEnd).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Symbol, StringComparer.Ordinal).ThenBy(e => e.Interval).ToArray());
        foreach (var minute in bars.GroupBy(e => e.BarEnd))
        {
            Assert.Equal(expectedByMinute[minute.Key], minute.OrderBy(e => e.Symbol, StringComparer.Ordinal).ThenBy(e => e.Interval == OneMinute ? 0 : 1).ToArray());
        }

        Assert.All(replay.Observer.StrategyCallbacks, r => Assert.Null(r.Error));
        Assert.Equal(events.Count, replay.Observer.StrategyCallbacks.Count);
    }

    [Fact]
    public async Task The_sma_read_in_OnBar_of_a_5m_bar_is_the_mean_of_the_last_three_closes_including_that_bar()
    {
        var store = sample.OpenStore();
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1), Tuesday);
        var strategy = new RecordingStrategy();

        await replay.Coordinator.StartAsync([strategy]);
        await replay.RunAsync().WaitAsync(HangGuard);

        // Closes of the previous session's 5m bars (the warm-up) then today's, all built by hand from the store.
        var previous = replay.Calendar.PreviousSession(Tuesday);
        var closes = HandBars.FiveMinutes(await HandBars.MinutesAsync(store, "AAPL", previous), previous).Select(b => b.Close).ToList();
        var today = HandBars.FiveMinutes(await HandBars.MinutesAsync(store, "AAPL", replay.Session), replay.Session);
        var reads = strategy.SmaReads;
        Assert.Equal(today.Select(b => b.Start), reads.Select(r => r.Start));
        for (var i = 0; i < today.Length; i++)
        {
            closes.Add(today[i].Close);
            var expected = (closes[^1] + closes[^2] + closes[^3]) / 3;
            Assert.True(reads[i].Ready, $"SMA(3) not ready at {today[i].Start:HH:mm}");
            Assert.Equal(expected, reads[i].Value, 1e-9);
        }
    }
}
