using System;
using System.Linq;
using Provisioning.Calendar;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>Hand-written expectations for the XNYS calendar: DST, weekend observance, early closes, queries and range.</summary>
public sealed class XnysCalendarTests
{
    private static readonly RuleBasedTradingCalendar Xnys = (RuleBasedTradingCalendar)ExchangeCalendars.Xnys;

    [Theory]
    // 2024: DST began Sunday 10 March and ended Sunday 3 November. 09:30 EST = 14:30Z, 09:30 EDT = 13:30Z;
    // 16:00 EST = 21:00Z, 16:00 EDT = 20:00Z.
    [InlineData("2024-03-08", "2024-03-08T14:30:00Z", "2024-03-08T21:00:00Z")] // Friday before the March switch: EST
    [InlineData("2024-03-11", "2024-03-11T13:30:00Z", "2024-03-11T20:00:00Z")] // Monday after it: EDT
    [InlineData("2024-11-01", "2024-11-01T13:30:00Z", "2024-11-01T20:00:00Z")] // Friday before the November switch: EDT
    [InlineData("2024-11-04", "2024-11-04T14:30:00Z", "2024-11-04T21:00:00Z")] // Monday after it: EST
    // 2030: DST begins Sunday 10 March (second Sunday) and ends Sunday 3 November (first Sunday).
    [InlineData("2030-03-08", "2030-03-08T14:30:00Z", "2030-03-08T21:00:00Z")]
    [InlineData("2030-03-11", "2030-03-11T13:30:00Z", "2030-03-11T20:00:00Z")]
    [InlineData("2030-11-01", "2030-11-01T13:30:00Z", "2030-11-01T20:00:00Z")]
    [InlineData("2030-11-04", "2030-11-04T14:30:00Z", "2030-11-04T21:00:00Z")]
    public void Open_and_close_follow_New_York_daylight_saving(string date, string openUtc, string closeUtc)
    {
        Assert.True(Xnys.TryGetSession(Date(date), out var session));
        Assert.Equal(Utc(openUtc), session.OpenUtc);
        Assert.Equal(Utc(closeUtc), session.CloseUtc);
        Assert.Equal(DateTimeKind.Utc, session.OpenUtc.Kind);
        Assert.False(session.IsEarlyClose);
    }

    [Theory]
    [InlineData("2020-07-03")] // Independence Day, Saturday 4 July 2020 → Friday
    [InlineData("2021-12-24")] // Christmas, Saturday 25 December 2021 → Friday
    [InlineData("2027-06-18")] // Juneteenth, Saturday 19 June 2027 → Friday
    public void Holiday_on_a_Saturday_closes_the_Friday_before(string friday)
    {
        Assert.Equal(DayOfWeek.Friday, Date(friday).DayOfWeek);
        Assert.False(Xnys.IsSession(Date(friday)));
        Assert.True(Xnys.IsSession(Date(friday).AddDays(-1)));
        Assert.True(Xnys.IsSession(Date(friday).AddDays(3)));
    }

    [Theory]
    [InlineData("2021-07-05")] // Independence Day, Sunday 4 July 2021 → Monday
    [InlineData("2023-01-02")] // New Year's Day, Sunday 1 January 2023 → Monday
    [InlineData("2022-06-20")] // Juneteenth, Sunday 19 June 2022 → Monday
    [InlineData("2022-12-26")] // Christmas, Sunday 25 December 2022 → Monday
    public void Holiday_on_a_Sunday_closes_the_Monday_after(string monday)
    {
        Assert.Equal(DayOfWeek.Monday, Date(monday).DayOfWeek);
        Assert.False(Xnys.IsSession(Date(monday)));
        Assert.True(Xnys.IsSession(Date(monday).AddDays(-3)));
        Assert.True(Xnys.IsSession(Date(monday).AddDays(1)));
    }

    [Theory]
    [InlineData("2021-12-31")] // 1 January 2022 is a Saturday
    [InlineData("2010-12-31")] // 1 January 2011 is a Saturday
    [InlineData("2027-12-31")] // 1 January 2028 is a Saturday (NYSE: "no New Year's Day holiday is observed")
    public void New_Years_Day_on_a_Saturday_leaves_the_Friday_before_a_full_session(string friday)
    {
        Assert.True(Xnys.TryGetSession(Date(friday), out var session));
        Assert.False(session.IsEarlyClose);
        Assert.Equal(new TimeOnly(16, 0), Local(session.CloseUtc));
        Assert.False(Xnys.IsSession(Date(friday).AddDays(1)));
        Assert.True(Xnys.IsSession(Date(friday).AddDays(3)));
    }

