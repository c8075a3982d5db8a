using System;
using System.Linq;
using Provisioning.Aggregation;
using Provisioning.Data;
using Provisioning.Intervals;
using static Provisioning.Core.Tests.Aggregation.MinuteBars;

namespace Provisioning.Core.Tests.Aggregation;

public class BarAggregatorIntradayTests
{
    private static readonly TestCalendar Calendar = new();

    private static (BarAggregator Aggregator, RecordingSubscriber Recorder) Create(Interval baseInterval, Interval interval)
    {
        var aggregator = new BarAggregator(Calendar, baseInterval, interval);
        var recorder = new RecordingSubscriber();
        aggregator.Subscribe(recorder);
        return (aggregator, recorder);
    }

    [Fact]
    public void Five_minute_bar_at_the_open_is_anchored_at_09_30_and_closes_with_its_fifth_minute()
    {
        // 2024-03-11 is EDT: 09:30 New York = 13:30Z.
        var (aggregator, recorder) = Create(Interval.Minutes(1), Interval.Minutes(5));

        aggregator.Push(new Bar(Utc(3, 11, 13, 29), 50, 50, 50, 50, 999)); // 09:29, pre-market: not aggregated
        aggregator.Push(new Bar(Utc(3, 11, 13, 30), 10.0, 11.0, 9.5, 10.5, 100));
        aggregator.Push(new Bar(Utc(3, 11, 13, 31), 10.5, 12.0, 10.0, 11.5, 200));
        aggregator.Push(new Bar(Utc(3, 11, 13, 32), 11.5, 11.8, 11.0, 11.2, 150));
        aggregator.Push(new Bar(Utc(3, 11, 13, 33), 11.2, 11.4, 10.2, 10.4, 120));
        Assert.Empty(recorder.Bars);

        aggregator.Push(new Bar(Utc(3, 11, 13, 34), 10.4, 10.9, 10.1, 10.8, 130));

        // By hand: open of 09:30 = 10.0, highest high 12.0 (09:31), lowest low 9.5 (09:30), close of 09:34 = 10.8,
        // volume 100 + 200 + 150 + 120 + 130 = 700.
        var bar = Assert.Single(recorder.Bars);
        Assert.Equal(new Bar(Utc(3, 11, 13, 30), 10.0, 12.0, 9.5, 10.8, 700), bar);
        Assert.Equal(1, aggregator.OutsideSessionBars);

        aggregator.Push(new Bar(Utc(3, 11, 13, 35), 10.8, 11.0, 10.7, 10.9, 90));
        Assert.Single(recorder.Bars);
        Assert.True(aggregator.TryGetOpenBar(out var open));
        Assert.Equal(new Bar(Utc(3, 11, 13, 35), 10.8, 11.0, 10.7, 10.9, 90), open);
    }

    [Fact]
    public void Short_day_last_hour_bar_runs_from_12_30_to_the_13_00_close()
    {
        // 2024-11-29 closes at 13:00 EST = 18:00Z; open 09:30 EST = 14:30Z. Minutes 0..209 of the ladder fill the day.
        var open = Utc(11, 29, 14, 30);
        var (aggregator, recorder) = Create(Interval.Minutes(1), Interval.Hours(1));
        var bars = Ladder(open, 0, 210);
        for (var i = 0; i < bars.Count; i++)
        {
            aggregator.Push(bars[i]);

            // The cut bar closes with the 12:59 minute (its end is the close), without waiting for anything else.
            Assert.Equal(i < 59 ? 0 : i < 119 ? 1 : i < 179 ? 2 : i < 209 ? 3 : 4, recorder.Bars.Count);
        }

        // Hour k (k = 0..2) holds minutes 60k..60k+59: open 100+60k, high 100+60k+59.5, low 99.5+60k,
        // close 100+60k+59.25, volume sum of (i+1) = 60·60k + 60·61/2 = 3600k + 1830.
        for (var k = 0; k < 3; k++)
        {
            Assert.Equal(
                new Bar(open.AddHours(k), 100 + (60 * k), 159.5 + (60 * k), 99.5 + (60 * k), 159.25 + (60 * k), (3600 * k) + 1830),
                recorder.Bars[k]);
        }

        // 12:30–13:00 (17:30Z), cut at the close: minutes 180..209, volume 181 + … + 210 = 30·(181+210)/2 = 5865.
        Assert.Equal(new Bar(Utc(11, 29, 17, 30), 280, 309.5, 279.5, 309.25, 5865), recorder.Bars[3]);

        // After-hours minutes are not aggregated and do not reopen a bar.
        aggregator.Push(new Bar(Utc(11, 29, 18, 0), 1, 1000, 1, 1, 1));
        aggregator.Push(new Bar(Utc(11, 29, 18, 1), 1, 1000, 1, 1, 1));
        Assert.Equal(2, aggregator.OutsideSessionBars);
        Assert.False(aggregator.TryGetOpenBar(out _));
        Assert.Equal(4, recorder.Bars.Count);
    }

