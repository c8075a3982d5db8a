using System;
using System.Linq;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Reporting;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.IntegrationTests.Reporting;

/// <summary>What the session keeps for its report has a bound; the quality cells count bars against the calendar.</summary>
public sealed class BoundedReportDataTests
{
    [Fact]
    public void The_addition_journal_keeps_its_capacity_and_counts_what_it_dropped_oldest_first()
    {
        var journal = new AdditionJournal(capacity: 8);
        var start = new DateTime(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc);
        for (var i = 0; i < 20; i++)
        {
            journal.Record(Result("S" + i), start.AddMinutes(i));
        }

        var kept = journal.Entries();
        Assert.Equal(8, kept.Count);
        Assert.Equal(12, journal.Dropped);
        Assert.Equal(Enumerable.Range(12, 8).Select(i => "S" + i), kept.Select(e => e.Result.Requirements.Symbol));
    }

    [Fact]
    public void The_refused_bar_log_lists_the_first_bars_up_to_its_capacity_and_counts_the_rest()
    {
        var log = new RefusedBarLog();
        var start = new DateTime(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc);
        for (var i = 0; i < RefusedBarLog.Capacity + 50; i++)
        {
            log.Record(i % 2 == 0 ? RefusedBarKind.Duplicate : RefusedBarKind.Late, Interval.Minutes(1), start.AddMinutes(i));
        }

        var listed = log.Listed();
        Assert.Equal(200, listed.Count);
        Assert.Equal(50, log.NotListed);
        Assert.Equal(start, listed[0].StartUtc);
        Assert.Equal(RefusedBarKind.Late, listed[1].Kind);
    }

    [Fact]
    public void A_quality_cell_counts_an_early_close_against_its_210_minutes_and_lists_the_gap()
    {
        var calendar = ExchangeCalendars.Xnys;
        // Black Friday 2024: 09:30-13:00 EST = 14:30-18:00 UTC, 210 one-minute bars; 10:00-10:04 EST (15:00-15:04 UTC) missing.
        var open = new DateTime(2024, 11, 29, 14, 30, 0, DateTimeKind.Utc);
        var bars = Enumerable.Range(0, 210).Where(i => i is < 30 or >= 35)
            .Select(i => new Bar(open.AddMinutes(i), 1, 1, 1, 1, 1)).ToArray();

        var cell = Assert.Single(SessionQualityCell.Of(bars, Interval.Minutes(1), calendar, new DateTime(2024, 11, 29, 18, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(new DateOnly(2024, 11, 29), cell.Date);
        Assert.True(cell.IsEarlyClose);
        Assert.Equal(210, cell.ExpectedBars);
        Assert.Equal(205, cell.PresentBars);
        Assert.Equal(1, cell.GapCount);
        Assert.Equal((open.AddMinutes(30), 5), Assert.Single(cell.Gaps));
    }

    private static AdditionResult Result(string symbol) =>
        new(
            new ProvisioningRequirements { Operation = OperationType.Symbol, Source = ProvisionSource.Scanner, Symbol = symbol },
            ProvisioningPlan.Nothing(symbol),
            default,
            AdditionStatus.AlreadySatisfied,
            null);
}
