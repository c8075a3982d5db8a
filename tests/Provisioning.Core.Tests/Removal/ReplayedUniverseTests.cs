using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Config;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Execution;
using Provisioning.Data.Feeds;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Session;
using Xunit.Abstractions;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// A universe that changes every day for 250 replayed XNYS sessions: one session whose clock walks through real
/// sessions of the calendar (holidays skipped), a Parquet store of one-minute bars written here, each day's
/// universe provisioned before the open with its history as of that day, yesterday's leavers removed, and the day's
/// bars of every symbol published on a live feed. The session holds only that day's symbols and delivers nothing of
/// a removed one.
/// </summary>
[Collection(RetainedMemoryCollection.Name)]
public sealed class ReplayedUniverseTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Pool = ["MSFT", "NVDA", "AMD", "PLTR", "SPY", "QQQ"];
    private static readonly Interval Minute = Interval.Minutes(1);
    private static readonly Interval Quarter = Interval.Minutes(15);
    private const int Days = 250;

    // History before the first replayed day: enough sessions for the trailing days and RSI(14) on 15m to warm up.
    private const int HistorySessions = 10;

    // Trailing days of 1m history each addition loads as of its day.
    private const int TrailingDays = 2;

    // A 1m series holds its trailing days, the day replayed and a margin: never four full sessions (4 × 390 bars).
    private const int SeriesBound = 4 * 390;

    // What 240 days may leave behind after a full GC, measured from day 10: the journal of results keeps up to 4,096
    // entries (about 480 are added after day 10, two a day; the run measured about 2.8 MB in all) and the runtime grows
    // its own pools. One leaver kept (its 1m series of about 1,200 bars of 48 bytes, ≈ 58 KB, with its 15m series and
    // RSI) for each of 240 days would be ≈ 14 MB, far over the bound.
    private const long RetainedBound = 6 * 1024 * 1024;

    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_universe_that_changes_every_day_for_250_replayed_days_holds_and_delivers_only_that_days_symbols()
    {
        var calendar = ExchangeCalendars.Xnys;
        var sessions = calendar.SessionsInRange(new DateOnly(2023, 1, 3), new DateOnly(2024, 3, 29)).Take(HistorySessions + Days).ToArray();
        Assert.Equal(HistorySessions + Days, sessions.Length);
        var store = await WriteStoreAsync(calendar, sessions);

        var config = new SessionConfig
        {
            Symbols = [],
            Streams = ["1m"],
            Historical = new HistoricalConfig { Enabled = true, TrailingDays = TrailingDays, Intervals = ["1m"] },
        }.Resolve();
        Assert.True(config.IsValid, string.Join("; ", config.Errors));

        var replayed = sessions[HistorySessions..];
        var clock = new ReplayClock(PreOpen(replayed[0]));
        var feed = new ChannelBarFeed(config.BaseIntervals);
        using var coordinator = new SessionCoordinator(config, calendar, store, feed, clock);
        var delivered = new DeliveryRecorder();
        coordinator.Listen(delivered);
        await coordinator.StartAsync();
        using var stop = new CancellationTokenSource();
        var run = coordinator.RunAsync(stop.Token);

        string[] yesterday = [];
        long afterDayTen = 0;
        for (var day = 0; day < Days; day++)
        {
            var session = replayed[day];
            clock.AdvanceTo(PreOpen(session));

            // Three of the six each day, rotating: one leaves and one joins.
            var today = Enumerable.Range(0, 3).Select(k => Pool[(day + k) % Pool.Length]).ToArray();
            foreach (var leaving in yesterday.Except(today))
            {
                var removed = await coordinator.RemoveSymbolAsync(leaving, ProvisionSource.Scanner);
                Assert.Equal(RemovalStatus.Removed, removed.Status);
                delivered.Removed(leaving);
            }

            foreach (var joining in today.Except(yesterday))
            {
                delivered.Joined(joining);
                var added = await coordinator.AddIndicatorAsync(joining, "rsi", [new("period", 14)], "15m", ProvisionSource.Scanner);
                Assert.True(added.Succeeded, $"{session.Date}: {added.Reason}");

                // History as of this day: its newest bar is the last minute of the previous session.
                Assert.True(coordinator.Data.TryGetSymbol(joining, out var joined));
                Assert.True(joined.TryGetBars(Minute, out var history));
                Assert.Equal(PreviousSession(sessions, session).CloseUtc.AddMinutes(-1), history.ToArray()[^1].Start);
            }

            yesterday = today;
            AssertHoldsExactly(coordinator, today);

            // The day's bars of all six symbols, as a live source would send them; only today's reach the session.
            foreach (var bar in DayBars(session))
            {
                clock.AdvanceTo(bar.Start.AddMinutes(1));
                foreach (var symbol in Pool)
                {
                    feed.Publish(new FeedBar(symbol, Minute, Price(symbol, bar)));
                }
            }

            await WaitUntilDeliveredAsync(coordinator, today, session.CloseUtc.AddMinutes(-1));
            AssertHoldsExactly(coordinator, today);
            Assert.Equal(0, delivered.AfterRemoval);
            Assert.True(feed.RetainedSeries <= Pool.Length);

            if (day == 9)
            {
                afterDayTen = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        var afterRun = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"Retained growth from day 10 to day {Days}: {afterRun - afterDayTen:N0} bytes; closed bars reported: {delivered.Total:N0}.");
        Assert.True(afterRun - afterDayTen < RetainedBound, $"Retained heap grew by {afterRun - afterDayTen:N0} bytes from day 10 to day {Days} (bound {RetainedBound:N0}).");
        Assert.Equal(0, delivered.AfterRemoval);
        Assert.True(delivered.Total > 0);
        Assert.Equal(0, coordinator.DeliveryFaults);

        feed.Complete();
        await run.WaitAsync(TimeSpan.FromMinutes(1));
    }

    // Exactly the day's symbols, each with its 1m series, the 15m series and the RSI on it; one hold each; no gate left.
    private static void AssertHoldsExactly(SessionCoordinator coordinator, string[] today)
    {
        Assert.Equal(today.Order(StringComparer.Ordinal), coordinator.Data.Symbols.Select(s => s.Symbol));
        Assert.Equal(today.Length, coordinator.Data.Holds.SymbolCount);
        Assert.Equal(0, coordinator.SymbolGateCount);
        foreach (var symbol in coordinator.Data.Symbols)
        {
            Assert.Equal([Minute, Quarter], symbol.Intervals.Order());
            Assert.Single(symbol.Indicators);
            Assert.True(symbol.TryGetBars(Minute, out var minutes));
            Assert.True(minutes.Count <= minutes.Capacity);
            Assert.True(minutes.Capacity <= SeriesBound, $"{symbol.Symbol}'s 1m series holds room for {minutes.Capacity} bars.");
        }
    }

    private static async Task WaitUntilDeliveredAsync(SessionCoordinator coordinator, string[] today, DateTime lastStart)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!today.All(symbol => coordinator.Data.TryGetSymbol(symbol, out var data)
            && data.TryGetBars(Minute, out var bars) && bars.Count > 0 && bars.ToArray()[^1].Start == lastStart))
        {
            await Task.Delay(1, timeout.Token);
        }
    }

    private static TradingSession PreviousSession(TradingSession[] sessions, TradingSession session) =>
        sessions[Array.IndexOf(sessions, session) - 1];

    private static DateTime PreOpen(TradingSession session) => session.OpenUtc.AddMinutes(-30);

    private async Task<ParquetBarStore> WriteStoreAsync(ITradingCalendar calendar, TradingSession[] sessions)
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }, calendar);
        var writer = new ParquetBarWriter(store, new ParquetBarWriterOptions { RowGroupPeriod = BarRowGroupPeriod.Day });
        foreach (var symbol in Pool)
        {
            await writer.WriteAsync(symbol, Minute, sessions.SelectMany(DayBars).Select(bar => Price(symbol, bar)).ToArray());
        }

        return store;
    }

    // The minutes of a session, priced at the minute of the day.
    private static IEnumerable<Bar> DayBars(TradingSession session)
    {
        for (var start = session.OpenUtc; start < session.CloseUtc; start = start.AddMinutes(1))
        {
            var m = (start - session.OpenUtc).TotalMinutes % 20;
            yield return new Bar(start, 100 + m, 101 + m, 99 + m, 100.5 + m, 1);
        }
    }

    // Each symbol its own price level, so a bar in the wrong series would stand out.
    private static Bar Price(string symbol, Bar bar)
    {
        var offset = 10 * Array.IndexOf(Pool, symbol);
        return bar with { Open = bar.Open + offset, High = bar.High + offset, Low = bar.Low + offset, Close = bar.Close + offset };
    }

    /// <summary>Counts the closed bars the session reports, and those of a symbol reported between its removal and its return.</summary>
    private sealed class DeliveryRecorder : IClosedBarListener
    {
        private readonly ConcurrentDictionary<string, bool> _removed = new(StringComparer.Ordinal);
        private long _total;
        private long _afterRemoval;

        public long Total => Interlocked.Read(ref _total);

        public long AfterRemoval => Interlocked.Read(ref _afterRemoval);

        public bool IsListening => true;

        public bool HasPendingAdditions => false;

        public int QueuedBars => 0;

        public void Removed(string symbol) => _removed[symbol] = true;

        public void Joined(string symbol) => _removed.TryRemove(symbol, out _);

        public bool Watches(string symbol) => true;

        public void OnClosed(string symbol, Interval interval, in Bar bar)
        {
            Interlocked.Increment(ref _total);
            if (_removed.ContainsKey(symbol))
            {
                Interlocked.Increment(ref _afterRemoval);
            }
        }

        public void Forget(string symbol)
        {
        }

        public void DeliverClosed()
        {
        }

        public Task JoinAdditionsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void End()
        {
        }
    }
}
