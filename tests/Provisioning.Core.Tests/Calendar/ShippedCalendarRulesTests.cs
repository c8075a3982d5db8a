using System;
using Provisioning.Calendar;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>
/// The shipped calendars past their fixtures (the years come from the rules) and the shapes the fixtures exercise: CME's
/// evening open, Tokyo's lunch break, round-the-clock days. Expected dates are from the exchanges' published holiday
/// calendars; expected instants are worked out by hand in the comments.
/// </summary>
public sealed class ShippedCalendarRulesTests
{
    private static readonly ITradingCalendar Cmes = ExchangeCalendars.Get("CMES");
    private static readonly ITradingCalendar Xtks = ExchangeCalendars.Get("XTKS");
    private static readonly ITradingCalendar Xlon = ExchangeCalendars.Get("XLON");

    [Theory]
    // Tokyo: the 2019 abdication and accession days; Children's Day on a Sunday moves to Monday 6 May.
    [InlineData("XTKS", "2019-04-30", false)]
    [InlineData("XTKS", "2019-05-02", false)]
    [InlineData("XTKS", "2019-05-06", false)]
    [InlineData("XTKS", "2019-05-07", true)]
    // 2020 Olympics: Marine Day and Sports Day moved to 23-24 July; the usual Mondays trade. 1 October: system failure.
    [InlineData("XTKS", "2020-07-20", true)]
    [InlineData("XTKS", "2020-07-24", false)]
    [InlineData("XTKS", "2020-10-12", true)]
    [InlineData("XTKS", "2020-10-01", false)]
    [InlineData("XTKS", "2021-08-09", false)]
    // Sunday holidays move to Monday: National Foundation Day 2024, the Autumnal Equinox 2024 (22 September).
    [InlineData("XTKS", "2024-02-12", false)]
    [InlineData("XTKS", "2024-02-23", false)]
    [InlineData("XTKS", "2024-09-23", false)]
    [InlineData("XTKS", "2025-03-20", false)]
    // 22 September 2026 lies between Respect for the Aged Day (21st) and the equinox (23rd): a citizens' holiday.
    [InlineData("XTKS", "2026-09-22", false)]
    [InlineData("XTKS", "2026-09-24", true)]
    // London: VE Day 2020 and the 2022 jubilee moved the bank holidays; Christmas 2021 on a weekend closes 27-28 December.
    [InlineData("XLON", "2020-05-04", true)]
    [InlineData("XLON", "2020-05-08", false)]
    [InlineData("XLON", "2022-05-30", true)]
    [InlineData("XLON", "2022-06-03", false)]
    [InlineData("XLON", "2022-09-19", false)]
    [InlineData("XLON", "2021-12-27", false)]
    [InlineData("XLON", "2021-12-28", false)]
    [InlineData("XLON", "2021-12-29", true)]
    [InlineData("XLON", "2023-05-08", false)]
    // CME: Good Friday, Christmas and a national day of mourning close; Juneteenth does not.
    [InlineData("CMES", "2024-03-29", false)]
    [InlineData("CMES", "2024-12-25", false)]
    [InlineData("CMES", "2025-01-09", false)]
    [InlineData("CMES", "2022-06-20", true)]
    [InlineData("24/7", "2024-03-02", true)]
    [InlineData("24/5", "2024-03-02", false)]
    [InlineData("24/5", "2024-12-25", true)]
    public void Later_years_follow_the_rules(string exchange, string date, bool isSession)
    {
        Assert.Equal(isSession, ExchangeCalendars.Get(exchange).IsSession(DateOnly.Parse(date)));
    }

    [Fact]
    public void London_closes_at_1230_on_the_last_weekday_before_Christmas_and_New_Year()
    {
        // 24 December 2023 is a Sunday: Friday 22 December closes early, at 12:30 GMT = 12:30Z.
        Assert.True(Xlon.TryGetSession(DateOnly.Parse("2023-12-22"), out var friday));
        Assert.True(friday.IsEarlyClose);
        Assert.Equal(Utc("2023-12-22T12:30"), friday.CloseUtc);

        // Summer time: 08:00 BST = 07:00Z.
        Assert.True(Xlon.TryGetSession(DateOnly.Parse("2024-07-01"), out var summer));
        Assert.Equal(Utc("2024-07-01T07:00"), summer.OpenUtc);
        Assert.Equal(Utc("2024-07-01T15:30"), summer.CloseUtc);
    }

