using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Replay.Support;
using Provisioning.Core.Tests.Strategies.Support;
using Provisioning.Data;
using Provisioning.Data.Feeds;
using Provisioning.Hosting;
using Provisioning.Intervals;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Replay;

/// <summary>
/// A session over a replay takes the bars on the replay's own thread (<see cref="ReplayBarFeed.DeliverInline"/>): every
/// bar once, in order, with the hand-computed indicator values; a subscription made mid-range catches up first; a
/// strategy still sees each bar after the session stored it. The replay is started under an <see cref="AsyncLocal{T}"/>
/// marker the session's own loop does not carry, so a bar delivered on the replay's thread is told from one read from
/// the channel.
/// </summary>
public sealed class InlineReplayDeliveryTests(ContinuousReplayTests.Files files) : IClassFixture<ContinuousReplayTests.Files>
{
    private static readonly Interval Minute = Interval.Minutes(1);
    private static readonly Interval FiveMinutes = Interval.Minutes(5);
    private static readonly DateOnly First = new(2024, 11, 25);
    private static readonly DateOnly Last = new(2024, 12, 2);
    private static readonly AsyncLocal<string?> Marker = new();

    private static ITradingCalendar Calendar => MinuteBarFiles.Calendar;

    [Fact]
    public async Task A_session_without_listeners_stores_every_bar_once_on_the_replays_thread_with_the_hand_computed_sma()
    {
        await using var session = await ProvisioningSession.StartAsync(files.ConfigPath, options: new() { ReplayDate = First, ReplayThrough = Last });
        Assert.True(session.StartReport.AllSucceeded, string.Join(" | ", session.StartReport.NotSucceeded.Select(r => r.Reason)));

        // A sink on the symbols only (no listener on the delivery): the delivery keeps its path without strategies.
        var sink = new MarkedSink();
        session.Data.ClosedBars = sink;

        await RunApartAsync(session);

        var days = Calendar.SessionsInRange(First, Last).ToArray();
        foreach (var symbol in ContinuousReplayTests.Files.ConfigSymbols)
        {
            Assert.Equal(days.SelectMany(d => MinuteBarFiles.DayBars(symbol, d)), sink.Of(symbol, Minute));

            // SMA(20)@5m at the last close, by hand: the closes of the last day's last twenty 5m buckets (each its fifth minute).
            var lastDay = MinuteBarFiles.DayBars(symbol, days[^1]).ToArray();
            var closes = Enumerable.Range((lastDay.Length / 5) - 20, 20).Select(bucket => lastDay[(bucket * 5) + 4].Close);
            Assert.True(session.Data.TryGetSymbol(symbol, out var data));
            Assert.Equal(closes.Average(), data.Indicators.Single(i => i.Spec.Name == "sma").Indicator.Value, 9);
        }

        Assert.Equal(["replay"], sink.Threads());
        Assert.False(session.Services.GetRequiredService<ReplayBarFeed>().Bars.TryRead(out _));
    }

    [Fact]
    public async Task A_subscription_made_mid_range_catches_up_then_gets_every_bar_once_in_order()
    {
        await using var session = await ProvisioningSession.StartAsync(files.ConfigPath, options: new() { ReplayDate = First, ReplayThrough = Last });
        var feed = session.Services.GetRequiredService<ReplayBarFeed>();
        var consumer = new RecordingConsumer();
        Assert.NotNull(feed.DeliverInline(consumer));
        var days = Calendar.SessionsInRange(First, Last).ToArray();

        // 10:30 New York on the third day (EST) is 15:30 UTC; the subscription asks from 10:00, half an hour back.
        var at = new DateTime(2024, 11, 27, 15, 30, 0, DateTimeKind.Utc);
        var from = at.AddMinutes(-30);
        feed.Schedule(at, cancellationToken => feed.SubscribeAsync(ContinuousReplayTests.Files.Added, Minute, from, cancellationToken).AsTask());

        await feed.RunAsync().WaitAsync(TimeSpan.FromMinutes(2));

        var expected = MinuteBarFiles.DayBars(ContinuousReplayTests.Files.Added, days[2]).Where(b => b.Start >= from)
            .Concat(days[3..].SelectMany(d => MinuteBarFiles.DayBars(ContinuousReplayTests.Files.Added, d)))
            .ToArray();
        Assert.Equal(30 + 390 - 60 + 210 + 390, expected.Length);
        Assert.Equal(expected, consumer.Of(ContinuousReplayTests.Files.Added));
        Assert.Equal(days.SelectMany(d => MinuteBarFiles.DayBars("AAA", d)), consumer.Of("AAA"));
        Assert.False(feed.Bars.TryRead(out _));
    }