    [Fact]
    public void Short_day_gives_42_five_minute_bars_and_one_day_bar()
    {
        var open = Utc(11, 29, 14, 30);
        var (fiveMinute, fiveMinuteBars) = Create(Interval.Minutes(1), Interval.Minutes(5));
        var (daily, dailyBars) = Create(Interval.Minutes(1), Interval.Days(1));
        foreach (var bar in Ladder(open, 0, 210))
        {
            fiveMinute.Push(bar);
            daily.Push(bar);
        }

        // 09:30–13:00 is 210 minutes: 42 five-minute bars, the last starting 12:55 EST = 17:55Z.
        Assert.Equal(42, fiveMinuteBars.Bars.Count);
        Assert.Equal(Utc(11, 29, 17, 55), fiveMinuteBars.Bars[^1].Start);

        // One day bar, complete at the 13:00 close: open 100, high 309.5, low 99.5, close 309.25, volume 1+…+210 = 22155.
        Assert.Equal(new Bar(open, 100, 309.5, 99.5, 309.25, 22155), Assert.Single(dailyBars.Bars));
    }

    [Fact]
    public void Missing_minutes_do_not_shift_later_buckets()
    {
        // 2024-03-11, 09:30 EDT = 13:30Z.
        var open = Utc(3, 11, 13, 30);
        var (aggregator, recorder) = Create(Interval.Minutes(1), Interval.Minutes(5));
        aggregator.Push(Ladder(open, 0));
        aggregator.Push(Ladder(open, 1));
        aggregator.Push(Ladder(open, 2));

        // 09:33–09:35 missing: the 09:30 bucket is complete only when a bar of a later bucket arrives (09:36).
        Assert.Empty(recorder.Bars);
        aggregator.Push(Ladder(open, 6));
        Assert.Equal(new Bar(open, 100, 102.5, 99.5, 102.25, 1 + 2 + 3), Assert.Single(recorder.Bars));

        // The open bucket is 09:35 (13:35Z), not 09:36: buckets stay anchored at the open.
        Assert.True(aggregator.TryGetOpenBar(out var partial));
        Assert.Equal(new Bar(Utc(3, 11, 13, 35), 106, 106.5, 105.5, 106.25, 7), partial);

        aggregator.Push(Ladder(open, 7));

        // 09:38–09:46 missing: no 09:40 bar at all, and the next bucket is 09:45.
        aggregator.Push(Ladder(open, 17));
        Assert.Equal(2, recorder.Bars.Count);
        Assert.Equal(new Bar(Utc(3, 11, 13, 35), 106, 107.5, 105.5, 107.25, 7 + 8), recorder.Bars[1]);

        // The clock passing 09:50 closes the 09:45 bucket although its last minutes never came.
        aggregator.AdvanceTo(Utc(3, 11, 13, 49));
        Assert.Equal(2, recorder.Bars.Count);
        aggregator.AdvanceTo(Utc(3, 11, 13, 50));
        Assert.Equal(3, recorder.Bars.Count);
        Assert.Equal(new Bar(Utc(3, 11, 13, 45), 117, 117.5, 116.5, 117.25, 18), recorder.Bars[2]);
        aggregator.AdvanceTo(Utc(3, 11, 13, 50));
        Assert.Equal(3, recorder.Bars.Count);

        // The buckets after the gaps are where they would have been: 09:50–09:55.
        foreach (var bar in Ladder(open, 20, 5))
        {
            aggregator.Push(bar);
        }

        Assert.Equal(new Bar(Utc(3, 11, 13, 50), 120, 124.5, 119.5, 124.25, 21 + 22 + 23 + 24 + 25), recorder.Bars[3]);
    }

