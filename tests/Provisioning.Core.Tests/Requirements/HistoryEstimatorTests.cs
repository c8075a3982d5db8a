using System;
using Provisioning.Calendar;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Requirements;

/// <summary>
/// History estimates over the XNYS calendar, each worked out by hand in the comments. New York is UTC-5 in winter (EST)
/// and UTC-4 in summer (EDT); a full session is 09:30–16:00 (78 five-minute bars), an early close 09:30–13:00 (42).
/// </summary>
public sealed class HistoryEstimatorTests
{
    private static readonly HistoryEstimator Estimator = new(ExchangeCalendars.Xnys);

    [Fact]
    public void Sma20_on_5m_at_10am_on_the_Monday_after_the_March_DST_switch()
    {
        // SMA(20) on 5m, multiplier 2 → 40 five-minute bars, asked at 10:00 EDT on Monday 2024-03-11 = 14:00Z.
        // Monday: 09:30–10:00 holds 6 complete bars (09:30 ... 09:55). 34 more are needed.
        // Saturday 9 and Sunday 10 March are not sessions (DST began on Sunday 10 March).
        // Friday 2024-03-08 (EST, 09:30 = 14:30Z) holds 78 bars; the last 34 are bars 44..77,
        // so the earliest starts at 09:30 + 44 × 5 min = 13:10 EST = 18:10Z.
        // Trading days: Friday and Monday = 2. Calendar days: 8, 9, 10, 11 March = 4.
        var estimate = Estimator.EstimateBars(Interval.Minutes(5), warmupBars: 20, Utc("2024-03-11T14:00:00Z"), multiplier: 2.0);

        Assert.Equal(Interval.Minutes(5), estimate.Interval);
        Assert.Equal(20, estimate.WarmupBars);
        Assert.Equal(2.0, estimate.Multiplier);
        Assert.Equal(40, estimate.Bars);
        Assert.Equal(Utc("2024-03-08T18:10:00Z"), estimate.StartUtc);
        Assert.Equal(Utc("2024-03-11T14:00:00Z"), estimate.EndUtc);
        Assert.Equal(2, estimate.TradingDays);
        Assert.Equal(4, estimate.CalendarDays);
    }

    [Fact]
    public void One_minute_base_bars_needed_for_the_Sma20_example()
    {
        // The 1m base bars over [Friday 13:10 EST, Monday 10:00 EDT): Friday 13:10–16:00 = 170 minutes,
        // Monday 09:30–10:00 = 30 minutes; 200 = 40 five-minute bars × 5.
        Assert.Equal(200, Estimator.CountBars(Interval.Minutes(1), Utc("2024-03-08T18:10:00Z"), Utc("2024-03-11T14:00:00Z")));
        Assert.Equal(40, Estimator.CountBars(Interval.Minutes(5), Utc("2024-03-08T18:10:00Z"), Utc("2024-03-11T14:00:00Z")));
    }

    [Fact]
    public void Short_day_after_Thanksgiving_holds_42_five_minute_bars()
    {
        // SMA(25) on 5m, multiplier 2 → 50 bars, asked at 10:00 EST on Monday 2023-11-27 = 15:00Z.
        // Monday: 6 bars. Friday 2023-11-24 closed at 13:00: 42 bars (6 + 42 = 48). Thursday 23 was Thanksgiving.
        // Wednesday 2023-11-22: 78 bars, the last 2 needed are bars 76 and 77: 09:30 + 76 × 5 min = 15:50 EST = 20:50Z.
        // Trading days: Wednesday, Friday, Monday = 3. Calendar days: 22..27 November = 6.
        var estimate = Estimator.EstimateBars(Interval.Minutes(5), 25, Utc("2023-11-27T15:00:00Z"));

        Assert.Equal(50, estimate.Bars);
        Assert.Equal(Utc("2023-11-22T20:50:00Z"), estimate.StartUtc);
        Assert.Equal(3, estimate.TradingDays);
        Assert.Equal(6, estimate.CalendarDays);

        // 1m base: Wednesday 15:50–16:00 = 10, Friday 09:30–13:00 = 210, Monday 09:30–10:00 = 30; 250 = 50 × 5.
        Assert.Equal(250, Estimator.CountBars(Interval.Minutes(1), estimate.StartUtc, estimate.EndUtc));
    }