    [Fact]
    public void Tokyo_sessions_have_a_lunch_break_and_close_at_1530_from_5_November_2024()
    {
        // JST = UTC+9: 09:00-11:30 and 12:30-15:00 are 00:00-02:30Z and 03:30-06:00Z.
        Assert.True(Xtks.TryGetSession(DateOnly.Parse("2024-11-01"), out var before));
        Assert.Equal(Utc("2024-11-01T00:00"), before.OpenUtc);
        Assert.Equal(Utc("2024-11-01T02:30"), before.BreakStartUtc);
        Assert.Equal(Utc("2024-11-01T03:30"), before.BreakEndUtc);
        Assert.Equal(Utc("2024-11-01T06:00"), before.CloseUtc);
        Assert.Equal(TimeSpan.FromHours(5), before.TradingLength);
        Assert.False(before.IsTrading(Utc("2024-11-01T03:00")));
        Assert.True(before.IsTrading(Utc("2024-11-01T03:30")));
        Assert.True(before.Contains(Utc("2024-11-01T03:00")));

        Assert.True(Xtks.TryGetSession(DateOnly.Parse("2024-11-05"), out var after));
        Assert.Equal(Utc("2024-11-05T06:30"), after.CloseUtc);
        Assert.False(after.IsEarlyClose);
    }

    [Fact]
    public void A_CME_session_opens_the_evening_before_its_date()
    {
        // Monday 4 March 2024: opens Sunday 17:00 CST (UTC-6) = 23:00Z, closes Monday 17:00 CST = 23:00Z.
        Assert.True(Cmes.TryGetSession(DateOnly.Parse("2024-03-04"), out var monday));
        Assert.Equal(Utc("2024-03-03T23:00"), monday.OpenUtc);
        Assert.Equal(Utc("2024-03-04T23:00"), monday.CloseUtc);

        // Monday 11 March 2024, after the switch to CDT (UTC-5) on Sunday 10 March: 22:00Z to 22:00Z.
        Assert.True(Cmes.TryGetSession(DateOnly.Parse("2024-03-11"), out var afterSwitch));
        Assert.Equal(Utc("2024-03-10T22:00"), afterSwitch.OpenUtc);
        Assert.Equal(Utc("2024-03-11T22:00"), afterSwitch.CloseUtc);

        // Juneteenth 2022 fell on a Sunday: Monday 20 June closes at 12:00 CDT = 17:00Z.
        Assert.True(Cmes.TryGetSession(DateOnly.Parse("2022-06-20"), out var juneteenth));
        Assert.True(juneteenth.IsEarlyClose);
        Assert.Equal(Utc("2022-06-20T17:00"), juneteenth.CloseUtc);
    }

    [Fact]
    public void Instant_queries_find_the_CME_session_that_opened_the_evening_before()
    {
        // Sunday 3 March 2024 23:30Z is Sunday 17:30 in Chicago: inside Monday's session.
        Assert.True(Cmes.TrySessionContaining(Utc("2024-03-03T23:30"), out var sunday));
        Assert.Equal(DateOnly.Parse("2024-03-04"), sunday.Date);
        Assert.False(Cmes.TrySessionContaining(Utc("2024-03-03T22:30"), out _));

        // Monday 23:30Z (17:30 Chicago) is already Tuesday's session; Saturday looks ahead to Monday.
        Assert.Equal(DateOnly.Parse("2024-03-05"), Cmes.SessionAtOrBefore(Utc("2024-03-04T23:30")).Date);
        Assert.Equal(DateOnly.Parse("2024-03-04"), Cmes.SessionAtOrBefore(Utc("2024-03-04T22:30")).Date);
        Assert.Equal(DateOnly.Parse("2024-03-04"), Cmes.SessionAtOrAfter(Utc("2024-03-02T12:00")).Date);

        // An hour bar starting at Sunday's open ends at 00:00Z Monday; the bar's session is Monday's.
        Assert.Equal(Utc("2024-03-04T00:00"), Cmes.EndUtc(Interval.Hours(1), Utc("2024-03-03T23:00")));
    }

    [Fact]
    public void A_round_the_clock_day_runs_from_midnight_to_midnight_UTC()
    {
        var always = ExchangeCalendars.Get("24/7");
        Assert.True(always.TryGetSession(DateOnly.Parse("2024-03-02"), out var saturday));
        Assert.Equal(Utc("2024-03-02T00:00"), saturday.OpenUtc);
        Assert.Equal(Utc("2024-03-03T00:00"), saturday.CloseUtc);

        // Midnight belongs to the day it starts.
        Assert.True(always.TrySessionContaining(Utc("2024-03-03T00:00"), out var sunday));
        Assert.Equal(DateOnly.Parse("2024-03-03"), sunday.Date);
        Assert.Equal(Utc("2024-03-03T00:00"), always.EndUtc(Interval.Days(1), Utc("2024-03-02T00:00")));
    }

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
}

/// <summary>The longest intraday interval follows each calendar's longest regular session (open to close, by hand).</summary>
public sealed class CalendarIntervalCapTests
{
    [Theory]
    [InlineData("XNYS", 390)] // 09:30-16:00
    [InlineData("XLON", 510)] // 08:00-16:30
    [InlineData("XTKS", 390)] // 09:00-15:30 from 5 November 2024 (09:00-15:00, 360, before)
    [InlineData("CMES", 1440)] // 17:00 the evening before to 17:00
    [InlineData("24/7", 1440)]
    [InlineData("24/5", 1440)]
    public void The_cap_is_the_longest_session(string exchange, int minutes)
    {
        Assert.Equal(minutes, ExchangeCalendars.Get(exchange).MaxIntradayMinutes());
    }
}