    [Fact]
    public void Full_day_one_minute_bars_build_15m_1h_and_1d_bars()
    {
        // 2024-03-08 is EST: 09:30–16:00 = 14:30Z–21:00Z, 390 minutes.
        var open = Utc(3, 8, 14, 30);
        var (quarter, quarterBars) = Create(Interval.Minutes(1), Interval.Minutes(15));
        var (hour, hourBars) = Create(Interval.Minutes(1), Interval.Hours(1));
        var (day, dayBars) = Create(Interval.Minutes(1), Interval.Days(1));
        foreach (var bar in Ladder(open, 0, 390))
        {
            quarter.Push(bar);
            hour.Push(bar);
            day.Push(bar);
        }

        // 15m bar j holds minutes 15j..15j+14: volume 15·(15j+1 + 15j+15)/2 = 225j + 120.
        Assert.Equal(26, quarterBars.Bars.Count);
        for (var j = 0; j < 26; j++)
        {
            Assert.Equal(
                new Bar(open.AddMinutes(15 * j), 100 + (15 * j), 114.5 + (15 * j), 99.5 + (15 * j), 114.25 + (15 * j), (225 * j) + 120),
                quarterBars.Bars[j]);
        }

        // Seven hour bars: six full, and 15:30–16:00 cut at the close (minutes 360..389, volume 30·(361+390)/2 = 11265).
        Assert.Equal(7, hourBars.Bars.Count);
        for (var k = 0; k < 6; k++)
        {
            Assert.Equal(
                new Bar(open.AddHours(k), 100 + (60 * k), 159.5 + (60 * k), 99.5 + (60 * k), 159.25 + (60 * k), (3600 * k) + 1830),
                hourBars.Bars[k]);
        }

        Assert.Equal(new Bar(Utc(3, 8, 20, 30), 460, 489.5, 459.5, 489.25, 11265), hourBars.Bars[6]);

        // One day bar starting at the open: volume 1 + … + 390 = 390·391/2 = 76245.
        Assert.Equal(new Bar(open, 100, 489.5, 99.5, 489.25, 76245), Assert.Single(dayBars.Bars));
        Assert.Equal(0, day.OutsideSessionBars);
    }

    [Fact]
    public void Day_bars_follow_the_session_across_a_daylight_saving_change()
    {
        // Friday 2024-03-08 is EST (open 14:30Z), Monday 2024-03-11 EDT (open 13:30Z).
        var (aggregator, recorder) = Create(Interval.Minutes(1), Interval.Days(1));

        aggregator.Push(new Bar(Utc(3, 8, 13, 30), 1, 1, 1, 1, 1));       // 08:30 EST: pre-market
        aggregator.Push(new Bar(Utc(3, 8, 14, 30), 10, 11, 9, 10.5, 5));  // 09:30 EST
        aggregator.Push(new Bar(Utc(3, 8, 20, 30), 10.5, 12, 10, 11, 7)); // 15:30 EST: in session
        aggregator.Push(new Bar(Utc(3, 11, 13, 30), 20, 21, 19, 20.5, 3)); // 09:30 EDT
        aggregator.Push(new Bar(Utc(3, 11, 19, 59), 20.5, 22, 18, 21, 4)); // 15:59 EDT: last minute
        aggregator.Push(new Bar(Utc(3, 11, 20, 30), 1, 1, 1, 1, 1));       // 16:30 EDT: after hours

        Assert.Equal(
            [
                new Bar(Utc(3, 8, 14, 30), 10, 12, 9, 11, 12),
                new Bar(Utc(3, 11, 13, 30), 20, 22, 18, 21, 7),
            ],
            recorder.Bars);
        Assert.Equal(2, aggregator.OutsideSessionBars);
    }