    [Fact]
    public void Daily_bars_count_sessions_across_the_Memorial_Day_weekend()
    {
        // SMA(3) on 1d, multiplier 2 → 6 daily bars, asked at the close of Tuesday 2024-05-28 (16:00 EDT = 20:00Z):
        // Tuesday's bar is complete at its close. Saturday 25, Sunday 26 and Memorial Day (Monday 27) hold no session.
        // Sessions: 28, 24, 23, 22, 21, 20 May. Start: Monday 20 May 09:30 EDT = 13:30Z.
        // Trading days 6; calendar days 20..28 May = 9.
        var estimate = Estimator.EstimateBars(Interval.Days(1), 3, Utc("2024-05-28T20:00:00Z"));

        Assert.Equal(6, estimate.Bars);
        Assert.Equal(Utc("2024-05-20T13:30:00Z"), estimate.StartUtc);
        Assert.Equal(6, estimate.TradingDays);
        Assert.Equal(9, estimate.CalendarDays);
    }

    [Fact]
    public void A_daily_bar_in_progress_does_not_count()
    {
        // Same request one minute before Tuesday's close: Tuesday's bar is not complete.
        // Sessions: 24, 23, 22, 21, 20, 17 May. Start: Friday 17 May 13:30Z. Calendar days 17..28 May = 12.
        var estimate = Estimator.EstimateBars(Interval.Days(1), 3, Utc("2024-05-28T19:59:00Z"));

        Assert.Equal(6, estimate.Bars);
        Assert.Equal(Utc("2024-05-17T13:30:00Z"), estimate.StartUtc);
        Assert.Equal(6, estimate.TradingDays);
        Assert.Equal(12, estimate.CalendarDays);
    }

    [Fact]
    public void Two_day_bars_are_pairs_of_sessions()
    {
        // 3 two-day bars (multiplier 1) = 6 sessions, the same sessions as the Memorial Day example.
        var estimate = Estimator.EstimateBars(Interval.Days(2), 3, Utc("2024-05-28T20:00:00Z"), multiplier: 1.0);

        Assert.Equal(3, estimate.Bars);
        Assert.Equal(Utc("2024-05-20T13:30:00Z"), estimate.StartUtc);
        Assert.Equal(6, estimate.TradingDays);
        Assert.Equal(3, Estimator.CountBars(Interval.Days(2), estimate.StartUtc, estimate.EndUtc));
    }

    [Fact]
    public void Weekly_bars_are_calendar_weeks_and_the_running_week_does_not_count()
    {
        // 2 weekly bars (multiplier 1), asked on Wednesday 2024-07-10 at 12:00 EDT = 16:00Z. The week of 8 July is running.
        // Week of 1 July: 1, 2, 3 (early close) and 5 July (4 July closed) = 4 sessions.
        // Week of 24 June: 24..28 June = 5 sessions. Start Monday 24 June 09:30 EDT = 13:30Z.
        // Trading days 9; calendar days 24 June..10 July = 7 + 10 = 17.
        var estimate = Estimator.EstimateBars(Interval.Weeks(1), 2, Utc("2024-07-10T16:00:00Z"), multiplier: 1.0);

        Assert.Equal(2, estimate.Bars);
        Assert.Equal(Utc("2024-06-24T13:30:00Z"), estimate.StartUtc);
        Assert.Equal(9, estimate.TradingDays);
        Assert.Equal(17, estimate.CalendarDays);
    }

    [Fact]
    public void A_week_completes_at_the_close_of_its_last_session()
    {
        // At Friday 2024-07-05 16:00 EDT (20:00Z) the week of 1 July is complete: weeks of 1 July (4) and 24 June (5).
        // Calendar days 24 June..5 July = 12.
        var atClose = Estimator.EstimateBars(Interval.Weeks(1), 2, Utc("2024-07-05T20:00:00Z"), multiplier: 1.0);
        Assert.Equal(Utc("2024-06-24T13:30:00Z"), atClose.StartUtc);
        Assert.Equal(9, atClose.TradingDays);
        Assert.Equal(12, atClose.CalendarDays);

        // One minute earlier it is not: weeks of 24 June (5) and 17 June (19 June Juneteenth closed: 4).
        // Start Monday 17 June 13:30Z; calendar days 17 June..5 July = 19.
        var beforeClose = Estimator.EstimateBars(Interval.Weeks(1), 2, Utc("2024-07-05T19:59:00Z"), multiplier: 1.0);
        Assert.Equal(Utc("2024-06-17T13:30:00Z"), beforeClose.StartUtc);
        Assert.Equal(9, beforeClose.TradingDays);
        Assert.Equal(19, beforeClose.CalendarDays);
    }

