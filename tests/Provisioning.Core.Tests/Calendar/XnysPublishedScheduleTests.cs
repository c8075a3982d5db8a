using System;
using System.Collections.Generic;
using Provisioning.Calendar;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>
/// The years after the fixture, checked against what NYSE published. Every full-day closure and every early close of
/// 2023 (after the fixture's last row, 2023-01-13) through 2027 is written here as data; every other weekday of those
/// years must be a regular 09:30–16:00 New York session.
/// </summary>
/// <remarks>
/// Sources (NYSE Group press releases, reproduced on https://www.nyse.com/markets/hours-calendars):
/// "NYSE Group Announces 2023, 2024 and 2025 Holiday and Early Closings Calendar" (Business Wire, 2022-12-21);
/// "NYSE Group Announces 2025, 2026 and 2027 Holiday and Early Closings Calendar" (2024-11-08);
/// "NYSE Group Announces 2026, 2027 and 2028 Holiday and Early Closings Calendar" (2025-12-23), which also states that
/// no New Year's Day holiday is observed for Saturday 2028-01-01 (so Friday 2027-12-31 trades);
/// NYSE Group's announcement (December 2024) that its markets close on Thursday 2025-01-09, the national day of mourning for
/// President Jimmy Carter. Early closes are at 1:00 p.m. Eastern Time.
/// </remarks>
public sealed class XnysPublishedScheduleTests
{
    private static readonly DateOnly First = new(2023, 1, 14);
    private static readonly DateOnly Last = new(2027, 12, 31);

    private static readonly string[] PublishedClosures =
    [
        // 2023
        "2023-01-16", // Martin Luther King, Jr. Day
        "2023-02-20", // Washington's Birthday
        "2023-04-07", // Good Friday
        "2023-05-29", // Memorial Day
        "2023-06-19", // Juneteenth National Independence Day
        "2023-07-04", // Independence Day
        "2023-09-04", // Labor Day
        "2023-11-23", // Thanksgiving Day
        "2023-12-25", // Christmas Day

        // 2024
        "2024-01-01", // New Year's Day
        "2024-01-15", // Martin Luther King, Jr. Day
        "2024-02-19", // Washington's Birthday
        "2024-03-29", // Good Friday
        "2024-05-27", // Memorial Day
        "2024-06-19", // Juneteenth National Independence Day
        "2024-07-04", // Independence Day
        "2024-09-02", // Labor Day
        "2024-11-28", // Thanksgiving Day
        "2024-12-25", // Christmas Day

        // 2025
        "2025-01-01", // New Year's Day
        "2025-01-09", // National day of mourning for President Jimmy Carter
        "2025-01-20", // Martin Luther King, Jr. Day
        "2025-02-17", // Washington's Birthday
        "2025-04-18", // Good Friday
        "2025-05-26", // Memorial Day
        "2025-06-19", // Juneteenth National Independence Day
        "2025-07-04", // Independence Day
        "2025-09-01", // Labor Day
        "2025-11-27", // Thanksgiving Day
        "2025-12-25", // Christmas Day

        // 2026
        "2026-01-01", // New Year's Day
        "2026-01-19", // Martin Luther King, Jr. Day
        "2026-02-16", // Washington's Birthday
        "2026-04-03", // Good Friday
        "2026-05-25", // Memorial Day
        "2026-06-19", // Juneteenth National Independence Day
        "2026-07-03", // Independence Day observed (4 July is a Saturday)
        "2026-09-07", // Labor Day
        "2026-11-26", // Thanksgiving Day
        "2026-12-25", // Christmas Day

        // 2027
        "2027-01-01", // New Year's Day
        "2027-01-18", // Martin Luther King, Jr. Day
        "2027-02-15", // Washington's Birthday
        "2027-03-26", // Good Friday
        "2027-05-31", // Memorial Day
        "2027-06-18", // Juneteenth observed (19 June is a Saturday)
        "2027-07-05", // Independence Day observed (4 July is a Sunday)
        "2027-09-06", // Labor Day
        "2027-11-25", // Thanksgiving Day
        "2027-12-24", // Christmas Day observed (25 December is a Saturday)
    ];

