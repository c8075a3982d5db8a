using System;
using System.Collections.Generic;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Indicators;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Aggregation;

/// <summary>
/// An indicator fed through an aggregator in one go, and the same indicator added part-way (warmed from the history
/// up to that point, then joined to the live aggregator), see the same bars and so have bit-identical values.
/// </summary>
public class WarmupEquivalenceTests
{
    private static readonly TestCalendar Calendar = new();
    private static readonly List<Bar> Stream = BuildStream();

    public static IEnumerable<object[]> Cases()
    {
        foreach (var interval in new[] { "5m", "15m", "1h", "1d", "1w" })
        {
            foreach (var builtIn in BuiltInCatalog.Cases)
            {
                yield return [builtIn.Name, interval];
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Warmed_indicator_equals_one_that_saw_the_whole_stream(string indicatorName, string intervalText)
    {
        var builtIn = BuiltInCatalog.Get(indicatorName);
        var interval = IntervalParser.Parse(intervalText).Interval;
        var reference = RunInOneGo(builtIn, interval);
        Assert.NotEmpty(reference.Snapshots);

        foreach (var split in SplitPoints())
        {
            var warmed = RunInTwoParts(builtIn, interval, split);
            Assert.True(
                reference.Snapshots.Count == warmed.Snapshots.Count,
                $"split at {split}: {warmed.Snapshots.Count} bars against {reference.Snapshots.Count}");
            for (var i = 0; i < reference.Snapshots.Count; i++)
            {
                Assert.True(
                    reference.Snapshots[i].AsSpan().SequenceEqual(warmed.Snapshots[i]),
                    $"split at {split}: bar {i} differs: [{string.Join(", ", reference.Snapshots[i])}] vs [{string.Join(", ", warmed.Snapshots[i])}]");
            }

            Assert.Equal(reference.Events, warmed.Events);
        }
    }

    public static IEnumerable<object[]> DailyCases()
    {
        foreach (var interval in new[] { "1d", "1w" })
        {
            foreach (var builtIn in BuiltInCatalog.Cases)
            {
                yield return [builtIn.Name, interval];
            }
        }
    }

    [Theory]
    [MemberData(nameof(DailyCases))]
    public void Warmed_indicator_on_stored_daily_bars_equals_one_that_saw_them_all(string indicatorName, string intervalText)
    {
        // One stored daily bar per session of the test calendar (stamped at midnight UTC), split at every position.
        var builtIn = BuiltInCatalog.Get(indicatorName);
        var interval = IntervalParser.Parse(intervalText).Interval;
        var random = new Random(5);
        var daily = new List<Bar>();
        foreach (var session in Calendar.Sessions)
        {
            var open = 100 + (random.NextDouble() * 10);
            var close = 100 + (random.NextDouble() * 10);
            var stamp = session.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            daily.Add(new Bar(stamp, open, Math.Max(open, close) + 1, Math.Min(open, close) - 1, close, 1000 + random.Next(1000)));
        }

        var reference = new Probe(builtIn);
        var whole = new BarAggregator(Calendar, Interval.Days(1), interval);
        whole.Subscribe(reference);
        daily.ForEach(bar => whole.Push(bar));
        whole.AdvanceTo(DateTime.MaxValue);
        Assert.NotEmpty(reference.Snapshots);

        for (var split = 0; split <= daily.Count; split++)
        {
            var probe = new Probe(builtIn);
            var live = new BarAggregator(Calendar, Interval.Days(1), interval);
            for (var i = 0; i < daily.Count; i++)
            {
                if (i == split)
                {
                    live.Subscribe(probe, daily.GetRange(0, split).ToArray());
                }

                live.Push(daily[i]);
            }

            if (split == daily.Count)
            {
                live.Subscribe(probe, daily.ToArray());
            }

            live.AdvanceTo(DateTime.MaxValue);
            Assert.Equal(reference.Events, probe.Events);
            for (var i = 0; i < reference.Snapshots.Count; i++)
            {
                Assert.True(reference.Snapshots[i].AsSpan().SequenceEqual(probe.Snapshots[i]), $"split at {split}: bar {i} differs");
            }
        }
    }

    [Fact]
    public void History_beyond_the_live_watermark_is_left_to_the_live_stream()
    {
        // The warm-up is handed the whole stream, future included: bars the live aggregator has not seen yet must not be
        // delivered twice.
        var builtIn = BuiltInCatalog.Get("sma(5)");
        var interval = Interval.Minutes(5);
        var reference = RunInOneGo(builtIn, interval);
        var split = Stream.Count / 2;

        var live = new BarAggregator(Calendar, Interval.Minutes(1), interval);
        for (var i = 0; i < split; i++)
        {
            live.Push(Stream[i]);
        }

        var probe = new Probe(builtIn);
        live.Subscribe(probe, Stream.ToArray());
        for (var i = split; i < Stream.Count; i++)
        {
            live.Push(Stream[i]);
        }

        live.AdvanceTo(DateTime.MaxValue);
        Assert.Equal(reference.Snapshots.Count, probe.Snapshots.Count);
        Assert.Equal(reference.Events, probe.Events);
    }

    [Fact]
    public void Bar_the_clock_closed_before_the_subscription_comes_from_the_warm_up()
    {
        // 09:30–09:32 EDT arrive, 09:33 and 09:34 never do, the clock passes 09:35: the live aggregator delivers the
        // 09:30 bar to its subscribers. An indicator added now must get that bar from its warm-up, exactly once.
        var open = MinuteBars.Utc(3, 11, 13, 30);
        var history = MinuteBars.Ladder(open, 0, 3).ToArray();
        var live = new BarAggregator(Calendar, Interval.Minutes(1), Interval.Minutes(5));
        foreach (var bar in history)
        {
            live.Push(bar);
        }

        live.AdvanceTo(open.AddMinutes(5));
        var recorder = new RecordingSubscriber();
        live.Subscribe(recorder, history);
        foreach (var bar in MinuteBars.Ladder(open, 5, 5))
        {
            live.Push(bar);
        }

        Assert.Equal(["session 2024-03-11", "bar 2024-03-11 13:30", "bar 2024-03-11 13:35"], recorder.Events);
    }

    [Fact]
    public void Subscribing_before_any_bar_replays_nothing()
    {
        var live = new BarAggregator(Calendar, Interval.Minutes(1), Interval.Minutes(5));
        var probe = new Probe(BuiltInCatalog.Get("sma(1)"));
        live.Subscribe(probe, Stream.ToArray());
        Assert.Empty(probe.Events);
        Assert.Equal(1, live.SubscriberCount);
    }

    private static Probe RunInOneGo(BuiltInCase builtIn, Interval interval)
    {
        var aggregator = new BarAggregator(Calendar, Interval.Minutes(1), interval);
        var probe = new Probe(builtIn);
        aggregator.Subscribe(probe);
        for (var i = 0; i < Stream.Count; i++)
        {
            aggregator.Push(Stream[i]);
            if (i % 7 == 0 && i + 1 < Stream.Count)
            {
                // Now and then the clock reaches the next bar's start before the bar does (closing buckets whose
                // last minutes are missing); it never promises more than the stream keeps.
                aggregator.AdvanceTo(Stream[i + 1].Start);
            }
        }

        aggregator.AdvanceTo(DateTime.MaxValue);
        return probe;
    }

    private static Probe RunInTwoParts(BuiltInCase builtIn, Interval interval, int split)
    {
        // The live aggregator runs from the start with other subscribers; the indicator is added at `split`, warmed
        // from the history (the same base bars, as a store and the session's own bars would give them).
        var live = new BarAggregator(Calendar, Interval.Minutes(1), interval);
        live.Subscribe(new RecordingSubscriber());
        var probe = new Probe(builtIn);
        for (var i = 0; i < Stream.Count; i++)
        {
            if (i == split)
            {
                live.Subscribe(probe, Stream.GetRange(0, split).ToArray());
            }

            live.Push(Stream[i]);
            if (i % 7 == 0 && i + 1 < Stream.Count)
            {
                live.AdvanceTo(Stream[i + 1].Start);
            }
        }

        live.AdvanceTo(DateTime.MaxValue);
        return probe;
    }

    // Where the indicator is added: the first bar, mid-bucket, on bucket edges, just after a gap the clock closed,
    // in after-hours bars, on the short day, and on the last bar.
    private static IEnumerable<int> SplitPoints()
    {
        var points = new SortedSet<int> { 1, 3, 5, 97, 98, 150, 389, 390, 391, Stream.Count - 1 };
        for (var i = 1; i < Stream.Count; i++)
        {
            var minute = Stream[i].Start.Minute;
            if ((minute == 0 || minute == 37) && i % 3 == 0)
            {
                points.Add(i);
            }

            // Right after the clock jumped over missing minutes (see the AdvanceTo calls): the live aggregator has
            // closed a bucket that no history bar reaches the end of.
            if ((i - 1) % 7 == 0 && Stream[i].Start - Stream[i - 1].Start > TimeSpan.FromMinutes(1))
            {
                points.Add(i);
            }
        }

        return points;
    }

    // One-minute bars of nine sessions (a DST change, a holiday and an early close among them) with pre-market and
    // after-hours minutes, missing minutes and a missing half hour, from a seeded random walk.
    private static List<Bar> BuildStream()
    {
        var random = new Random(42);
        var bars = new List<Bar>();
        var price = 50.0;
        foreach (var (month, day) in new[] { (3, 7), (3, 8), (3, 11), (3, 12), (11, 26), (11, 27), (11, 29), (12, 2), (12, 3) })
        {
            var session = TestCalendar.Session(month, day);
            var from = session.OpenUtc.AddMinutes(-20);
            var to = session.CloseUtc.AddMinutes(15);
            for (var t = from; t < to; t = t.AddMinutes(1))
            {
                var minutesIn = (t - session.OpenUtc).TotalMinutes;
                var inGap = minutesIn >= 120 && minutesIn < 150 && day % 2 == 0;
                if (inGap || random.Next(40) == 0)
                {
                    continue;
                }

                var open = price;
                var close = open + ((random.NextDouble() - 0.5) * 0.2);
                var high = Math.Max(open, close) + (random.NextDouble() * 0.05);
                var low = Math.Min(open, close) - (random.NextDouble() * 0.05);
                bars.Add(new Bar(t, open, high, low, close, Math.Round(random.NextDouble() * 1000)));
                price = close;
            }
        }

        return bars;
    }

    /// <summary>Stands between the aggregator and the indicator only to record every output after every bar.</summary>
    private sealed class Probe(BuiltInCase builtIn) : IBarSubscriber
    {
        private readonly IIndicator _indicator = builtIn.Create();

        public List<double[]> Snapshots { get; } = [];

        public List<string> Events { get; } = [];

        public void Update(in Bar bar)
        {
            _indicator.Update(in bar);
            Snapshots.Add(builtIn.Outputs(_indicator));
            Events.Add("bar " + bar.Start.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }

        public void OnSessionStart(in TradingSession session)
        {
            _indicator.OnSessionStart(in session);
            Events.Add("session " + session.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
