using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Steps;

namespace Provisioning.Session;

/// <summary>
/// The derived-series side of a commit: brings the slots built on one base up to date with the history an addition
/// loaded (the base series takes the merged bars, derived series are rebuilt from them or have the older part put
/// before what they hold) or feeds the slots new in the addition. Every change records its undo in the commit's list.
/// </summary>
internal sealed class SlotRebuilder
{
    private readonly ITradingCalendar _calendar;
    private readonly List<Action> _undo;
    private readonly DateTime _nowUtc;

    /// <summary>Rebuilds with <paramref name="calendar"/>, recording each change's undo in <paramref name="undo"/>; new bases start at <paramref name="nowUtc"/>.</summary>
    public SlotRebuilder(ITradingCalendar calendar, List<Action> undo, DateTime nowUtc)
    {
        _calendar = calendar;
        _undo = undo;
        _nowUtc = nowUtc;
    }

    /// <summary>
    /// Brings every slot built on <paramref name="baseInterval"/> up to date: with new history, the base series takes
    /// the merged bars and every derived series is rebuilt from them, or, when all the new history is older than what
    /// the base held, only the older part is aggregated and put before the bars it holds (its aggregator keeps its live
    /// state); without new history only slots new in this addition are fed.
    /// </summary>
    public void FeedBase(SymbolData symbol, Interval baseInterval, HistoryBuffer? history, IReadOnlySet<Interval> newIntervals)
    {
        var baseSlot = symbol.Slots[baseInterval];
        var hadBars = baseSlot.Series.Count > 0;

        // A new base promises no more than the start of the bar in progress at the clock: its stream starts there
        // (StartSessionStream), and a later promise would drop that first streamed bar as late in every aggregator.
        var watermark = hadBars ? baseSlot.Aggregator.Watermark : _calendar.StartOfBarInProgress(baseInterval, _nowUtc);
        var grows = history is { Count: > 0 };
        var baseSeries = baseSlot.Series;
        var held = baseSeries.HeldUnderGate();
        var olderOnly = grows && held.Length > 0 && HistoryMerge.AllBefore(history!.Bars, held[0].Start);

        var targets = symbol.Slots.Values
            .Where(s => s.BaseInterval == baseInterval && (grows || newIntervals.Contains(s.Interval)))
            .ToArray();

        // The base series takes a new buffer holding the merged bars (an empty series adopts the history's own array);
        // undo gives it back the old one, which the span over its bars (held) still reads.
        if (grows)
        {
            var (buffer, count) = HistoryMerge.MergeOrAdopt(history!, held, baseSeries.Capacity, baseInterval, _calendar.MaxIntradayMinutes());
            var previous = baseSeries.Replace(buffer, count);
            _undo.Add(() => baseSeries.Restore(previous));
        }

        var merged = baseSeries.HeldUnderGate();
        foreach (var target in targets)
        {
            if (newIntervals.Contains(target.Interval))
            {
                if (!target.IsBase)
                {
                    target.Series.EnsureCapacity(SeriesCapacity.For(target.Interval, baseInterval, merged, _calendar.MaxIntradayMinutes()));
                }

                Feed(target.Aggregator, DerivedHistory.FromFirstWholeBar(_calendar, baseInterval, target.Interval, merged), watermark);
                continue;
            }

            // Older history only: the base slot's aggregator passes bars through and holds nothing to redo; a derived
            // series gets the bars built from the older part put before those it holds whole.
            if (olderOnly && (target.IsBase || PrependOlder(target, baseInterval, merged, held[0].Start)))
            {
                continue;
            }

            // An existing slot whose base history grew: a new aggregator is fed the merged bars. The series keeps its
            // object (readers hold it): a base series was reset above, a derived one is refilled at once with the bars
            // the new aggregator delivered. Its indicators keep their state and follow the rebuilt aggregator.
            BarAggregator aggregator;
            if (target.IsBase)
            {
                aggregator = new BarAggregator(_calendar, baseInterval, target.Interval);
                Feed(aggregator, merged, watermark);
            }
            else
            {
                (aggregator, var rebuilt) = DerivedHistory.Rebuild(_calendar, baseInterval, target.Interval, merged, watermark);
                ReplaceBars(target, baseInterval, merged, [], CollectionsMarshal.AsSpan(rebuilt));
            }

            var fed = new IntervalSlot(target.Series, aggregator, _calendar) { IsStreaming = target.IsStreaming };
            foreach (var indicator in symbol.IndicatorsByKey.Values.Where(i => i.Spec.Interval == target.Interval))
            {
                fed.Aggregator.Subscribe(indicator.Indicator);
            }

            var replaced = target;
            _undo.Add(() => symbol.SetSlot(replaced));
            symbol.SetSlot(fed);
        }
    }