    private static readonly string[] PublishedEarlyCloses =
    [
        "2023-07-03", // Monday before Independence Day
        "2023-11-24", // day after Thanksgiving
        "2024-07-03", // Wednesday before Independence Day
        "2024-11-29", // day after Thanksgiving
        "2024-12-24", // Christmas Eve
        "2025-07-03", // Thursday before Independence Day
        "2025-11-28", // day after Thanksgiving
        "2025-12-24", // Christmas Eve
        "2026-11-27", // day after Thanksgiving
        "2026-12-24", // Christmas Eve
        "2027-11-26", // day after Thanksgiving
    ];

    [Fact]
    public void Published_closures_are_not_sessions()
    {
        foreach (var text in PublishedClosures)
        {
            var date = DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday, $"{text} is listed as a weekday closure");
            Assert.False(ExchangeCalendars.Xnys.IsSession(date), text);
        }
    }

    [Fact]
    public void Published_early_closes_close_at_one_pm_New_York()
    {
        foreach (var text in PublishedEarlyCloses)
        {
            var date = DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(ExchangeCalendars.Xnys.TryGetSession(date, out var session), text);
            Assert.True(session.IsEarlyClose, text);
            Assert.Equal(new TimeOnly(9, 30), LocalTime(session.OpenUtc));
            Assert.Equal(new TimeOnly(13, 0), LocalTime(session.CloseUtc));
        }
    }

    [Fact]
    public void Every_other_weekday_of_2023_to_2027_is_a_regular_session_and_no_weekend_is()
    {
        var closures = ParseAll(PublishedClosures);
        var earlyCloses = ParseAll(PublishedEarlyCloses);
        var regular = 0;

        for (var date = First; date <= Last; date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                Assert.False(ExchangeCalendars.Xnys.IsSession(date), $"{date:yyyy-MM-dd} is a weekend");
                continue;
            }

            if (closures.Contains(date) || earlyCloses.Contains(date))
            {
                continue;
            }

            Assert.True(ExchangeCalendars.Xnys.TryGetSession(date, out var session), $"{date:yyyy-MM-dd}");
            Assert.False(session.IsEarlyClose, $"{date:yyyy-MM-dd}");
            Assert.Equal(new TimeOnly(9, 30), LocalTime(session.OpenUtc));
            Assert.Equal(new TimeOnly(16, 0), LocalTime(session.CloseUtc));
            regular++;
        }

        // 2023-01-14..2027-12-31 has 1,295 weekdays; 50 published closures and 11 early closes leave 1,234.
        Assert.Equal(1234, regular);
    }

    [Fact]
    public void Session_counts_per_year_match_the_published_schedules()
    {
        // Weekdays minus published weekday closures: 2024 has 262 weekdays - 10 = 252; 2025: 261 - 11 = 250;
        // 2026: 261 - 10 = 251; 2027: 261 - 10 = 251.
        Assert.Equal(252, ExchangeCalendars.Xnys.SessionsInRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)).Count);
        Assert.Equal(250, ExchangeCalendars.Xnys.SessionsInRange(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)).Count);
        Assert.Equal(251, ExchangeCalendars.Xnys.SessionsInRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).Count);
        Assert.Equal(251, ExchangeCalendars.Xnys.SessionsInRange(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)).Count);
    }

    private static HashSet<DateOnly> ParseAll(string[] dates)
    {
        var set = new HashSet<DateOnly>();
        foreach (var text in dates)
        {
            set.Add(DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        }

        return set;
    }

    private static TimeOnly LocalTime(DateTime utc) =>
        TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, ExchangeCalendars.Xnys.TimeZone));
}
