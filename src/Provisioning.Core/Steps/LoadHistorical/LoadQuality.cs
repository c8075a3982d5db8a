using System;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Data.Quality;

namespace Provisioning.Steps;

/// <summary>
/// The quality of what one history load kept, measured like <see cref="HistoricalQualityAnalyzer"/> measures a store:
/// the calendar's complete bars of the load's range against the bars loaded, with the gaps and the rows the read dropped.
/// </summary>
internal static class LoadQuality
{
    /// <summary>
    /// The quality of <paramref name="bars"/> (oldest first) as the history of <paramref name="step"/>; null when it
    /// cannot be measured (week bars, or a range the calendar does not cover), so a load is never failed by measuring it.
    /// </summary>
    public static HistoricalQualityReport? Measure(ITradingCalendar calendar, LoadHistorical step, ReadOnlySpan<Bar> bars, BarReadCounts read)
    {
        if (!QualityTally.CanMeasure(step.Interval))
        {
            return null;
        }

        try
        {
            var tally = new QualityTally(calendar, step.Symbol, step.Interval, step.FromUtc, step.ToUtc, completeBarsOnly: true);
            tally.Place(bars);
            return tally.Report(read);
        }
        catch (CalendarRangeException)
        {
            return null;
        }
    }
}
