using System;
using Provisioning.Calendar;

namespace Provisioning.Core.Tests.Calendar;

public sealed class TradingCalendarExtensionsTests
{
    private static readonly ITradingCalendar Xnys = ExchangeCalendars.Xnys;

    [Theory]
    [InlineData("2024-03-12T03:59:00Z", "2024-03-11")] // 23:59 EDT on Monday
    [InlineData("2024-03-12T04:00:00Z", "2024-03-12")] // 00:00 EDT on Tuesday
    [InlineData("2024-01-02T04:59:00Z", "2024-01-01")] // 23:59 EST
    public void Exchange_date_is_the_New_York_date(string utc, string date)
    {
        Assert.Equal(Date(date), Xnys.ExchangeDate(Utc(utc)));
    }

    [Theory]
    // Monday 2024-03-11 (EDT) trades 13:30Z..20:00Z: the open is inside, the close is not.
    [InlineData("2024-03-11T13:30:00Z", true)]
    [InlineData("2024-03-11T19:59:59Z", true)]
    [InlineData("2024-03-11T20:00:00Z", false)]
    [InlineData("2024-03-11T13:29:59Z", false)]
    [InlineData("2024-03-09T15:00:00Z", false)] // Saturday
    public void Session_containing_an_instant(string utc, bool inside)
    {
        Assert.Equal(inside, Xnys.TrySessionContaining(Utc(utc), out var session));
        Assert.Equal(inside ? Date("2024-03-11") : default, session.Date);
    }

    [Theory]
    [InlineData("2024-03-11T14:00:00Z", "2024-03-11")] // in progress
    [InlineData("2024-03-11T13:30:00Z", "2024-03-11")] // exactly at the open
    [InlineData("2024-03-11T13:29:00Z", "2024-03-08")] // before Monday's open: Friday
    [InlineData("2024-03-09T15:00:00Z", "2024-03-08")] // Saturday: Friday
    [InlineData("2024-03-11T23:00:00Z", "2024-03-11")] // Monday evening: Monday
    public void Session_at_or_before(string utc, string date)
    {
        Assert.Equal(Date(date), Xnys.SessionAtOrBefore(Utc(utc)).Date);
    }

    [Theory]
    [InlineData("2024-03-11T19:59:00Z", "2024-03-11")] // in progress
    [InlineData("2024-03-11T20:00:00Z", "2024-03-12")] // at Monday's close: Tuesday
    [InlineData("2024-03-09T15:00:00Z", "2024-03-11")] // Saturday: Monday
    [InlineData("2024-03-11T05:00:00Z", "2024-03-11")] // Monday before the open: Monday
    public void Session_at_or_after(string utc, string date)
    {
        Assert.Equal(Date(date), Xnys.SessionAtOrAfter(Utc(utc)).Date);
    }

    [Fact]
    public void Local_instants_are_refused_and_unspecified_ones_are_read_as_utc()
    {
        var local = new DateTime(2024, 3, 11, 10, 0, 0, DateTimeKind.Local);
        Assert.Throws<ArgumentException>(() => Xnys.ExchangeDate(local));

        var unspecified = new DateTime(2024, 3, 11, 14, 0, 0, DateTimeKind.Unspecified);
        Assert.True(Xnys.TrySessionContaining(unspecified, out var session));
        Assert.Equal(Date("2024-03-11"), session.Date);
    }

    [Fact]
    public void Instants_outside_the_range_throw()
    {
        Assert.Throws<CalendarRangeException>(() => Xnys.SessionAtOrBefore(Utc("1990-01-02T10:00:00Z")));
        Assert.Throws<CalendarRangeException>(() => Xnys.TrySessionContaining(Utc("2036-06-01T15:00:00Z"), out _));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTime Utc(string text) => DateTime.Parse(
        text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
}