    [Fact]
    public void Last_bar_of_a_session_is_delivered_at_the_close_or_before_the_next_session_starts()
    {
        // 15:55–16:00 EDT on 2024-03-11 is 19:55Z–20:00Z; its last two minutes are missing.
        var (byClock, byClockBars) = Create(Interval.Minutes(1), Interval.Minutes(5));
        var (byNextBar, byNextBarBars) = Create(Interval.Minutes(1), Interval.Minutes(5));
        foreach (var minute in new[] { 55, 56, 57 })
        {
            var bar = new Bar(Utc(3, 11, 19, minute), minute, minute + 1, minute - 1, minute, 1);
            byClock.Push(bar);
            byNextBar.Push(bar);
        }

        byClock.AdvanceTo(Utc(3, 11, 19, 59));
        Assert.Empty(byClockBars.Bars);
        byClock.AdvanceTo(Utc(3, 11, 20, 0));
        Assert.Equal(new Bar(Utc(3, 11, 19, 55), 55, 58, 54, 57, 3), Assert.Single(byClockBars.Bars));

        byNextBar.Push(new Bar(Utc(3, 12, 13, 30), 1, 2, 0.5, 1.5, 10));
        Assert.Equal(new Bar(Utc(3, 11, 19, 55), 55, 58, 54, 57, 3), Assert.Single(byNextBarBars.Bars));

        // The previous session's last bar reaches subscribers before they hear that the next session started.
        Assert.Equal(["session 2024-03-11", "bar 2024-03-11 19:55", "session 2024-03-12"], byNextBarBars.Events);
    }

    [Fact]
    public void Duplicate_out_of_order_and_late_base_bars_are_dropped_and_counted()
    {
        var open = Utc(3, 12, 13, 30);
        var (aggregator, recorder) = Create(Interval.Minutes(1), Interval.Minutes(5));
        aggregator.Push(Ladder(open, 0));
        aggregator.Push(Ladder(open, 1));
        aggregator.Push(Ladder(open, 1)); // duplicate
        aggregator.Push(Ladder(open, 0)); // out of order
        Assert.Equal(2, aggregator.LateBars);

        aggregator.AdvanceTo(open.AddMinutes(5));
        Assert.Equal(new Bar(open, 100, 101.5, 99.5, 101.25, 3), Assert.Single(recorder.Bars));

        // The clock promised nothing before 09:35 would come; a 09:34 bar now is late, not a reopened bucket.
        aggregator.Push(Ladder(open, 4));
        Assert.Equal(3, aggregator.LateBars);
        Assert.False(aggregator.TryGetOpenBar(out _));
        Assert.Single(recorder.Bars);
    }

    [Fact]
    public void Same_interval_passes_session_bars_through_and_drops_the_rest()
    {
        var (aggregator, recorder) = Create(Interval.Minutes(1), Interval.Minutes(1));
        var preMarket = new Bar(Utc(3, 12, 13, 29), 1, 1, 1, 1, 1);
        var first = new Bar(Utc(3, 12, 13, 30), 2, 3, 1, 2.5, 10);
        var second = new Bar(Utc(3, 12, 13, 31), 2.5, 3, 2, 2.75, 20);
        aggregator.Push(preMarket);
        aggregator.Push(first);
        aggregator.Push(second);

        Assert.Equal([first, second], recorder.Bars);
        Assert.Equal(1, aggregator.OutsideSessionBars);
    }

    [Fact]
    public void Holiday_and_weekend_bars_are_outside_every_session()
    {
        var (aggregator, recorder) = Create(Interval.Minutes(1), Interval.Minutes(5));
        aggregator.Push(new Bar(Utc(11, 28, 15, 0), 1, 1, 1, 1, 1)); // Thanksgiving, 10:00 EST
        aggregator.Push(new Bar(Utc(11, 28, 15, 1), 1, 1, 1, 1, 1));
        aggregator.Push(new Bar(Utc(11, 30, 15, 0), 1, 1, 1, 1, 1)); // Saturday
        aggregator.AdvanceTo(Utc(12, 1, 0, 0));

        Assert.Empty(recorder.Bars);
        Assert.Equal(3, aggregator.OutsideSessionBars);
    }

