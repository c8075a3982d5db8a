using System;
using Provisioning.Calendar;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>
/// Bars around Tokyo's lunch break and across CME's midnight, built by hand. XTKS Friday 2024-11-01 (JST = UTC+9):
/// 09:00–11:30 and 12:30–15:00 local = 00:00–02:30Z and 03:30–06:00Z. The afternoon's bars re-anchor at the break end.
/// </summary>
public sealed class BreakAndOvernightBarsTests
{
    private static readonly ITradingCalendar Xtks = ExchangeCalendars.Get("XTKS");
    private static readonly ITradingCalendar Cmes = ExchangeCalendars.Get("CMES");
    private static readonly TradingSession Tokyo = Session(Xtks, "2024-11-01");

    [Fact]
    public void Hour_bars_run_in_the_morning_and_again_from_the_break_end()
    {
        var hour = Interval.Hours(1);

        // Morning 00:00, 01:00, 02:00 (cut at 02:30); afternoon 03:30, 04:30, 05:30 (cut at 06:00).
        Assert.Equal(6, SessionBars.Count(Tokyo, hour));
        Assert.Equal(6, Xtks.BarsInSession(Tokyo, hour));
        string[] starts = ["00:00", "01:00", "02:00", "03:30", "04:30", "05:30"];
        string[] ends = ["01:00", "02:00", "02:30", "04:30", "05:30", "06:00"];
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(Utc("2024-11-01T" + starts[i]), SessionBars.BarStartUtc(Tokyo, hour, i));
            Assert.Equal(Utc("2024-11-01T" + ends[i]), SessionBars.BarEndUtc(Tokyo, hour, i));
        }

        // 5m: 30 bars each side of the break, none in it.
        Assert.Equal(60, SessionBars.Count(Tokyo, Interval.Minutes(5)));
    }

    [Fact]
    public void The_break_completes_the_morning_and_holds_no_bar()
    {
        var hour = Interval.Hours(1);

        Assert.Equal(2, SessionBars.CompletedAt(Tokyo, hour, Utc("2024-11-01T02:29")));
        Assert.Equal(3, SessionBars.CompletedAt(Tokyo, hour, Utc("2024-11-01T03:00")));
        Assert.Equal(3, SessionBars.CompletedAt(Tokyo, hour, Utc("2024-11-01T04:29")));
        Assert.Equal(4, SessionBars.CompletedAt(Tokyo, hour, Utc("2024-11-01T04:30")));
        Assert.Equal(4, SessionBars.StartingAtOrAfter(Tokyo, hour, Utc("2024-11-01T02:00")));
        Assert.Equal(3, SessionBars.StartingAtOrAfter(Tokyo, hour, Utc("2024-11-01T03:00")));

        Assert.False(SessionBars.TryGetBarIndex(Tokyo, hour, Utc("2024-11-01T03:00"), out _));
        Assert.True(SessionBars.TryGetBarIndex(Tokyo, hour, Utc("2024-11-01T04:45"), out var index));
        Assert.Equal(4, index);

        Assert.Equal(Utc("2024-11-01T02:30"), Xtks.EndUtc(hour, Utc("2024-11-01T02:00")));
        Assert.Equal(Utc("2024-11-01T04:30"), Xtks.StartOfBarInProgress(hour, Utc("2024-11-01T04:45")));
        Assert.Equal(Utc("2024-11-01T03:00"), Xtks.StartOfBarInProgress(hour, Utc("2024-11-01T03:00")));
    }

    [Fact]
    public void History_estimates_count_Tokyo_bars_without_the_break()
    {
        var estimator = new HistoryEstimator(Xtks);

        // Thursday 31 October and Friday 1 November 2024 (no holiday): 60 five-minute bars each.
        Assert.Equal(120, estimator.CountBars(Interval.Minutes(5), Utc("2024-10-31T00:00"), Utc("2024-11-01T06:00")));
        // Friday up to 04:00Z: the morning's 30 and 03:30-04:00's 6.
        Assert.Equal(36, estimator.CountBars(Interval.Minutes(5), Utc("2024-11-01T00:00"), Utc("2024-11-01T04:00")));
    }

    [Fact]
    public void History_estimates_count_CME_bars_before_midnight_in_the_next_session()
    {
        var estimator = new HistoryEstimator(Cmes);

        // Monday 4 March 2024's session opens Sunday 17:00 CST = 23:00Z; to 02:00Z Monday (20:00 Sunday in Chicago) it has
        // completed three hour bars: 23:00, 00:00 and 01:00Z.
        Assert.Equal(3, estimator.CountBars(Interval.Hours(1), Utc("2024-03-03T23:00"), Utc("2024-03-04T02:00")));

        // Friday 1 March's session (Thursday 23:00Z to Friday 23:00Z) is 24 hour bars; to Monday 02:00Z, 27.
        Assert.Equal(27, estimator.CountBars(Interval.Hours(1), Utc("2024-02-29T23:00"), Utc("2024-03-04T02:00")));
    }

    private static TradingSession Session(ITradingCalendar calendar, string date)
    {
        Assert.True(calendar.TryGetSession(DateOnly.Parse(date), out var session));
        return session;
    }

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