    /// <summary>
    /// Puts the bars built from the base's older history before the bars a derived series holds whole; false (nothing
    /// done) when it holds no bar known to be whole, or its aggregator dropped a late base bar the series' base holds.
    /// </summary>
    private bool PrependOlder(IntervalSlot target, Interval baseInterval, ReadOnlySpan<Bar> merged, DateTime firstHeldBaseStart)
    {
        var series = target.Series;
        var held = series.HeldUnderGate();
        var keepFrom = DerivedHistory.FirstKept(held, firstHeldBaseStart);
        if (keepFrom < 0 || target.Aggregator.LateBars > 0)
        {
            return false;
        }

        // The older bars go straight into the series' new buffer, sized as a rebuild would size it, the kept ones after.
        var kept = held[keepFrom..];
        var capacity = Math.Max(series.Capacity, SeriesCapacity.For(target.Interval, baseInterval, merged, _calendar.MaxIntradayMinutes()));
        var older = new BufferWriter(capacity);
        DerivedHistory.BuildOlder(_calendar, baseInterval, target.Interval, merged, kept[0].Start, older);
        if (older.Count + kept.Length > capacity)
        {
            ReplaceBars(target, baseInterval, merged, older.Bars, kept);
            return true;
        }

        kept.CopyTo(older.Buffer.AsSpan(older.Count));
        var previous = series.Replace(older.Buffer, older.Count + kept.Length);
        _undo.Add(() => series.Restore(previous));
        return true;
    }

    /// <summary>
    /// Gives a derived series a new buffer holding <paramref name="first"/> then <paramref name="then"/>, keeping the
    /// newest that fit in a series that keeps at least what the base bars build; undo gives it back the old buffer.
    /// </summary>
    private void ReplaceBars(IntervalSlot target, Interval baseInterval, ReadOnlySpan<Bar> baseBars, ReadOnlySpan<Bar> first, ReadOnlySpan<Bar> then)
    {
        var series = target.Series;
        var capacity = Math.Max(series.Capacity, SeriesCapacity.For(target.Interval, baseInterval, baseBars, _calendar.MaxIntradayMinutes()));
        var buffer = new Bar[capacity];
        var skip = Math.Max(0, first.Length + then.Length - capacity);
        var skipFirst = Math.Min(skip, first.Length);
        first[skipFirst..].CopyTo(buffer);
        then[(skip - skipFirst)..].CopyTo(buffer.AsSpan(first.Length - skipFirst));
        var previous = series.Replace(buffer, first.Length + then.Length - skip);
        _undo.Add(() => series.Restore(previous));
    }

    private static void Feed(BarAggregator aggregator, ReadOnlySpan<Bar> bars, DateTime watermark)
    {
        foreach (ref readonly var bar in bars)
        {
            aggregator.Push(in bar);
        }

        aggregator.AdvanceTo(watermark);
    }

    // Derived bars written into what becomes a series' buffer; grows (to a larger buffer) only past its capacity.
    private sealed class BufferWriter(int capacity) : IBarSubscriber
    {
        public Bar[] Buffer { get; private set; } = new Bar[capacity];

        public int Count { get; private set; }

        public ReadOnlySpan<Bar> Bars => Buffer.AsSpan(0, Count);

        public void Update(in Bar bar)
        {
            if (Count == Buffer.Length)
            {
                var grown = new Bar[Buffer.Length * 2];
                Bars.CopyTo(grown);
                Buffer = grown;
            }

            Buffer[Count++] = bar;
        }
    }
}