    [Fact]
    public void Seconds_build_minutes_and_minutes_build_hours_on_the_same_anchors()
    {
        var open = Utc(3, 13, 13, 30);
        var (aggregator, recorder) = Create(Interval.Seconds(1), Interval.Minutes(1));
        for (var s = 0; s < 120; s++)
        {
            aggregator.Push(new Bar(open.AddSeconds(s), s, s + 1, s - 1, s, 1));
        }

        Assert.Equal(
            [
                new Bar(open, 0, 60, -1, 59, 60),
                new Bar(open.AddMinutes(1), 60, 120, 59, 119, 60),
            ],
            recorder.Bars);
    }

    [Fact]
    public void Every_subscriber_gets_every_bar_and_an_unsubscribed_one_no_more()
    {
        var open = Utc(3, 13, 13, 30);
        var aggregator = new BarAggregator(Calendar, Interval.Minutes(1), Interval.Minutes(5));
        var first = new RecordingSubscriber();
        var second = new RecordingSubscriber();
        aggregator.Subscribe(first);
        aggregator.Subscribe(second);
        Assert.Equal(2, aggregator.SubscriberCount);

        foreach (var bar in Ladder(open, 0, 5))
        {
            aggregator.Push(bar);
        }

        Assert.True(aggregator.Unsubscribe(first));
        Assert.False(aggregator.Unsubscribe(first));
        foreach (var bar in Ladder(open, 5, 5))
        {
            aggregator.Push(bar);
        }

        Assert.Single(first.Bars);
        Assert.Equal(2, second.Bars.Count);
        Assert.Equal(2, aggregator.EmittedBars);
        Assert.Equal(first.Bars[0], second.Bars[0]);
    }

    [Fact]
    public void Watermark_is_the_end_of_the_last_base_bar_or_the_clock()
    {
        var aggregator = new BarAggregator(Calendar, Interval.Minutes(1), Interval.Minutes(5));
        Assert.Equal(DateTime.MinValue, aggregator.Watermark);
        aggregator.Push(new Bar(Utc(3, 13, 13, 30), 1, 1, 1, 1, 1));
        Assert.Equal(Utc(3, 13, 13, 31), aggregator.Watermark);
        aggregator.AdvanceTo(Utc(3, 13, 13, 33));
        Assert.Equal(Utc(3, 13, 13, 33), aggregator.Watermark);
        aggregator.AdvanceTo(Utc(3, 13, 13, 32));
        Assert.Equal(Utc(3, 13, 13, 33), aggregator.Watermark);
        Assert.Equal(DateTimeKind.Utc, aggregator.Watermark.Kind);
    }

    [Theory]
    [InlineData("1m", "5m", true)]
    [InlineData("1m", "1m", true)]
    [InlineData("5m", "15m", true)]
    [InlineData("1s", "1h", true)]
    [InlineData("1m", "1d", true)]
    [InlineData("1d", "1d", true)]
    [InlineData("1d", "2d", true)]
    [InlineData("1d", "1w", true)]
    [InlineData("1m", "1w", true)]
    [InlineData("1w", "2w", true)]
    [InlineData("5m", "7m", false)]
    [InlineData("15m", "5m", false)]
    [InlineData("1d", "5m", false)]
    [InlineData("1w", "1d", false)]
    [InlineData("2d", "4d", false)]
    public void CanAggregate_accepts_only_pairs_it_can_build(string baseText, string intervalText, bool expected)
    {
        var baseInterval = IntervalParser.Parse(baseText).Interval;
        var interval = IntervalParser.Parse(intervalText).Interval;

        Assert.Equal(expected, IntervalAggregation.CanAggregate(baseInterval, interval, out var reason));
        Assert.Equal(expected, reason.Length == 0);
        if (!expected)
        {
            Assert.Throws<ArgumentException>(() => new BarAggregator(Calendar, baseInterval, interval));
        }
    }

    [Fact]
    public void Ladder_helper_matches_the_hand_formulas()
    {
        // Guards the helper the hand calculations rely on.
        var bar = Ladder(Utc(3, 8, 14, 30), 7);
        Assert.Equal(new Bar(Utc(3, 8, 14, 37), 107, 107.5, 106.5, 107.25, 8), bar);
        Assert.Equal(76245, Enumerable.Range(1, 390).Sum());
    }
}