    [Theory]
    // 13:00 EST = 18:00Z, 13:00 EDT = 17:00Z, 14:00 EST = 19:00Z.
    [InlineData("2023-11-24", "2023-11-24T18:00:00Z")] // day after Thanksgiving
    [InlineData("2024-07-03", "2024-07-03T17:00:00Z")] // Wednesday before Independence Day (from 2013)
    [InlineData("2024-12-24", "2024-12-24T18:00:00Z")] // Christmas Eve
    [InlineData("2002-07-05", "2002-07-05T17:00:00Z")] // Friday after a Thursday Independence Day (up to 2012)
    [InlineData("1991-12-24", "1991-12-24T19:00:00Z")] // Christmas Eve closed at 14:00 up to 1992
    [InlineData("1999-12-31", "1999-12-31T18:00:00Z")] // one-off
    public void Early_closes(string date, string closeUtc)
    {
        Assert.True(Xnys.TryGetSession(Date(date), out var session));
        Assert.True(session.IsEarlyClose);
        Assert.Equal(Utc(closeUtc), session.CloseUtc);
        Assert.Equal(new TimeOnly(9, 30), Local(session.OpenUtc));
    }

    [Theory]
    [InlineData("2002-07-03")] // a Wednesday before 2013: full day (the Friday after closed early instead)
    [InlineData("2019-07-05")] // the Friday after a Thursday Independence Day from 2013: full day
    [InlineData("1991-11-29")] // day after Thanksgiving before 1992: full day
    [InlineData("2026-07-02")] // Thursday before the observed Friday holiday of 2026: full day
    public void Days_near_holidays_that_are_full_sessions(string date)
    {
        Assert.True(Xnys.TryGetSession(Date(date), out var session));
        Assert.False(session.IsEarlyClose);
        Assert.Equal(new TimeOnly(16, 0), Local(session.CloseUtc));
    }

    [Fact]
    public void Next_and_previous_session_skip_weekends_and_holidays_and_are_strict()
    {
        // Good Friday 2024 was 29 March: Thursday 28 → Monday 1 April.
        Assert.Equal(Date("2024-04-01"), Xnys.NextSession(Date("2024-03-28")).Date);
        Assert.Equal(Date("2024-03-28"), Xnys.PreviousSession(Date("2024-04-01")).Date);
        Assert.Equal(Date("2024-03-28"), Xnys.NextSession(Date("2024-03-27")).Date);
        Assert.Equal(Date("2024-03-28"), Xnys.PreviousSession(Date("2024-03-30")).Date);

        // 2001-09-10 (Monday) was followed by four closed days; trading resumed Monday 2001-09-17.
        Assert.Equal(Date("2001-09-17"), Xnys.NextSession(Date("2001-09-10")).Date);
        Assert.Equal(Date("2001-09-10"), Xnys.PreviousSession(Date("2001-09-17")).Date);
    }

    [Fact]
    public void Sessions_in_range_are_inclusive_and_in_order()
    {
        // 2024-12-23..2025-01-03: Christmas Day and New Year's Day closed, weekends closed, Christmas Eve early.
        var sessions = Xnys.SessionsInRange(Date("2024-12-23"), Date("2025-01-03"));

        var expected = new[] { "2024-12-23", "2024-12-24", "2024-12-26", "2024-12-27", "2024-12-30", "2024-12-31", "2025-01-02", "2025-01-03" };
        Assert.Equal(expected.Select(Date), sessions.Select(s => s.Date));
        Assert.Equal(8, sessions.Count);
        Assert.Equal(Date("2024-12-24"), sessions[1].Date);
        Assert.True(sessions[1].IsEarlyClose);
        Assert.Throws<ArgumentOutOfRangeException>(() => sessions[8]);
    }

