using System;
using System.Globalization;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data;
using Provisioning.Data.Quality;
using Provisioning.Data.CorporateActions;
using Provisioning.Text;

namespace Provisioning.Steps;

/// <summary>
/// Runs <see cref="LoadHistorical"/>: reads the range from the store into a buffer sized for the series, reporting progress, and
/// stages the bars in the workspace with their quality (<see cref="LoadQuality"/>: expected bars from the calendar,
/// gaps, dropped rows), which the result reports and the series keeps; a load below <see cref="HistoryLoadOptions.MinimumLoadedFraction"/> fails. Bars are
/// adjusted for corporate actions in the step's <see cref="LoadHistorical.Normalization"/>, as of the session date (the
/// session in progress at the clock, or the next one), so every load of a session (before the open or mid-session)
/// adjusts alike and the session's own bars, on or after the last ex-date, stay raw like the live stream. Undo: the
/// workspace is dropped (and with it the buffer).
/// </summary>
internal static class LoadHistoricalHandler
{
    [StepHandler]
    internal static async ValueTask<StepResult> Handle(LoadHistorical step, StepContext context)
    {
        var workspace = context.Workspace;
        var calendar = context.Calendar;
        var progress = context.HistoryProgress;
        var (adjustment, table) = await HistoryAdjustmentLoader.LoadAsync(
            context.Store,
            calendar,
            step.Symbol,
            step.Interval,
            step.Normalization,
            HistoryAdjustmentLoader.SessionDate(calendar, context.Clock.GetUtcNow().UtcDateTime),
            context.CancellationToken).ConfigureAwait(false);
        var boundaries = adjustment.Boundaries(date => HistoryAdjustmentLoader.StartOf(calendar, date));
        // Sized as the series that keeps these bars will be, so a new series adopts the array instead of copying it.
        var bars = workspace.NewHistory(step.Interval, step.Bars);
        var statistics = new BarReadStatistics();
        // An intraday bar starting by this is complete by the load's end whatever the calendar says.
        var lastWholeStart = step.Interval.IsIntraday ? step.ToUtc.Ticks - (step.Interval.TotalSeconds * TimeSpan.TicksPerSecond) : long.MinValue;
        await foreach (var batch in context.Store.ReadRangePooledAsync(step.Symbol, step.Interval, step.FromUtc, step.ToUtc, statistics, context.CancellationToken).ConfigureAwait(false))
        {
            // A batch of whole bars that no action adjusts is kept as it is, in one copy.
            if (!adjustment.ChangesHistory && AllStartBy(batch.Span, lastWholeStart))
            {
                bars.AddRange(batch.Span);
                progress.Report(new HistoryLoadProgress(step.Symbol, step.Interval, bars.Count, step.Bars, Completed: false));
                continue;
            }

            foreach (var bar in batch.Span)
            {
                // History holds complete bars only: a stored day bar of today is not known at 10:30; the stream brings it.
                if (bar.Start.Ticks <= lastWholeStart || calendar.EndUtc(step.Interval, bar.Start) <= step.ToUtc)
                {
                    bars.Add(adjustment.Apply(bar, boundaries));
                }
            }

            progress.Report(new HistoryLoadProgress(step.Symbol, step.Interval, bars.Count, step.Bars, Completed: false));
        }

        progress.Report(new HistoryLoadProgress(step.Symbol, step.Interval, bars.Count, step.Bars, Completed: true));
        var read = statistics.Snapshot();
        var quality = LoadQuality.Measure(calendar, step, bars.Bars, read);
        var load = new HistoryLoad(step.Symbol, step.Interval, step.FromUtc, step.ToUtc, bars.Count, step.Bars)
        {
            Gaps = quality?.Gaps ?? EquatableArray<BarGap>.Empty,
            Quality = quality,
        };
        workspace.RecordLoad(load);
        var dropped = read.Dropped;
        var droppedNote = dropped > 0 ? "; " + CountText.Of(dropped, "invalid row", "invalid rows") + " dropped" : string.Empty;
        var minimum = context.HistoryLoad.MinimumLoadedFraction;
        if (load.BarsLoaded < minimum * load.BarsExpected)
        {
            bars.Dispose();
            return StepResult.Fail(
                string.Create(CultureInfo.InvariantCulture, $"{load}{droppedNote}: below the minimum of {minimum:0.#%} of the expected bars (HistoryLoadOptions.MinimumLoadedFraction). ")
                + "The store is missing bars in that range: fill it, or lower the minimum for a thinly traded symbol.");
        }

        workspace.AddHistory(step.Interval, bars);
        return StepResult.Done(
            $"{CountText.Count(bars.Count)} of {CountText.Of(step.Bars, "expected " + step.Interval + " bar", "expected " + step.Interval + " bars")} loaded{droppedNote}"
            + AdjustmentNote(adjustment, table));
    }

    // True when every bar starts at or before the given ticks.
    private static bool AllStartBy(ReadOnlySpan<Bar> bars, long ticks)
    {
        foreach (ref readonly var bar in bars)
        {
            if (bar.Start.Ticks > ticks)
            {
                return false;
            }
        }

        return true;
    }

    // What the adjustment did to this load: the mode and each action applied or skipped, and the table's bad rows.
    private static string AdjustmentNote(HistoryAdjustment adjustment, CorporateActionTable table)
    {
        if (adjustment.Mode == NormalizationMode.Raw)
        {
            return string.Empty;
        }

        var note = "; " + adjustment;
        if (!table.Problems.IsEmpty)
        {
            note += "; the action table has " + CountText.Of(table.Problems.Count, "problem", "problems") + " (the rows named are not used): " + table.Problems[0].Message;
        }

        return EchoedText.OneLine(note);
    }
}
