using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Feeds.Support;
using Provisioning.Data;
using Provisioning.Data.Quality;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Data.Quality;

/// <summary>
/// The quality report counts the bars each calendar expects: session date Wednesday 2024-03-13 (US daylight saving,
/// London and Tokyo standard time). Expected counts by hand: XNYS 09:30-16:00 = 390 minutes; XLON 08:00-16:30 = 510;
/// XTKS 09:00-11:30 and 12:30-15:00 = 150 + 150 = 300; CMES 17:00 CDT on the 12th to 17:00 on the 13th = 1440;
/// 24/7 and 24/5 00:00-24:00Z = 1440.
/// </summary>
public sealed class QualityPerCalendarTests
{
    private static readonly DateOnly Wednesday = new(2024, 3, 13);
    private static readonly Interval Minute = Interval.Minutes(1);

    [Theory]
    [InlineData("XNYS", 390)]
    [InlineData("XLON", 510)]
    [InlineData("XTKS", 300)]
    [InlineData("CMES", 1440)]
    [InlineData("24/7", 1440)]
    [InlineData("24/5", 1440)]
    public async Task A_full_session_of_minutes_is_all_the_calendar_expects(string exchange, int minutes)
    {
        var calendar = ExchangeCalendars.Get(exchange);
        Assert.True(calendar.TryGetSession(Wednesday, out var session));
        var store = new InMemoryBarStore();
        store.Add("X", Minute, Minutes(session));

        var report = await new HistoricalQualityAnalyzer(store, calendar).AnalyzeAsync("X", Minute, session.OpenUtc, session.CloseUtc);

        Assert.Equal(minutes, report.ExpectedBars);
        Assert.Equal(minutes, report.PresentBars);
        Assert.Equal(0, report.OffGrid);
        Assert.Empty(report.Gaps);
        var only = Assert.Single(report.Sessions);
        Assert.Equal(Wednesday, only.Date);
    }

    [Fact]
    public async Task Tokyo_afternoon_gaps_are_placed_after_the_break()
    {
        var calendar = ExchangeCalendars.Get("XTKS");
        Assert.True(calendar.TryGetSession(Wednesday, out var session));
        var store = new InMemoryBarStore();

        // Without the afternoon's first two 5m bars, 12:30 and 12:35 JST = 03:30-03:40Z; a day is 30 + 30 = 60 bars.
        var five = Interval.Minutes(5);
        store.Add("7203", five, Bars(session, 5).Where(b => b.Start != Utc("2024-03-13T03:30") && b.Start != Utc("2024-03-13T03:35")));

        var report = await new HistoricalQualityAnalyzer(store, calendar).AnalyzeAsync("7203", five, session.OpenUtc, session.CloseUtc);

        Assert.Equal(60, report.ExpectedBars);
        Assert.Equal(58, report.PresentBars);
        Assert.Equal(0, report.OffGrid);
        Assert.Equal([new BarGap(Wednesday, Utc("2024-03-13T03:30"), Utc("2024-03-13T03:40"), 2)], report.Gaps.ToArray());
    }

    [Fact]
    public async Task CME_evening_bars_count_in_the_next_dates_session()
    {
        var calendar = ExchangeCalendars.Get("CMES");
        Assert.True(calendar.TryGetSession(Wednesday, out var session));
        var store = new InMemoryBarStore();
        store.Add("ES", Minute, Minutes(session));

        // The evening only: 17:00-19:00 CDT on the 12th = 22:00Z to 00:00Z, 120 minutes of Wednesday's session.
        var report = await new HistoricalQualityAnalyzer(store, calendar).AnalyzeAsync("ES", Minute, Utc("2024-03-12T22:00"), Utc("2024-03-13T00:00"));

        Assert.Equal(120, report.ExpectedBars);
        Assert.Equal(120, report.PresentBars);
        Assert.Equal(Wednesday, Assert.Single(report.Sessions).Date);
    }

    private static IEnumerable<Bar> Minutes(TradingSession session) => Bars(session, 1);

    private static IEnumerable<Bar> Bars(TradingSession session, int minutes)
    {
        // Bars anchored at the open, and again at the break end when there is one.
        var runs = session.BreakStartUtc is { } breakStart && session.BreakEndUtc is { } breakEnd
            ? new[] { (session.OpenUtc, breakStart), (breakEnd, session.CloseUtc) }
            : new[] { (session.OpenUtc, session.CloseUtc) };
        foreach (var (from, to) in runs)
        {
            for (var start = from; start < to; start = start.AddMinutes(minutes))
            {
                yield return new Bar(start, 10, 11, 9, 10.5, 100);
            }
        }
    }

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