    [Fact]
    public void Count_of_weekly_bars_takes_whole_weeks_only()
    {
        // [Monday 24 June 09:30, Wednesday 10 July 12:00): weeks of 24 June and 1 July are whole; 8 July is not.
        Assert.Equal(2, Estimator.CountBars(Interval.Weeks(1), Utc("2024-06-24T13:30:00Z"), Utc("2024-07-10T16:00:00Z")));

        // From Tuesday 25 June the week of 24 June is cut: only the week of 1 July.
        Assert.Equal(1, Estimator.CountBars(Interval.Weeks(1), Utc("2024-06-25T13:30:00Z"), Utc("2024-07-10T16:00:00Z")));
    }

    [Fact]
    public void Count_of_bars_takes_whole_bars_only()
    {
        // Monday 2024-03-11 from 09:31 to 10:00 EDT: the 09:30 bar started before, so 09:35..09:55 = 5 bars.
        Assert.Equal(5, Estimator.CountBars(Interval.Minutes(5), Utc("2024-03-11T13:31:00Z"), Utc("2024-03-11T14:00:00Z")));

        // To 10:02: the 10:00 bar is not complete.
        Assert.Equal(6, Estimator.CountBars(Interval.Minutes(5), Utc("2024-03-11T13:30:00Z"), Utc("2024-03-11T14:02:00Z")));

        // A whole week of 1h bars (11..15 March 2024, five full sessions): 5 × 7 = 35; daily: 5.
        Assert.Equal(35, Estimator.CountBars(Interval.Hours(1), Utc("2024-03-11T00:00:00Z"), Utc("2024-03-16T00:00:00Z")));
        Assert.Equal(5, Estimator.CountBars(Interval.Days(1), Utc("2024-03-11T00:00:00Z"), Utc("2024-03-16T00:00:00Z")));

        // An empty range and a weekend hold nothing.
        Assert.Equal(0, Estimator.CountBars(Interval.Minutes(1), Utc("2024-03-11T14:00:00Z"), Utc("2024-03-11T14:00:00Z")));
        Assert.Equal(0, Estimator.CountBars(Interval.Minutes(1), Utc("2024-03-09T00:00:00Z"), Utc("2024-03-11T00:00:00Z")));
    }

    [Fact]
    public void Days_of_intraday_history_add_the_bars_completed_today()
    {
        // 2 trading days of 5m history at 10:00 EDT on Monday 2024-03-11 (14:00Z): the two sessions that closed,
        // Thursday 7 and Friday 8 March (78 bars each), plus Monday's 6 completed bars = 162 bars over 3 sessions.
        // Start: Thursday 09:30 EST = 14:30Z. Calendar days 7..11 March = 5.
        var estimate = Estimator.EstimateDays(Interval.Minutes(5), 2, Utc("2024-03-11T14:00:00Z"));

        Assert.Equal(162, estimate.Bars);
        Assert.Equal(0, estimate.WarmupBars);
        Assert.Equal(Utc("2024-03-07T14:30:00Z"), estimate.StartUtc);
        Assert.Equal(3, estimate.TradingDays);
        Assert.Equal(5, estimate.CalendarDays);
    }

    [Fact]
    public void Days_of_history_at_the_open_are_the_previous_sessions()
    {
        // At Monday's open (13:30Z) no bar of Monday is complete: Thursday and Friday, 156 five-minute bars, 2 sessions.
        var intraday = Estimator.EstimateDays(Interval.Minutes(5), 2, Utc("2024-03-11T13:30:00Z"));
        Assert.Equal(156, intraday.Bars);
        Assert.Equal(2, intraday.TradingDays);
        Assert.Equal(Utc("2024-03-07T14:30:00Z"), intraday.StartUtc);

        // Daily bars at 10:00 on Monday: Monday's is not complete, so again Thursday and Friday: 2 bars.
        var daily = Estimator.EstimateDays(Interval.Days(1), 2, Utc("2024-03-11T14:00:00Z"));
        Assert.Equal(2, daily.Bars);
        Assert.Equal(2, daily.TradingDays);
        Assert.Equal(Utc("2024-03-07T14:30:00Z"), daily.StartUtc);
        Assert.Equal(5, daily.CalendarDays);
    }

