using System;
using System.Globalization;
using Provisioning.Calendar;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Requirements;

/// <summary>
/// History over CME sessions, which open at 17:00 Chicago time on the evening before their date: the evening's day is
/// a calendar day of the history. US daylight saving starts Sunday 2024-03-10, so CME's 17:00 is 23:00Z before and
/// 22:00Z from that day on. Counts worked out by hand in the comments.
/// </summary>
public sealed class EveningSessionHistoryTests
{
    private static readonly HistoryEstimator Cmes = new(ExchangeCalendars.Get("CMES"));

    [Fact]
    public void One_session_of_minutes_reaches_back_to_the_evening_before_its_date()
    {
        // At Monday 2024-03-11 17:00 CDT (22:00Z), Tuesday's session opens; the last whole session is Monday's, from
        // Sunday 17:00 CDT (2024-03-10 22:00Z) to Monday 17:00: 24 × 60 = 1440 minutes, over Sunday and Monday.
        var estimate = Cmes.EstimateDays(Interval.Minutes(1), 1, Utc("2024-03-11T22:00"));

        Assert.Equal(1440, estimate.Bars);
        Assert.Equal(1, estimate.TradingDays);
        Assert.Equal(2, estimate.CalendarDays);
        Assert.Equal(Utc("2024-03-10T22:00"), estimate.StartUtc);
    }

    [Fact]
    public void Day_bars_count_whole_sessions_and_the_first_evening()
    {
        // Two 1d bars (multiplier 1) before Monday 2024-03-11 17:00 CDT: Monday's session and Friday 8 March's, which
        // opened Thursday 7 March 17:00 CST (23:00Z). Calendar days Thursday 7 to Monday 11 March: 5.
        var estimate = Cmes.EstimateBars(Interval.Days(1), 2, Utc("2024-03-11T22:00"), multiplier: 1.0);

        Assert.Equal(2, estimate.Bars);
        Assert.Equal(2, estimate.TradingDays);
        Assert.Equal(5, estimate.CalendarDays);
        Assert.Equal(Utc("2024-03-07T23:00"), estimate.StartUtc);
    }

    [Fact]
    public void Hour_bars_of_the_evening_belong_to_the_next_session()
    {
        // Three 1h bars before Monday 2024-03-04 02:00Z (Sunday 20:00 CST): 23:00, 00:00 and 01:00Z, all of Monday's
        // session, which opened Sunday 3 March at 17:00 CST (23:00Z); Sunday and Monday in UTC, but Sunday only in Chicago.
        var estimate = Cmes.EstimateBars(Interval.Hours(1), 3, Utc("2024-03-04T02:00"), multiplier: 1.0);

        Assert.Equal(3, estimate.Bars);
        Assert.Equal(1, estimate.TradingDays);
        Assert.Equal(1, estimate.CalendarDays);
        Assert.Equal(Utc("2024-03-03T23:00"), estimate.StartUtc);
    }

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
