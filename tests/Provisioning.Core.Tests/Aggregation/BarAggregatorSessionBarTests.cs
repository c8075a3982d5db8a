using System;
using Provisioning.Aggregation;
using Provisioning.Data;
using Provisioning.Intervals;
using static Provisioning.Core.Tests.Aggregation.MinuteBars;

namespace Provisioning.Core.Tests.Aggregation;

public class BarAggregatorSessionBarTests
{
    private static readonly TestCalendar Calendar = new();

    // A stored daily bar stamped with its date at midnight UTC, its prices made from the day of the month.
    private static Bar Daily(int month, int day) =>
        new(new DateTime(2024, month, day, 0, 0, 0, DateTimeKind.Utc), day, day + 2, day - 2, day + 1, day * 10);

    private static (BarAggregator Aggregator, RecordingSubscriber Recorder) Create(Interval baseInterval, Interval interval)
    {
        var aggregator = new BarAggregator(Calendar, baseInterval, interval);
        var recorder = new RecordingSubscriber();
        aggregator.Subscribe(recorder);
        return (aggregator, recorder);
    }

    [Fact]
    public void Stored_daily_bars_pass_through_with_the_session_open_as_start()
    {
        var (aggregator, recorder) = Create(Interval.Days(1), Interval.Days(1));
        aggregator.Push(Daily(3, 8));
        aggregator.Push(Daily(3, 11));

        // Each daily bar is complete as it arrives; Start becomes the session's open (EST 14:30Z, EDT 13:30Z).
        Assert.Equal(
            [
                new Bar(Utc(3, 8, 14, 30), 8, 10, 6, 9, 80),
                new Bar(Utc(3, 11, 13, 30), 11, 13, 9, 12, 110),
            ],
            recorder.Bars);
    }

    [Fact]
    public void Daily_bar_stamped_at_another_time_is_read_by_its_exchange_local_date()
    {
        var (aggregator, recorder) = Create(Interval.Days(1), Interval.Days(1));

        // 2024-03-12 03:00Z is 2024-03-11 23:00 EDT: the bar of Monday the 11th.
        aggregator.Push(new Bar(new DateTime(2024, 3, 12, 3, 0, 0, DateTimeKind.Utc), 1, 2, 0.5, 1.5, 10));
        Assert.Equal(Utc(3, 11, 13, 30), Assert.Single(recorder.Bars).Start);
    }

    [Fact]
    public void Daily_bar_of_a_closed_day_is_outside_every_session()
    {
        var (aggregator, recorder) = Create(Interval.Days(1), Interval.Days(1));
        aggregator.Push(Daily(11, 28)); // Thanksgiving
        aggregator.Push(Daily(3, 9));   // Saturday

        Assert.Empty(recorder.Bars);
        Assert.Equal(2, aggregator.OutsideSessionBars);
    }

    [Fact]
    public void Week_bars_from_daily_bars_cover_the_sessions_of_one_ISO_week()
    {
        var (aggregator, recorder) = Create(Interval.Days(1), Interval.Weeks(1));
        foreach (var day in new[] { 4, 5, 6, 7 })
        {
            aggregator.Push(Daily(3, day));
        }

        Assert.Empty(recorder.Bars);

        // Friday's bar is the week's last session: the week bar is complete with it.
        aggregator.Push(Daily(3, 8));

        // Week of Monday 2024-03-04: open of the 4th (4), highest high 10 (the 8th), lowest low 2 (the 4th),
        // close of the 8th (9), volume 40+50+60+70+80 = 300; Start = Monday's open 14:30Z.
        Assert.Equal(new Bar(Utc(3, 4, 14, 30), 4, 10, 2, 9, 300), Assert.Single(recorder.Bars));

        // The next week starts in daylight time: Start = 13:30Z on Monday the 11th.
        foreach (var day in new[] { 11, 12, 13, 14, 15 })
        {
            aggregator.Push(Daily(3, day));
        }

        Assert.Equal(new Bar(Utc(3, 11, 13, 30), 11, 17, 9, 16, 110 + 120 + 130 + 140 + 150), recorder.Bars[1]);
    }

    [Fact]
    public void Thanksgiving_week_ends_at_the_Friday_early_close()
    {
        var (aggregator, recorder) = Create(Interval.Days(1), Interval.Weeks(1));
        aggregator.Push(Daily(11, 25));
        aggregator.Push(Daily(11, 26));
        aggregator.Push(Daily(11, 27));
        Assert.Empty(recorder.Bars);
        aggregator.Push(Daily(11, 29));

        // Sessions 25, 26, 27 and 29 (28 closed): open 25, high 31, low 23, close 30, volume 250+260+270+290 = 1070.
        Assert.Equal(new Bar(Utc(11, 25, 14, 30), 25, 31, 23, 30, 1070), Assert.Single(recorder.Bars));
    }

