using System;
using Provisioning.Calendar;
using Provisioning.Calendar.Definitions;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>
/// The engine on a small made-up exchange in UTC (local time = UTC, so expectations read directly):
/// 10:00–18:00, March 2025. 2025-03-01 is a Saturday.
/// </summary>
public sealed class RuleBasedTradingCalendarTests
{
    private static readonly TimeOnly Open = new(10, 0);
    private static readonly TimeOnly Close = new(18, 0);

    [Fact]
    public void Weekends_holidays_and_one_off_closures_are_not_sessions()
    {
        var calendar = new RuleBasedTradingCalendar(Definition(
            holidays: [new HolidayRule("Test Day", DateRule.Fixed(3, 4), WeekendObservance.None)],
            closures: [new OneOffClosure(Date("2025-03-06"), "storm")]));

        // March 2025 weekdays 3..7: the 4th is a holiday, the 6th a one-off closure.
        Assert.True(calendar.IsSession(Date("2025-03-03")));
        Assert.False(calendar.IsSession(Date("2025-03-04")));
        Assert.True(calendar.IsSession(Date("2025-03-05")));
        Assert.False(calendar.IsSession(Date("2025-03-06")));
        Assert.True(calendar.IsSession(Date("2025-03-07")));
        Assert.False(calendar.IsSession(Date("2025-03-08")));
        Assert.False(calendar.IsSession(Date("2025-03-09")));

        // 21 weekdays in March 2025 minus two closures.
        Assert.Equal(19, calendar.SessionsInRange(Date("2025-03-01"), Date("2025-03-31")).Count);
    }

    [Fact]
    public void Sessions_open_and_close_at_the_local_times()
    {
        var calendar = new RuleBasedTradingCalendar(Definition());

        Assert.True(calendar.TryGetSession(Date("2025-03-03"), out var session));
        Assert.Equal(new DateTime(2025, 3, 3, 10, 0, 0, DateTimeKind.Utc), session.OpenUtc);
        Assert.Equal(new DateTime(2025, 3, 3, 18, 0, 0, DateTimeKind.Utc), session.CloseUtc);
        Assert.Equal(TimeSpan.FromHours(8), session.Length);
        Assert.False(session.IsEarlyClose);
    }

    [Fact]
    public void Early_close_rules_shorten_sessions_but_never_open_a_closed_day()
    {
        var calendar = new RuleBasedTradingCalendar(Definition(
            holidays: [new HolidayRule("Test Day", DateRule.Fixed(3, 4), WeekendObservance.None)],
            earlyCloses:
            [
                new EarlyCloseRule("Eve", DateRule.Fixed(3, 3), new TimeOnly(15, 0)),
                new EarlyCloseRule("Earlier eve", DateRule.Fixed(3, 3), new TimeOnly(14, 0)),
                new EarlyCloseRule("Holiday itself", DateRule.Fixed(3, 4), new TimeOnly(14, 0)),
                new EarlyCloseRule("Saturday", DateRule.Fixed(3, 8), new TimeOnly(14, 0)),
            ]));

        // Two rules on one day: the earlier close wins.
        Assert.True(calendar.TryGetSession(Date("2025-03-03"), out var eve));
        Assert.Equal(new DateTime(2025, 3, 3, 14, 0, 0, DateTimeKind.Utc), eve.CloseUtc);
        Assert.True(eve.IsEarlyClose);

        Assert.False(calendar.IsSession(Date("2025-03-04")));
        Assert.False(calendar.IsSession(Date("2025-03-08")));
    }

    [Fact]
    public void A_one_off_early_close_overrides_the_rules()
    {
        var calendar = new RuleBasedTradingCalendar(Definition(
            earlyCloses: [new EarlyCloseRule("Eve", DateRule.Fixed(3, 5), new TimeOnly(14, 0))],
            oneOffEarlyCloses: [new OneOffEarlyClose(Date("2025-03-05"), new TimeOnly(16, 30), "later this once")]));

        Assert.True(calendar.TryGetSession(Date("2025-03-05"), out var session));
        Assert.Equal(new DateTime(2025, 3, 5, 16, 30, 0, DateTimeKind.Utc), session.CloseUtc);
        Assert.True(session.IsEarlyClose);
    }

    [Fact]
    public void A_holiday_observed_across_the_year_boundary_is_found()
    {
        // 1 January 2022 was a Saturday; with Friday observance the exchange closes on 31 December 2021.
        var calendar = new RuleBasedTradingCalendar(Definition(
            first: Date("2021-12-27"),
            last: Date("2022-01-07"),
            holidays: [new HolidayRule("New Year", DateRule.Fixed(1, 1), WeekendObservance.SaturdayToFridaySundayToMonday)]));

        Assert.False(calendar.IsSession(Date("2021-12-31")));
        Assert.True(calendar.IsSession(Date("2021-12-30")));
        Assert.True(calendar.IsSession(Date("2022-01-03")));
    }

    [Fact]
    public void Inconsistent_definitions_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new RuleBasedTradingCalendar(Definition(first: Date("2025-04-01"), last: Date("2025-03-01"))));
        Assert.Throws<ArgumentException>(() => new RuleBasedTradingCalendar(Definition() with { RegularOpen = Close, RegularClose = Open }));
        Assert.Throws<ArgumentException>(() => new RuleBasedTradingCalendar(Definition(
            earlyCloses: [new EarlyCloseRule("Too late", DateRule.Fixed(3, 5), new TimeOnly(18, 0))])));
        Assert.Throws<ArgumentException>(() => new RuleBasedTradingCalendar(Definition(
            oneOffEarlyCloses: [new OneOffEarlyClose(Date("2025-03-05"), new TimeOnly(9, 0), "before the open")])));
        Assert.ThrowsAny<TimeZoneNotFoundException>(() => new RuleBasedTradingCalendar(Definition() with { TimeZoneId = "Nowhere/Special" }));
    }

    [Fact]
    public void Range_errors_name_the_date_and_the_range()
    {
        var calendar = new RuleBasedTradingCalendar(Definition());

        var error = Assert.Throws<CalendarRangeException>(() => calendar.IsSession(Date("2025-04-01")));
        Assert.Equal(Date("2025-04-01"), error.Date);
        Assert.Contains("XTST calendar covers 2025-03-01..2025-03-31", error.Message, StringComparison.Ordinal);

        // No session after Monday 31 March inside the range: the error names the first day outside it.
        var next = Assert.Throws<CalendarRangeException>(() => calendar.NextSession(Date("2025-03-31")));
        Assert.Equal(Date("2025-04-01"), next.Date);
        var previous = Assert.Throws<CalendarRangeException>(() => calendar.PreviousSession(Date("2025-03-03")));
        Assert.Equal(Date("2025-02-28"), previous.Date);
    }

    private static ExchangeDefinition Definition(
        DateOnly? first = null,
        DateOnly? last = null,
        HolidayRule[]? holidays = null,
        EarlyCloseRule[]? earlyCloses = null,
        OneOffClosure[]? closures = null,
        OneOffEarlyClose[]? oneOffEarlyCloses = null) => new(
        "XTST",
        "Etc/UTC",
        Open,
        Close,
        first ?? Date("2025-03-01"),
        last ?? Date("2025-03-31"),
        holidays ?? [],
        earlyCloses ?? [],
        closures ?? [],
        oneOffEarlyCloses ?? []);

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