    [Fact]
    public void Sessions_in_range_is_empty_for_a_weekend_or_a_reversed_range()
    {
        Assert.Empty(Xnys.SessionsInRange(Date("2024-03-09"), Date("2024-03-10")));
        Assert.Empty(Xnys.SessionsInRange(Date("2024-03-11"), Date("2024-03-08")));
        Assert.Single(Xnys.SessionsInRange(Date("2024-03-11"), Date("2024-03-11")));
    }

    [Theory]
    // A full session is 390 minutes, 09:30–16:00; 2024-11-29 closed at 13:00, 210 minutes.
    [InlineData("2024-03-11", "5m", 78)]  // 390 / 5
    [InlineData("2024-03-11", "1m", 390)]
    [InlineData("2024-03-11", "1h", 7)]   // 6.5 → 7, the last 15:30–16:00
    [InlineData("2024-03-11", "30m", 13)]
    [InlineData("2024-03-11", "7m", 56)]  // 390 / 7 = 55.7 → 56
    [InlineData("2024-03-11", "390m", 1)]
    [InlineData("2024-03-11", "1s", 23400)]
    [InlineData("2024-03-11", "1d", 1)]
    [InlineData("2024-03-11", "1w", 1)]
    [InlineData("2024-11-29", "5m", 42)]  // 210 / 5
    [InlineData("2024-11-29", "1h", 4)]   // 3.5 → 4, the last 12:30–13:00
    [InlineData("2024-11-29", "390m", 1)]
    [InlineData("2024-11-29", "1d", 1)]
    public void Bars_in_session(string date, string interval, int bars)
    {
        Assert.True(Xnys.TryGetSession(Date(date), out var session));
        Assert.True(Interval.TryParse(interval, out var parsed));

        Assert.Equal(bars, Xnys.BarsInSession(session, parsed));
    }

    [Fact]
    public void Bars_in_session_refuses_the_default_interval()
    {
        Assert.True(Xnys.TryGetSession(Date("2024-03-11"), out var session));
        Assert.Throws<ArgumentException>(() => Xnys.BarsInSession(session, default));
    }

    [Fact]
    public void Range_is_1990_01_01_to_2035_12_31_and_outside_it_every_query_throws()
    {
        Assert.Equal("XNYS", Xnys.Exchange);
        Assert.Equal(Date("1990-01-01"), Xnys.FirstDate);
        Assert.Equal(Date("2035-12-31"), Xnys.LastDate);
        Assert.False(Xnys.IsSession(Date("1990-01-01"))); // New Year's Day 1990
        Assert.True(Xnys.IsSession(Date("2035-12-31")));  // a Monday

        var before = Assert.Throws<CalendarRangeException>(() => Xnys.IsSession(Date("1989-12-29")));
        Assert.Equal(Date("1989-12-29"), before.Date);
        Assert.Throws<CalendarRangeException>(() => Xnys.TryGetSession(Date("2036-01-02"), out _));
        Assert.Throws<CalendarRangeException>(() => Xnys.SessionsInRange(Date("1989-12-01"), Date("1990-01-31")));
        Assert.Throws<CalendarRangeException>(() => Xnys.NextSession(Date("2036-01-01")));

        // The answer itself would lie outside the range.
        Assert.Throws<CalendarRangeException>(() => Xnys.PreviousSession(Date("1990-01-02")));
        Assert.Throws<CalendarRangeException>(() => Xnys.NextSession(Date("2035-12-31")));
    }

    [Fact]
    public void Sessions_span_holds_every_session_in_order()
    {
        var sessions = Xnys.Sessions;

        Assert.Equal(Date("1990-01-02"), sessions[0].Date);
        Assert.Equal(Date("2035-12-31"), sessions[^1].Date);
        for (var i = 1; i < sessions.Length; i++)
        {
            Assert.True(sessions[i - 1].CloseUtc < sessions[i].OpenUtc);
        }
    }

    [Fact]
    public void Built_in_calendars_are_found_by_MIC()
    {
        Assert.True(ExchangeCalendars.TryGet("xnys", out var calendar));
        Assert.Same(ExchangeCalendars.Xnys, calendar);
        Assert.False(ExchangeCalendars.TryGet("XXXX", out var none));
        Assert.Null(none);
        Assert.False(ExchangeCalendars.TryGet(null, out _));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTime Utc(string text) => DateTime.Parse(
        text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

    private static TimeOnly Local(DateTime utc) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Xnys.TimeZone));
}