    [Fact]
    public void Week_with_missing_days_is_delivered_when_the_clock_passes_its_last_close()
    {
        var (aggregator, recorder) = Create(Interval.Days(1), Interval.Weeks(1));
        aggregator.Push(Daily(12, 2));
        aggregator.AdvanceTo(Utc(12, 6, 20, 59));
        Assert.Empty(recorder.Bars);

        // Friday 2024-12-06 closes 21:00Z.
        aggregator.AdvanceTo(Utc(12, 6, 21, 0));
        Assert.Equal(new Bar(Utc(12, 2, 14, 30), 2, 4, 0, 3, 20), Assert.Single(recorder.Bars));
    }

    [Fact]
    public void Week_bars_from_minute_bars_span_sessions_and_the_daylight_saving_change()
    {
        var (aggregator, recorder) = Create(Interval.Minutes(1), Interval.Weeks(1));
        aggregator.Push(new Bar(Utc(3, 7, 15, 0), 10, 12, 9, 11, 1));  // Thursday 10:00 EST
        aggregator.Push(new Bar(Utc(3, 8, 20, 59), 11, 13, 8, 12, 2)); // Friday 15:59 EST: the week's last minute
        Assert.Equal(new Bar(Utc(3, 4, 14, 30), 10, 13, 8, 12, 3), Assert.Single(recorder.Bars));

        aggregator.Push(new Bar(Utc(3, 11, 13, 30), 20, 21, 19, 20, 5)); // Monday 09:30 EDT
        aggregator.Push(new Bar(Utc(3, 13, 16, 0), 20, 25, 18, 24, 6));  // Wednesday
        aggregator.AdvanceTo(Utc(3, 15, 20, 0));                          // Friday's close, EDT
        Assert.Equal(new Bar(Utc(3, 11, 13, 30), 20, 25, 18, 24, 11), recorder.Bars[1]);
    }

    [Fact]
    public void Two_day_bars_pair_sessions_counted_from_the_calendars_first_date()
    {
        // Sessions from 2024-03-04 (the test calendar's first date): 4·5 | 6·7 | 8·11 | 12·13 | 14·15.
        var (aggregator, recorder) = Create(Interval.Days(1), Interval.Days(2));
        foreach (var day in new[] { 6, 7, 8, 11, 12 })
        {
            aggregator.Push(Daily(3, day));
        }

        Assert.Equal(
            [
                new Bar(Utc(3, 6, 14, 30), 6, 9, 4, 8, 130),
                new Bar(Utc(3, 8, 14, 30), 8, 13, 6, 12, 190),
            ],
            recorder.Bars);
        Assert.True(aggregator.TryGetOpenBar(out var open));
        Assert.Equal(new Bar(Utc(3, 12, 13, 30), 12, 14, 10, 13, 120), open);
    }

    [Fact]
    public void Weekly_base_bars_build_two_week_bars()
    {
        var (aggregator, recorder) = Create(Interval.Weeks(1), Interval.Weeks(2));

        // Weekly bars stamped with their Monday. ISO weeks are counted from 0001-01-01 (a Monday): the Monday of
        // 2024-03-04 is day 738,948, week 105,564 (even), so 2024-03-04 and 2024-03-11 form one two-week bar.
        aggregator.Push(new Bar(new DateTime(2024, 3, 4, 0, 0, 0, DateTimeKind.Utc), 1, 5, 0.5, 4, 100));
        Assert.Empty(recorder.Bars);
        aggregator.Push(new Bar(new DateTime(2024, 3, 11, 0, 0, 0, DateTimeKind.Utc), 4, 6, 3, 5, 200));

        Assert.Equal(new Bar(Utc(3, 4, 14, 30), 1, 6, 0.5, 5, 300), Assert.Single(recorder.Bars));
    }

    [Fact]
    public void Session_starts_are_announced_once_per_session_before_its_bars()
    {
        var (aggregator, recorder) = Create(Interval.Minutes(1), Interval.Days(1));
        aggregator.Push(new Bar(Utc(3, 7, 15, 0), 1, 1, 1, 1, 1));
        aggregator.Push(new Bar(Utc(3, 7, 15, 1), 1, 1, 1, 1, 1));
        aggregator.Push(new Bar(Utc(3, 8, 15, 0), 1, 1, 1, 1, 1));
        aggregator.AdvanceTo(Utc(3, 8, 21, 0));

        Assert.Equal(
            ["session 2024-03-07", "bar 2024-03-07 14:30", "session 2024-03-08", "bar 2024-03-08 14:30"],
            recorder.Events);
    }
}
