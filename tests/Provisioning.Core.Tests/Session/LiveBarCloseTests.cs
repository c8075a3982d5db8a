using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Feeds;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// A live session closes derived bars on the clock: the 10:00 five-minute bar of a symbol whose 10:04 one-minute bar
/// never comes is delivered at 10:05 plus the grace, not when a later bar arrives. Time is a
/// <see cref="FakeTimeProvider"/>; the bars are made up here (XNYS, Tuesday 2024-11-26, EST: 10:00 ET = 15:00 UTC).
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class LiveBarCloseTests(SampleStoreFixture sample)
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private static readonly Interval FiveMinutes = Interval.Minutes(5);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);
    private static readonly DateTime TenAm = new(2024, 11, 26, 15, 0, 0, DateTimeKind.Utc);

    // AAPL trades nothing in the 10:04 minute. The 10:00 five-minute bar of these four bars, by hand:
    // open 100 (10:00's open), high 102 (10:01), low 98 (10:02), close 99.8 (10:03's close), volume 1000+500+700+300 = 2500.
    private static readonly Bar[] FourMinutes =
    [
        new(TenAm, 100.0, 101.0, 99.5, 100.5, 1000),
        new(TenAm.AddMinutes(1), 100.5, 102.0, 100.0, 101.5, 500),
        new(TenAm.AddMinutes(2), 101.5, 101.8, 98.0, 99.0, 700),
        new(TenAm.AddMinutes(3), 99.0, 100.0, 98.5, 99.8, 300),
    ];

    private static readonly Bar ExpectedTenOClock = new(TenAm, 100.0, 102.0, 98.0, 99.8, 2500);

    [Fact]
    public async Task An_illiquid_symbol_gets_its_five_minute_bar_once_the_boundary_plus_the_grace_has_passed()
    {
        await using var live = await LiveSession.StartAsync(sample, Grace, ["AAPL", "MSFT"]);
        foreach (var bar in FourMinutes)
        {
            // Each minute's bar comes a second after the minute ends, well within the grace.
            live.Clock.SetUtcNow(bar.Start.AddMinutes(1).AddSeconds(1));
            live.Feed.Publish(new FeedBar("AAPL", OneMinute, bar));
        }

        await live.WaitForAsync(() => live.Bars("AAPL", OneMinute).Any(b => b.Start == TenAm.AddMinutes(3)));

        // A millisecond short of 10:05 + grace: no tick is due, so no 10:00 bar (MSFT, which trades, is the barrier).
        live.Clock.SetUtcNow(TenAm.AddMinutes(5) + Grace - TimeSpan.FromMilliseconds(1));
        await live.BarrierAsync();
        Assert.DoesNotContain(live.Bars("AAPL", FiveMinutes), b => b.Start == TenAm);

        live.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await live.WaitForAsync(() => live.Bars("AAPL", FiveMinutes).Any(b => b.Start == TenAm));

        Assert.Equal(ExpectedTenOClock, Assert.Single(live.Bars("AAPL", FiveMinutes), b => b.Start == TenAm));
        Assert.Equal(0, live.Coordinator.DeliveryFaults);

        // More ticks (10:06 … 10:09) deliver nothing twice.
        live.Clock.Advance(TimeSpan.FromMinutes(4));
        await live.BarrierAsync();
        Assert.Single(live.Bars("AAPL", FiveMinutes), b => b.Start == TenAm);
        Assert.Equal(FourMinutes, live.Bars("AAPL", OneMinute).Where(b => b.Start >= TenAm));
    }

    [Fact]
    public async Task A_base_bar_arriving_after_its_bucket_closed_is_counted_late_and_changes_no_derived_bar()
    {
        await using var live = await LiveSession.StartAsync(sample, Grace, ["AAPL", "MSFT"]);
        live.PublishAll("AAPL", FourMinutes);
        live.Clock.SetUtcNow(TenAm.AddMinutes(5) + Grace);
        await live.WaitForAsync(() => live.Bars("AAPL", FiveMinutes).Any(b => b.Start == TenAm));

        // The 10:04 bar comes at 10:05:30, after the tick: the 10:00 bucket is closed.
        live.Clock.SetUtcNow(TenAm.AddMinutes(5).AddSeconds(30));
        var late = new Bar(TenAm.AddMinutes(4), 99.8, 110.0, 90.0, 105.0, 50);
        live.Feed.Publish(new FeedBar("AAPL", OneMinute, late));
        await live.WaitForAsync(() => live.Bars("AAPL", OneMinute).Any(b => b.Start == late.Start));

        // The five-minute bar is the one of the four bars (a high of 110 or a close of 105 would show the late bar).
        Assert.Equal(ExpectedTenOClock, Assert.Single(live.Bars("AAPL", FiveMinutes), b => b.Start == TenAm));
        Assert.Equal(1, live.Slot("AAPL", FiveMinutes).Aggregator.LateBars);

        // It is still a base bar in order: the one-minute series (and its indicators) take it.
        Assert.Equal(0, live.Slot("AAPL", OneMinute).Aggregator.LateBars);
        Assert.Equal([.. FourMinutes, late], live.Bars("AAPL", OneMinute).Where(b => b.Start >= TenAm));
        Assert.Equal(0, live.Coordinator.DeliveryFaults);
    }

    [Fact]
    public async Task With_a_zero_grace_the_bar_closes_at_the_boundary_itself()
    {
        await using var live = await LiveSession.StartAsync(sample, TimeSpan.Zero, ["AAPL", "MSFT"]);
        live.PublishAll("AAPL", FourMinutes);
        await live.WaitForAsync(() => live.Bars("AAPL", OneMinute).Any(b => b.Start == TenAm.AddMinutes(3)));

        live.Clock.SetUtcNow(TenAm.AddMinutes(5) - TimeSpan.FromMilliseconds(1));
        await live.BarrierAsync();
        Assert.DoesNotContain(live.Bars("AAPL", FiveMinutes), b => b.Start == TenAm);

        live.Clock.SetUtcNow(TenAm.AddMinutes(5));
        await live.WaitForAsync(() => live.Bars("AAPL", FiveMinutes).Any(b => b.Start == TenAm));
        Assert.Equal(ExpectedTenOClock, Assert.Single(live.Bars("AAPL", FiveMinutes), b => b.Start == TenAm));
    }

    [Fact]
    public async Task A_channel_feed_without_a_grace_closes_bars_only_as_bars_arrive_as_before()
    {
        await using var live = await LiveSession.StartAsync(sample, grace: null, ["AAPL", "MSFT"]);
        live.PublishAll("AAPL", FourMinutes);
        live.Clock.SetUtcNow(TenAm.AddMinutes(10));
        await live.BarrierAsync();
        Assert.DoesNotContain(live.Bars("AAPL", FiveMinutes), b => b.Start == TenAm);

        // The end of the stream closes it at the session clock, as it always did.
        await live.CompleteAsync();
        Assert.Equal(ExpectedTenOClock, Assert.Single(live.Bars("AAPL", FiveMinutes), b => b.Start == TenAm));
    }

    [Fact]
    public async Task Cancelling_or_completing_the_session_stops_the_timer()
    {
        foreach (var cancel in new[] { true, false })
        {
            var clock = new CountingTimeProvider(new FakeTimeProvider(TenAm));
            var (coordinator, feed) = await LiveSession.BuildAsync(sample, clock, clock.Fake, Grace, ["AAPL"]);
            using var stop = new CancellationTokenSource();
            var run = coordinator.RunAsync(stop.Token);
            clock.Fake.Advance(TimeSpan.FromMinutes(2));
            await WaitForAsync(() => clock.Callbacks >= 1);

            if (cancel)
            {
                await stop.CancelAsync();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
            }
            else
            {
                feed.Complete();
                await run;
            }

            var callbacks = clock.Callbacks;
            clock.Fake.Advance(TimeSpan.FromHours(2));
            Assert.Equal(callbacks, clock.Callbacks);
            Assert.Equal(0, clock.LiveTimers);
        }
    }

    [Fact]
    public async Task A_producer_thread_and_a_clock_thread_deliver_every_bar_exactly_once()
    {
        // AAPL and MSFT trade every minute from 10:00 to 10:59. NVDA is illiquid: no bar in the last minute of every
        // other bucket, none from 10:40 to 10:44, none at 10:59 (so its 10:55 bar can only close on the clock). The
        // producer publishes each minute's bars once the clock has passed the minute's end; the clock thread then moves
        // past the boundary plus the grace while the session consumes.
        string[] symbols = ["AAPL", "MSFT", "NVDA"];
        var clock = new FakeTimeProvider(TenAm);
        var (coordinator, feed) = await LiveSession.BuildAsync(sample, clock, clock, Grace, symbols);
        var published = symbols.ToDictionary(s => s, _ => new List<Bar>());
        for (var minute = 0; minute < 60; minute++)
        {
            foreach (var symbol in symbols)
            {
                var illiquid = symbol == "NVDA" && ((minute % 10 == 4) || (minute >= 40 && minute < 45) || minute == 59);
                if (!illiquid)
                {
                    var price = 100.0 + (symbols.ToList().IndexOf(symbol) * 50) + (minute % 7) - (minute % 3);
                    published[symbol].Add(new Bar(TenAm.AddMinutes(minute), price, price + 1 + (minute % 4), price - 1 - (minute % 5), price + 0.5, 100 + minute));
                }
            }
        }

        var run = coordinator.RunAsync();
        using var minuteEnded = new SemaphoreSlim(0);
        using var minutePublished = new SemaphoreSlim(0);
        var producer = Task.Factory.StartNew(() =>
        {
            for (var minute = 0; minute < 60; minute++)
            {
                minuteEnded.Wait();
                foreach (var symbol in symbols)
                {
                    foreach (var bar in published[symbol].Where(b => b.Start == TenAm.AddMinutes(minute)))
                    {
                        feed.Publish(new FeedBar(symbol, OneMinute, bar));
                    }
                }

                minutePublished.Release();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var ticker = Task.Factory.StartNew(() =>
        {
            for (var minute = 0; minute < 60; minute++)
            {
                clock.SetUtcNow(TenAm.AddMinutes(minute + 1).AddMilliseconds(200));
                minuteEnded.Release();
                minutePublished.Wait();
                clock.SetUtcNow(TenAm.AddMinutes(minute + 1) + Grace);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await Task.WhenAll(producer, ticker);

        // The 10:55 bucket closes on the 11:00 tick, without the end of the stream.
        foreach (var symbol in symbols)
        {
            await WaitForAsync(() => Bars(coordinator, symbol, FiveMinutes).Any(b => b.Start == TenAm.AddMinutes(55)));
        }

        foreach (var symbol in symbols)
        {
            Assert.Equal(published[symbol], Bars(coordinator, symbol, OneMinute).Where(b => b.Start >= TenAm));

            // Each five-minute bar from the one-minute bars of its bucket: first open, highest high, lowest low, last
            // close, summed volume; a bucket without bars has no bar.
            var expected = published[symbol]
                .GroupBy(b => TenAm.AddMinutes((int)(b.Start - TenAm).TotalMinutes / 5 * 5))
                .Select(g => new Bar(g.Key, g.First().Open, g.Max(b => b.High), g.Min(b => b.Low), g.Last().Close, g.Sum(b => b.Volume)))
                .ToArray();
            Assert.Equal(expected, Bars(coordinator, symbol, FiveMinutes).Where(b => b.Start >= TenAm));
            Assert.True(coordinator.Data.TryGetSymbol(symbol, out var data));
            Assert.Equal(0, data.Slots[FiveMinutes].Aggregator.LateBars);
            Assert.Equal(0, data.DuplicateBars);
        }

        Assert.Equal(11, Bars(coordinator, "NVDA", FiveMinutes).Count(b => b.Start >= TenAm));
        feed.Complete();
        await run;
        Assert.Equal(0, coordinator.DeliveryFaults);
        Assert.Equal(0, coordinator.Data.UnroutedBars);
    }

    private static Bar[] Bars(SessionCoordinator coordinator, string symbol, Interval interval)
    {
        Assert.True(coordinator.Data.TryGetSymbol(symbol, out var data));
        Assert.True(data.TryGetBars(interval, out var series));
        return series.ToArray();
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(WaitLimit);
        while (!condition())
        {
            Assert.False(limit.IsCancellationRequested, "The session did not get there.");
            await Task.Delay(2);
        }
    }

    /// <summary>A live session on the sample store: the symbols' 5m bars added at 10:00, their 1m stream joined there.</summary>
    private sealed class LiveSession : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _run;
        private int _barrierMinute;

        private LiveSession(FakeTimeProvider clock, SessionCoordinator coordinator, ChannelBarFeed feed)
        {
            Clock = clock;
            Coordinator = coordinator;
            Feed = feed;
            _run = coordinator.RunAsync(_stop.Token);
        }

        public FakeTimeProvider Clock { get; }

        public SessionCoordinator Coordinator { get; }

        public ChannelBarFeed Feed { get; }

        public static async Task<LiveSession> StartAsync(SampleStoreFixture sample, TimeSpan? grace, string[] symbols)
        {
            var clock = new FakeTimeProvider(TenAm);
            var (coordinator, feed) = await BuildAsync(sample, clock, clock, grace, symbols);
            return new LiveSession(clock, coordinator, feed);
        }

        public static async Task<(SessionCoordinator Coordinator, ChannelBarFeed Feed)> BuildAsync(
            SampleStoreFixture sample, TimeProvider clock, FakeTimeProvider fake, TimeSpan? grace, string[] symbols)
        {
            Assert.Equal(TenAm, fake.GetUtcNow().UtcDateTime);
            var feed = LiveCoordinator.Feed(grace);
            var coordinator = LiveCoordinator.Create(sample.OpenStore(), feed, clock);
            foreach (var symbol in symbols)
            {
                var added = await coordinator.AddBarsAsync(symbol, "5m", days: 1, source: ProvisionSource.Strategy);
                Assert.True(added.Succeeded, added.Reason);
            }

            return (coordinator, feed);
        }

        public Bar[] Bars(string symbol, Interval interval) => LiveBarCloseTests.Bars(Coordinator, symbol, interval);

        internal IntervalSlot Slot(string symbol, Interval interval)
        {
            Assert.True(Coordinator.Data.TryGetSymbol(symbol, out var data));
            return data.Slots[interval];
        }

        public void PublishAll(string symbol, IEnumerable<Bar> bars)
        {
            foreach (var bar in bars)
            {
                Feed.Publish(new FeedBar(symbol, OneMinute, bar));
            }
        }

        public Task WaitForAsync(Func<bool> condition) => LiveBarCloseTests.WaitForAsync(condition);

        /// <summary>
        /// Publishes MSFT minutes one by one and waits for each: three rounds of the single consumer loop after the
        /// clock moved, so a tick raised by that move would have been applied.
        /// </summary>
        public async Task BarrierAsync()
        {
            for (var i = 0; i < 3; i++)
            {
                var bar = new Bar(TenAm.AddMinutes(_barrierMinute++), 240, 241, 239, 240.5, 10);
                Feed.Publish(new FeedBar("MSFT", OneMinute, bar));
                await WaitForAsync(() => Bars("MSFT", OneMinute).Any(b => b.Start == bar.Start));
            }
        }

        public async Task CompleteAsync()
        {
            Feed.Complete();
            await _run;
        }

        public async ValueTask DisposeAsync()
        {
            Feed.Complete();
            await _stop.CancelAsync();
            try
            {
                await _run;
            }
            catch (OperationCanceledException)
            {
            }

            _stop.Dispose();
        }
    }

    /// <summary>The fake clock, counting its timers' callbacks and the timers not yet disposed.</summary>
    private sealed class CountingTimeProvider(FakeTimeProvider fake) : TimeProvider
    {
        private int _callbacks;
        private int _liveTimers;

        public FakeTimeProvider Fake { get; } = fake;

        public int Callbacks => Volatile.Read(ref _callbacks);

        public int LiveTimers => Volatile.Read(ref _liveTimers);

        public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

        public override long GetTimestamp() => Fake.GetTimestamp();

        public override long TimestampFrequency => Fake.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _liveTimers);
            return new CountedTimer(this, Fake.CreateTimer(s => { Interlocked.Increment(ref _callbacks); callback(s); }, state, dueTime, period));
        }

        private sealed class CountedTimer(CountingTimeProvider owner, ITimer inner) : ITimer
        {
            private int _disposed;

            public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0)
                {
                    Interlocked.Decrement(ref owner._liveTimers);
                }

                inner.Dispose();
            }

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
