using System;
using Provisioning.Calendar;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>Bar positions in XNYS sessions. Monday 2024-03-11 (EDT): 13:30Z..20:00Z. Friday 2024-11-29: 14:30Z..18:00Z (13:00 EST close).</summary>
public sealed class SessionBarsTests
{
    private static readonly TradingSession FullDay = Session("2024-03-11");
    private static readonly TradingSession ShortDay = Session("2024-11-29");

    [Fact]
    public void Bars_start_at_the_open_and_the_last_is_cut_at_the_close()
    {
        var hour = Interval.Hours(1);

        // 1h on a full day: 09:30, 10:30, ..., 15:30 New York; the seventh is 15:30–16:00 = 19:30Z–20:00Z.
        Assert.Equal(Utc("2024-03-11T13:30:00Z"), SessionBars.BarStartUtc(FullDay, hour, 0));
        Assert.Equal(Utc("2024-03-11T14:30:00Z"), SessionBars.BarEndUtc(FullDay, hour, 0));
        Assert.Equal(Utc("2024-03-11T19:30:00Z"), SessionBars.BarStartUtc(FullDay, hour, 6));
        Assert.Equal(Utc("2024-03-11T20:00:00Z"), SessionBars.BarEndUtc(FullDay, hour, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => SessionBars.BarStartUtc(FullDay, hour, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => SessionBars.BarEndUtc(FullDay, hour, -1));

        // 5m on the short day: 42 bars, the last 12:55–13:00 EST = 17:55Z–18:00Z.
        Assert.Equal(Utc("2024-11-29T17:55:00Z"), SessionBars.BarStartUtc(ShortDay, Interval.Minutes(5), 41));
        Assert.Equal(Utc("2024-11-29T18:00:00Z"), SessionBars.BarEndUtc(ShortDay, Interval.Minutes(5), 41));
    }

    [Theory]
    [InlineData("2024-03-11T13:30:00Z", 0)]  // at the open
    [InlineData("2024-03-11T13:34:59Z", 0)]
    [InlineData("2024-03-11T13:35:00Z", 1)]  // the 09:30 bar ends at 09:35
    [InlineData("2024-03-11T14:00:00Z", 6)]  // 10:00 EDT: 30 minutes, six bars
    [InlineData("2024-03-11T19:59:59Z", 77)]
    [InlineData("2024-03-11T20:00:00Z", 78)] // at the close, all
    [InlineData("2024-03-12T12:00:00Z", 78)] // later, all
    [InlineData("2024-03-11T09:00:00Z", 0)]  // before the open
    public void Completed_five_minute_bars(string instant, int completed)
    {
        Assert.Equal(completed, SessionBars.CompletedAt(FullDay, Interval.Minutes(5), Utc(instant)));
    }

    [Fact]
    public void The_cut_last_bar_completes_at_the_close()
    {
        // 1h on the short day: 09:30, 10:30, 11:30 complete at 12:30 EST (17:30Z); the fourth, 12:30–13:00, at 18:00Z.
        Assert.Equal(3, SessionBars.CompletedAt(ShortDay, Interval.Hours(1), Utc("2024-11-29T17:59:00Z")));
        Assert.Equal(4, SessionBars.CompletedAt(ShortDay, Interval.Hours(1), Utc("2024-11-29T18:00:00Z")));
    }

    [Fact]
    public void A_day_bar_completes_at_the_close()
    {
        Assert.Equal(0, SessionBars.CompletedAt(FullDay, Interval.Days(1), Utc("2024-03-11T19:59:00Z")));
        Assert.Equal(1, SessionBars.CompletedAt(FullDay, Interval.Days(1), Utc("2024-03-11T20:00:00Z")));
    }

    [Theory]
    [InlineData("2024-03-11T13:00:00Z", 78)] // before the open: all
    [InlineData("2024-03-11T13:30:00Z", 78)]
    [InlineData("2024-03-11T13:31:00Z", 77)] // the 09:30 bar started before
    [InlineData("2024-03-11T13:35:00Z", 77)]
    [InlineData("2024-03-11T19:55:00Z", 1)]
    [InlineData("2024-03-11T19:56:00Z", 0)]
    [InlineData("2024-03-11T21:00:00Z", 0)]
    public void Bars_starting_at_or_after(string instant, int count)
    {
        Assert.Equal(count, SessionBars.StartingAtOrAfter(FullDay, Interval.Minutes(5), Utc(instant)));
    }

    [Fact]
    public void Bar_index_of_an_instant()
    {
        Assert.True(SessionBars.TryGetBarIndex(FullDay, Interval.Minutes(5), Utc("2024-03-11T14:02:00Z"), out var index));
        Assert.Equal(6, index); // 10:02 EDT is in the 10:00–10:05 bar, the seventh
        Assert.False(SessionBars.TryGetBarIndex(FullDay, Interval.Minutes(5), Utc("2024-03-11T20:00:00Z"), out _));
    }

    [Fact]
    public void Bar_positions_need_an_intraday_interval()
    {
        Assert.Throws<ArgumentException>(() => SessionBars.BarStartUtc(FullDay, Interval.Days(1), 0));
        Assert.Throws<ArgumentException>(() => SessionBars.StartingAtOrAfter(FullDay, Interval.Weeks(1), FullDay.OpenUtc));
        Assert.Throws<ArgumentException>(() => SessionBars.Count(FullDay, default));
    }

    private static TradingSession Session(string date)
    {
        Assert.True(ExchangeCalendars.Xnys.TryGetSession(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), out var session));
        return session;
    }

    private static DateTime Utc(string text) => DateTime.Parse(
        text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
}
