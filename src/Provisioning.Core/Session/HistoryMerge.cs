using System;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Steps;

namespace Provisioning.Session;

/// <summary>
/// Loaded history merged into the bars a base series holds: put in start order, then merged with the held bars into
/// one strictly increasing run in which a bar in both is kept once, the history's copy.
/// </summary>
internal static class HistoryMerge
{
    /// <summary>
    /// The history and the held bars in one strictly increasing run, in a new buffer of the base series' capacity for
    /// them (never less than <paramref name="capacity"/>); a bar in both is kept once, the history's, and a bar the
    /// history holds twice is kept once, the copy read first. <paramref name="sessionMinutes"/> is the market's longest session.
    /// </summary>
    public static (Bar[] Buffer, int Count) Merge(ReadOnlySpan<Bar> history, ReadOnlySpan<Bar> held, int capacity, Interval baseInterval, int sessionMinutes)
    {
        // History out of order is put in order first by a stable sort, so the merge below sees equal starts in the
        // order they were read and keeps the documented copy every time (an unstable sort kept either).
        var ordered = BarOrder.IsStrictlyIncreasing(history) ? history : BarOrder.SortedByStart(history);
        var count = MergeRuns(ordered, held, []);
        var buffer = new Bar[Math.Max(capacity, SeriesCapacity.ForBase(baseInterval, count, sessionMinutes))];
        MergeRuns(ordered, held, buffer);
        return (buffer, count);
    }

    /// <summary>
    /// The loaded history as the base series' new buffer: the history's own array when the series holds nothing, the
    /// history is strictly increasing and its array's length is within a quarter over the capacity the series needs
    /// (<see cref="SeriesCapacity.ForBase"/>, never less than <paramref name="capacity"/>), so nothing is copied and
    /// the bound still holds; else <see cref="Merge"/>. The history is empty afterwards when its array was taken.
    /// </summary>
    public static (Bar[] Buffer, int Count) MergeOrAdopt(HistoryBuffer history, ReadOnlySpan<Bar> held, int capacity, Interval baseInterval, int sessionMinutes)
    {
        if (held.IsEmpty && history.Count > 0 && history.CanDetach && CanAdopt(history.Capacity, history.Count, capacity, baseInterval, sessionMinutes)
            && BarOrder.IsStrictlyIncreasing(history.Bars))
        {
            var count = history.Count;
            return (history.Detach(), count);
        }

        return Merge(history.Bars, held, capacity, baseInterval, sessionMinutes);
    }

    /// <summary>
    /// True when an array of <paramref name="length"/> bars holding <paramref name="count"/> can be a base series'
    /// buffer: at least the capacity the series needs and at most a quarter more.
    /// </summary>
    public static bool CanAdopt(int length, int count, int capacity, Interval baseInterval, int sessionMinutes)
    {
        var needed = Math.Max(capacity, SeriesCapacity.ForBase(baseInterval, count, sessionMinutes));
        return length >= needed && length <= needed + (needed / 4);
    }

    // Merges two runs in start order into `into` (when it has room; counts only when it is empty), dropping a bar
    // that does not start after the last one kept: on equal starts the history's bar comes first and is the one kept.
    // Returns the number of bars kept.
    private static int MergeRuns(ReadOnlySpan<Bar> history, ReadOnlySpan<Bar> held, Span<Bar> into)
    {
        var write = !into.IsEmpty;
        int h = 0, k = 0, count = 0;
        var last = DateTime.MinValue;
        while (h < history.Length || k < held.Length)
        {
            var fromHistory = k == held.Length || (h < history.Length && history[h].Start <= held[k].Start);
            ref readonly var bar = ref fromHistory ? ref history[h++] : ref held[k++];
            if (count > 0 && bar.Start <= last)
            {
                continue;
            }

            if (write)
            {
                into[count] = bar;
            }

            last = bar.Start;
            count++;
        }

        return count;
    }

    /// <summary>True when every one of <paramref name="bars"/> starts before <paramref name="start"/>.</summary>
    public static bool AllBefore(ReadOnlySpan<Bar> bars, DateTime start)
    {
        foreach (ref readonly var bar in bars)
        {
            if (bar.Start >= start)
            {
                return false;
            }
        }

        return true;
    }
}
