using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Data.Quality;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Data.Quality;

/// <summary>
/// The grid a load's quality is measured against, built once per calendar and range and shared by every load of a
/// burst. Counted by hand on XNYS over Thanksgiving 2024 (EST, UTC-5): Wednesday 11-27 09:30-16:00 holds 78 five-minute
/// bars, Thursday 11-28 is a holiday (none), Friday 11-29 closes early at 13:00 (42 bars), Monday 12-02 holds 78: 198.
/// </summary>
public sealed class QualityGridCacheTests
{
    private static readonly Interval FiveMinutes = Interval.Minutes(5);
    private static readonly DateTime WednesdayOpen = new(2024, 11, 27, 14, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime FridayOpen = new(2024, 11, 29, 14, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime MondayOpen = new(2024, 12, 2, 14, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime MondayClose = new(2024, 12, 2, 21, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_grid_holds_the_sessions_and_bars_counted_by_hand_with_the_holiday_and_the_early_close()
    {
        var grid = QualityGridCache.Get(ExchangeCalendars.Xnys, FiveMinutes, WednesdayOpen, MondayClose, completeBarsOnly: true);

        Assert.Equal(198, grid.ExpectedBars);
        Assert.Equal(
            [(new DateOnly(2024, 11, 27), 78, false), (new DateOnly(2024, 11, 29), 42, true), (new DateOnly(2024, 12, 2), 78, false)],
            grid.Sessions.Select(s => (s.Session.Date, s.Count, s.Session.IsEarlyClose)));
    }

    [Fact]
    public void A_tally_counts_the_gaps_of_its_bars_against_the_shared_grid()
    {
        // Every five minutes of the three sessions but Wednesday's 10:00 and 10:05 and Friday's last bar (12:55).
        var bars = Session(WednesdayOpen, 78).Concat(Session(FridayOpen, 42)).Concat(Session(MondayOpen, 78))
            .Where(b => b.Start != WednesdayOpen.AddMinutes(30) && b.Start != WednesdayOpen.AddMinutes(35) && b.Start != FridayOpen.AddMinutes(205))
            .ToArray();

        var first = Tally(bars);
        var second = Tally(bars);

        Assert.Equal(198, first.ExpectedBars);
        Assert.Equal(195, first.PresentBars);
        Assert.Equal(
            [
                new BarGap(new DateOnly(2024, 11, 27), WednesdayOpen.AddMinutes(30), WednesdayOpen.AddMinutes(40), 2),
                new BarGap(new DateOnly(2024, 11, 29), FridayOpen.AddMinutes(205), FridayOpen.AddMinutes(210), 1),
            ],
            first.Gaps);
        Assert.Equal([76, 41, 78], first.Sessions.Select(s => s.PresentBars));
        Assert.Equal(first.Gaps, second.Gaps);
        Assert.Equal(first.Sessions, second.Sessions);
    }

    [Fact]
    public void The_same_range_is_built_once_and_other_ranges_are_their_own()
    {
        var calendar = ExchangeCalendars.Xnys;
        var once = QualityGridCache.Get(calendar, FiveMinutes, WednesdayOpen, MondayClose, completeBarsOnly: true);

        Assert.Same(once, QualityGridCache.Get(calendar, FiveMinutes, WednesdayOpen, MondayClose, completeBarsOnly: true));
        // From Wednesday 09:35 one bar fewer; to Monday 15:59 Monday's last bar (15:55-16:00) starts in the range but is
        // not complete in it.
        Assert.Equal(197, QualityGridCache.Get(calendar, FiveMinutes, WednesdayOpen.AddMinutes(5), MondayClose, completeBarsOnly: true).ExpectedBars);
        Assert.Equal(197, QualityGridCache.Get(calendar, FiveMinutes, WednesdayOpen, MondayClose.AddMinutes(-1), completeBarsOnly: true).ExpectedBars);
        Assert.Equal(198, QualityGridCache.Get(calendar, FiveMinutes, WednesdayOpen, MondayClose.AddMinutes(-1), completeBarsOnly: false).ExpectedBars);
    }

    [Fact]
    public void A_calendar_keeps_at_most_the_capacity_of_grids()
    {
        var calendar = ExchangeCalendars.Get("XLON");
        var from = new DateTime(2024, 3, 4, 8, 0, 0, DateTimeKind.Utc);
        for (var minutes = 0; minutes < QualityGridCache.Capacity * 3; minutes++)
        {
            QualityGridCache.Get(calendar, Interval.Minutes(1), from.AddMinutes(minutes), from.AddDays(1), completeBarsOnly: true);
            Assert.InRange(QualityGridCache.CountFor(calendar), 1, QualityGridCache.Capacity);
        }

        Assert.Equal(QualityGridCache.Capacity, QualityGridCache.CountFor(calendar));
    }

    private static HistoricalQualityReport Tally(Bar[] bars)
    {
        var tally = new QualityTally(ExchangeCalendars.Xnys, "X", FiveMinutes, WednesdayOpen, MondayClose, completeBarsOnly: true);
        tally.Place(bars);
        return tally.Report(new BarReadCounts());
    }

    private static IEnumerable<Bar> Session(DateTime open, int bars) =>
        Enumerable.Range(0, bars).Select(i => new Bar(open.AddMinutes(5 * i), 1, 1, 1, 1, 1));
}