    [Fact]
    public void Warmup_times_multiplier_is_rounded_up_without_floating_point_noise()
    {
        Assert.Equal(40, HistoryEstimator.BarsNeeded(20, 2.0));
        Assert.Equal(55, HistoryEstimator.BarsNeeded(50, 1.1)); // 50 × 1.1 is 55.00000000000001 in binary floating point
        Assert.Equal(55, HistoryEstimator.BarsNeeded(25, 2.2)); // 25 × 2.2 likewise
        Assert.Equal(4, HistoryEstimator.BarsNeeded(3, 1.1));   // 3.3 → 4
        Assert.Equal(5, HistoryEstimator.BarsNeeded(3, 1.5));   // 4.5 → 5
        Assert.Equal(7, HistoryEstimator.BarsNeeded(7, 1.0));
        Assert.Equal(0, HistoryEstimator.BarsNeeded(0, 3.0));
    }

    [Fact]
    public void No_warmup_gives_an_empty_estimate()
    {
        var end = Utc("2024-03-11T14:00:00Z");
        var estimate = Estimator.EstimateBars(Interval.Minutes(5), 0, end);

        Assert.Equal(0, estimate.Bars);
        Assert.Equal(end, estimate.StartUtc);
        Assert.Equal(end, estimate.EndUtc);
        Assert.Equal(0, estimate.TradingDays);
        Assert.Equal(0, estimate.CalendarDays);

        Assert.Equal(0, Estimator.EstimateDays(Interval.Days(1), 0, end).Bars);
    }

    [Theory]
    [InlineData(-1, 2.0)]
    [InlineData(20, 0.5)]
    [InlineData(20, 0.0)]
    [InlineData(20, -2.0)]
    [InlineData(20, double.NaN)]
    [InlineData(20, double.PositiveInfinity)]
    [InlineData(int.MaxValue, 2.0)]
    public void Invalid_warmup_or_multiplier_is_a_programming_error(int warmup, double multiplier)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Estimator.EstimateBars(Interval.Minutes(5), warmup, Utc("2024-03-11T14:00:00Z"), multiplier));
    }

    [Fact]
    public void Other_programming_errors_are_refused()
    {
        var end = Utc("2024-03-11T14:00:00Z");
        Assert.Throws<ArgumentException>(() => Estimator.EstimateBars(default, 20, end));
        Assert.Throws<ArgumentException>(() => Estimator.EstimateBars(Interval.Minutes(5), 20, new DateTime(2024, 3, 11, 10, 0, 0, DateTimeKind.Local)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimator.EstimateDays(Interval.Days(1), -1, end));
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimator.CountBars(Interval.Minutes(1), end, end.AddMinutes(-1)));
        Assert.Throws<ArgumentNullException>(() => new HistoryEstimator(null!));
    }

    [Fact]
    public void History_reaching_before_the_calendar_is_an_explicit_error()
    {
        // 20,000 daily bars is about 79 years of sessions: before 1990.
        Assert.Throws<CalendarRangeException>(() => Estimator.EstimateBars(Interval.Days(1), 10_000, Utc("2024-03-11T14:00:00Z")));
        Assert.Throws<CalendarRangeException>(() => Estimator.EstimateBars(Interval.Minutes(5), 20, Utc("1990-01-02T15:00:00Z")));
    }

    [Theory]
    [InlineData("5m", 20)]
    [InlineData("1m", 200)]
    [InlineData("1h", 14)]
    [InlineData("15m", 50)]
    [InlineData("7m", 33)]
    public void Estimates_hold_exactly_the_bars_needed(string interval, int warmup)
    {
        // For ends spread over 2024 (every 29 hours 17 minutes: all times of day, weekends, holidays, early closes),
        // the estimated history holds exactly the bars needed, and starting one tick later loses the first of them.
        Assert.True(Interval.TryParse(interval, out var parsed));
        for (var end = Utc("2024-01-03T00:00:00Z"); end < Utc("2025-01-01T00:00:00Z"); end = end.AddMinutes((29 * 60) + 17))
        {
            var estimate = Estimator.EstimateBars(parsed, warmup, end);
            Assert.Equal(estimate.Bars, Estimator.CountBars(parsed, estimate.StartUtc, end));
            Assert.Equal(estimate.Bars - 1, Estimator.CountBars(parsed, estimate.StartUtc.AddTicks(1), end));
        }
    }

    private static DateTime Utc(string text) => DateTime.Parse(
        text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
}