    [Fact]
    public async Task A_replay_already_waiting_at_the_first_close_hands_the_day_over_once_the_session_runs()
    {
        await using var session = await ProvisioningSession.StartAsync(files.ConfigPath, options: new() { ReplayDate = First, ReplayThrough = Last });
        var sink = new MarkedSink();
        session.Data.ClosedBars = sink;
        var feed = session.Services.GetRequiredService<ReplayBarFeed>();
        var days = Calendar.SessionsInRange(First, Last).ToArray();

        // The replay writes the first day to the channel and waits at its close for a session that is not reading yet.
        var replaying = Task.Run(() =>
        {
            Marker.Value = "replay";
            return feed.RunAsync();
        });
        while (session.Coordinator.Clock.GetUtcNow().UtcDateTime < days[0].CloseUtc)
        {
            await Task.Delay(10);
        }

        await Task.WhenAll(replaying, session.Coordinator.RunAsync()).WaitAsync(TimeSpan.FromMinutes(2));

        foreach (var symbol in ContinuousReplayTests.Files.ConfigSymbols)
        {
            Assert.Equal(days.SelectMany(d => MinuteBarFiles.DayBars(symbol, d)), sink.Of(symbol, Minute));
        }

        Assert.Equal(["replay"], sink.Threads());
    }

    [Fact]
    public async Task A_strategy_sees_each_bar_once_after_the_session_stored_it()
    {
        var strategy = new RecordingStrategy();
        await using var session = await ProvisioningSession.StartAsync(files.ConfigPath, [strategy], new() { ReplayDate = First, ReplayThrough = Last });
        var stored = new List<bool>();
        var threads = new HashSet<string?>();
        strategy.OnBarHook = (_, symbol, interval, bar) =>
        {
            threads.Add(Marker.Value);
            stored.Add(session.Data.TryGetSymbol(symbol, out var data) && data.TryGetBars(interval, out var series) && series[series.Count - 1] == bar);
        };

        await RunApartAsync(session);

        var days = Calendar.SessionsInRange(First, Last).ToArray();
        foreach (var symbol in ContinuousReplayTests.Files.ConfigSymbols)
        {
            var minutes = strategy.Events.Where(e => e.Symbol == symbol && e.Interval == Minute).Select(e => e.Bar);
            Assert.Equal(days.SelectMany(d => MinuteBarFiles.DayBars(symbol, d)), minutes);
        }

        Assert.NotEmpty(stored);
        Assert.All(stored, Assert.True);
        Assert.Equal(["replay"], threads);
    }

    // The session's delivery and the replay run side by side; only the replay carries the marker.
    private static Task RunApartAsync(ProvisioningSession session)
    {
        var feed = session.Services.GetRequiredService<ReplayBarFeed>();
        var delivering = session.Coordinator.RunAsync();
        var replaying = Task.Run(() =>
        {
            Marker.Value = "replay";
            return feed.RunAsync();
        });
        return Task.WhenAll(replaying, delivering).WaitAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>Records the bars the symbols store, and the marker each was stored under.</summary>
    private sealed class MarkedSink : IClosedBarSink
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<(string Symbol, Interval Interval), List<Bar>> _bars = [];
        private readonly HashSet<string?> _threads = [];

        public bool Watches(string symbol) => true;

        public void OnClosed(string symbol, Interval interval, in Bar bar)
        {
            lock (_gate)
            {
                if (!_bars.TryGetValue((symbol, interval), out var list))
                {
                    _bars[(symbol, interval)] = list = [];
                }

                list.Add(bar);
                _threads.Add(Marker.Value);
            }
        }

        public void Forget(string symbol)
        {
        }

        public IReadOnlyList<Bar> Of(string symbol, Interval interval)
        {
            lock (_gate)
            {
                return _bars.TryGetValue((symbol, interval), out var list) ? [.. list] : [];
            }
        }

        public IReadOnlyList<string?> Threads()
        {
            lock (_gate)
            {
                return [.. _threads];
            }
        }
    }

    /// <summary>Takes the replay's bars in place of a session, per symbol in the order handed over.</summary>
    private sealed class RecordingConsumer : IInlineBarConsumer
    {
        private readonly Dictionary<string, List<Bar>> _bars = new(StringComparer.Ordinal);

        public ValueTask DeliverAsync(List<DueBar> bars, CancellationToken cancellationToken)
        {
            foreach (var due in bars)
            {
                var bar = due.Bar;
                if (!_bars.TryGetValue(bar.Symbol, out var list))
                {
                    _bars[bar.Symbol] = list = [];
                }

                list.Add(bar.Bar);
            }

            return ValueTask.CompletedTask;
        }

        public IReadOnlyList<Bar> Of(string symbol) => _bars.TryGetValue(symbol, out var list) ? [.. list] : [];
    }
}
