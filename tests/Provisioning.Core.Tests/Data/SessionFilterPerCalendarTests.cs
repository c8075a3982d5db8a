using System;
using System.Globalization;
using Provisioning.Calendar;
using Provisioning.Data.Store;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Data;

/// <summary>
/// The store's session filter on calendars whose sessions do not sit inside one local date. By hand: CME's session
/// 2024-03-13 runs 17:00 CDT on the 12th to 17:00 CDT on the 13th (22:00Z to 22:00Z); Tokyo's 2024-03-13 runs
/// 09:00-15:00 JST (00:00-06:00Z) with a break 11:30-12:30.
/// </summary>
public sealed class SessionFilterPerCalendarTests
{
    [Theory]
    [InlineData("CMES", "2024-03-12T22:00", true)]  // 17:00 CDT on the 12th: the first minute of session the 13th
    [InlineData("CMES", "2024-03-13T04:59", true)]  // 23:59 CDT, before Chicago's midnight
    [InlineData("CMES", "2024-03-13T21:59", true)]  // 16:59 CDT on the 13th, the last minute
    [InlineData("CMES", "2024-03-16T12:00", false)] // Saturday
    [InlineData("XTKS", "2024-03-13T05:59", true)]  // 14:59 JST
    [InlineData("XTKS", "2024-03-13T07:00", false)] // 16:00 JST, after the close
    [InlineData("XTKS", "2024-03-12T23:59", false)] // 08:59 JST, before the open
    public void Intraday_bars_are_kept_inside_their_session_only(string exchange, string start, bool kept)
    {
        var filter = SessionFilter.For(ExchangeCalendars.Get(exchange), Interval.Minutes(1))!;
        var ticks = Utc(start).Ticks;

        Assert.Equal(kept, filter.Accept(ref ticks));
        Assert.Equal(Utc(start).Ticks, ticks);
    }

    [Theory]
    [InlineData("2024-03-12T22:00")] // stamped at its open, the evening before its date
    [InlineData("2024-03-13T00:00")] // stamped at midnight: the date
    [InlineData("2024-03-13T15:00")] // stamped inside the session on its date
    public void A_CME_day_bar_is_its_session_s_whatever_its_stamp(string stamp)
    {
        var filter = SessionFilter.For(ExchangeCalendars.Get("CMES"), Interval.Days(1))!;
        var ticks = Utc(stamp).Ticks;

        Assert.True(filter.Accept(ref ticks));
        Assert.Equal(Utc("2024-03-12T22:00"), new DateTime(ticks, DateTimeKind.Utc));
    }

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), DateTimeKind.Utc);
}
