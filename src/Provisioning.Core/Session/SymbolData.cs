using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data;
using Provisioning.Data.Quality;
using Provisioning.Intervals;
using Provisioning.Reporting;
using Provisioning.State;

namespace Provisioning.Session;

/// <summary>
/// Everything the session holds for one symbol: its metadata, a bar series per interval and its indicators by key.
/// A symbol becomes visible only once its first addition has fully succeeded, and every later change to it is applied
/// at once under its lock, so a reader never sees it half provisioned.
/// </summary>
public sealed class SymbolData
{
    private readonly Dictionary<Interval, IntervalSlot> _slots = [];
    private readonly Dictionary<string, RegisteredIndicator> _indicators = new(StringComparer.Ordinal);
    private SymbolMetadata _metadata;
    private long _duplicateBars;
    private long _lateBars;

    // Moves whenever a slot is set or removed, so a route resolved before it is resolved again.
    private int _slotVersion;
    private (Interval Base, IntervalSlot[] Slots)? _onBase;
    private int _onBaseVersion;

    internal SymbolData(string symbol, SymbolMetadata metadata, ITradingCalendar calendar)
    {
        Symbol = symbol;
        _metadata = metadata;
        Calendar = calendar;
    }

    /// <summary>The normalised symbol.</summary>
    public string Symbol { get; }

    /// <summary>The calendar of the symbol's exchange, chosen when the symbol was added: its bars, warm-up and quality follow it.</summary>
    public ITradingCalendar Calendar { get; }

    /// <summary>Who added the symbol, when, and whether it meets the session config.</summary>
    public SymbolMetadata Metadata
    {
        get
        {
            lock (Gate)
            {
                return _metadata;
            }
        }
    }

    /// <summary>The intervals the symbol has bars of, ascending.</summary>
    public IReadOnlyList<Interval> Intervals
    {
        get
        {
            lock (Gate)
            {
                return _slots.Keys.Order().ToArray();
            }
        }
    }

    /// <summary>The indicators of the symbol, ordered by key.</summary>
    public IReadOnlyList<RegisteredIndicator> Indicators
    {
        get
        {
            lock (Gate)
            {
                return _indicators.Values.OrderBy(i => i.Spec.Key, StringComparer.Ordinal).ToArray();
            }
        }
    }

    /// <summary>Streamed bars refused because the series already held a bar at or after their start.</summary>
    public long DuplicateBars => Interlocked.Read(ref _duplicateBars);

    /// <summary>The session that published the symbol; null before it is published.</summary>
    internal SessionData? Owner { get; set; }

    /// <summary>
    /// Streamed base bars that came after a derived interval of this symbol had closed their bucket, once per derived
    /// interval they missed (the metrics' <c>provisioning.bars.late</c>).
    /// </summary>
    internal long LateBars => Interlocked.Read(ref _lateBars);

    /// <summary>The first duplicate and late bars, listed for the session report (bounded; the totals are above).</summary>
    internal RefusedBarLog RefusedBars { get; } = new();

    /// <summary>Serialises changes to the symbol and the delivery of its bars.</summary>
    internal Lock Gate { get; } = new();

    /// <summary>The bars of <paramref name="interval"/>; false when the symbol has none.</summary>
    public bool TryGetBars(Interval interval, [NotNullWhen(true)] out BarSeries? series)
    {
        lock (Gate)
        {
            series = _slots.TryGetValue(interval, out var slot) ? slot.Series : null;
            return series is not null;
        }
    }

    /// <summary>The indicator with <paramref name="key"/> (<c>sma(20)@5m</c>); false when the symbol has none.</summary>
    public bool TryGetIndicator(string key, [NotNullWhen(true)] out RegisteredIndicator? indicator)
    {
        lock (Gate)
        {
            return _indicators.TryGetValue(key, out indicator);
        }
    }

    /// <summary>The state the planner compares requirements against.</summary>
    internal SymbolState ToState()
    {
        lock (Gate)
        {
            return new SymbolState(
                Symbol,
                _metadata.AddedBy,
                _metadata.MeetsSessionConfigRequirements,
                _metadata.AutoProvisioned,
                _metadata.UpgradedFromAdhoc,
                new EquatableArray<IntervalState>(_slots.Values.OrderBy(s => s.Interval).Select(s => s.ToState())),
                new EquatableArray<string>(_indicators.Keys.Order(StringComparer.Ordinal)));
        }
    }

    /// <summary>
    /// Takes one streamed base bar: appends it and delivers it to the aggregators built on its interval. False when the
    /// symbol has no streaming base series of that interval (a history-only series takes no live bar, such as one still
    /// queued for a subscription that a failed addition undid); a duplicate is counted in <see cref="DuplicateBars"/>.
    /// </summary>
    internal bool OnBaseBar(Interval baseInterval, in Bar bar)
    {
        lock (Gate)
        {
            if (!_slots.TryGetValue(baseInterval, out var baseSlot) || !baseSlot.IsBase || !baseSlot.IsStreaming)
            {
                return false;
            }

            AppendBaseBarUnderLock(baseSlot, bar);
            return true;
        }
    }

    /// <summary>
    /// As <see cref="OnBaseBar(Interval, in Bar)"/>, and returns the route a subscription keeps for its next bars,
    /// valid while the session stays at <paramref name="sessionGeneration"/> and this symbol's slots do not change.
    /// </summary>
    internal bool OnBaseBar(Interval baseInterval, in Bar bar, int sessionGeneration, [NotNullWhen(true)] out SymbolRoute? route)
    {
        lock (Gate)
        {
            if (!_slots.TryGetValue(baseInterval, out var baseSlot) || !baseSlot.IsBase || !baseSlot.IsStreaming)
            {
                route = null;
                return false;
            }

            route = new SymbolRoute(this, baseSlot, SlotsOn(baseInterval), sessionGeneration, _slotVersion);
            AppendBaseBar(baseSlot, route.OnBase, bar);
            return true;
        }
    }

    /// <summary>
    /// Takes one streamed base bar by a route resolved earlier; false, touching nothing, when the route is stale (the
    /// symbol was taken out of its session or republished, its slots changed, or its base stopped streaming).
    /// </summary>
    internal bool OnRoutedBar(SymbolRoute route, in Bar bar)
    {
        lock (Gate)
        {
            if (route.SlotVersion != _slotVersion || Owner is not { } owner || owner.Generation != route.SessionGeneration || !route.BaseSlot.IsStreaming)
            {
                return false;
            }

            AppendBaseBar(route.BaseSlot, route.OnBase, bar);
            return true;
        }
    }

    // Under Gate: the slots whose aggregators take base bars of baseInterval, in the order the slots are kept; the last
    // answer is kept until the slots change, so a catch-up appending bar by bar does not build it each time.
    private IntervalSlot[] SlotsOn(Interval baseInterval)
    {
        if (_onBase is { } kept && _onBaseVersion == _slotVersion && kept.Base == baseInterval)
        {
            return kept.Slots;
        }

        var count = 0;
        foreach (var slot in _slots.Values)
        {
            if (slot.BaseInterval == baseInterval)
            {
                count++;
            }
        }

        var onBase = new IntervalSlot[count];
        count = 0;
        foreach (var slot in _slots.Values)
        {
            if (slot.BaseInterval == baseInterval)
            {
                onBase[count++] = slot;
            }
        }

        _onBase = (baseInterval, onBase);
        _onBaseVersion = _slotVersion;
        return onBase;
    }

    /// <summary>
    /// Appends a base bar and pushes it to the aggregators on its interval; the caller holds <see cref="Gate"/>. A
    /// subscriber that throws does not keep the bar from the other aggregators: the first fault is thrown afterwards as a
    /// <see cref="BarDeliveryException"/>.
    /// </summary>
    internal void AppendBaseBarUnderLock(IntervalSlot baseSlot, in Bar bar) => AppendBaseBar(baseSlot, SlotsOn(baseSlot.Interval), bar);

    // Under Gate: onBase are the slots built on baseSlot's interval.
    private void AppendBaseBar(IntervalSlot baseSlot, IntervalSlot[] onBase, in Bar bar)
    {
        if (!baseSlot.Series.Append(bar))
        {
            Interlocked.Increment(ref _duplicateBars);
            RefusedBars.Record(RefusedBarKind.Duplicate, baseSlot.Interval, bar.Start);
            return;
        }

        var sink = WatchingSink();
        sink?.OnClosed(Symbol, baseSlot.Interval, bar);
        var derived = sink is null ? null : DerivedNewestBars(slot => !slot.IsBase && slot.BaseInterval == baseSlot.Interval);
        BarDeliveryException? fault = null;
        foreach (var slot in onBase)
        {
            var aggregator = slot.Aggregator;
            var lateBefore = aggregator.LateBars;
            try
            {
                aggregator.Push(bar);
            }
            catch (Exception exception)
            {
                fault ??= new BarDeliveryException(Symbol, slot.Interval, bar.Start, exception);
            }

            // Kept here as well as in the aggregator, which a rebuilt slot replaces, so the total only grows.
            if (aggregator.LateBars != lateBefore)
            {
                Interlocked.Add(ref _lateBars, aggregator.LateBars - lateBefore);
                RefusedBars.Record(RefusedBarKind.Late, slot.Interval, bar.Start);
            }
        }

        ReportClosed(sink, derived);
        if (fault is not null)
        {
            throw fault;
        }
    }

    /// <summary>Tells every aggregator that no base bar starting before <paramref name="utc"/> will arrive.</summary>
    internal void AdvanceTo(DateTime utc) => Advance(utc, static _ => true);

    /// <summary>
    /// Tells the aggregators of the derived intervals built on <paramref name="baseInterval"/> that no base bar starting
    /// before <paramref name="utc"/> will arrive (a live session's bar-close tick). Base series and their pass-through
    /// aggregators are left alone, so a base bar that comes later still reaches its own series and indicators.
    /// </summary>
    internal void AdvanceDerivedTo(Interval baseInterval, DateTime utc) =>
        Advance(utc, slot => !slot.IsBase && slot.BaseInterval == baseInterval);

    private void Advance(DateTime utc, Func<IntervalSlot, bool> advances)
    {
        lock (Gate)
        {
            var sink = WatchingSink();
            var derived = sink is null ? null : DerivedNewestBars(slot => !slot.IsBase && advances(slot));
            BarDeliveryException? fault = null;
            foreach (var slot in _slots.Values)
            {
                if (!advances(slot))
                {
                    continue;
                }

                try
                {
                    slot.Aggregator.AdvanceTo(utc);
                }
                catch (Exception exception)
                {
                    fault ??= new BarDeliveryException(Symbol, slot.Interval, utc, exception);
                }
            }

            ReportClosed(sink, derived);
            if (fault is not null)
            {
                throw fault;
            }
        }
    }

    private IClosedBarSink? WatchingSink() => Owner?.ClosedBars is { } sink && sink.Watches(Symbol) ? sink : null;

    // The derived slots a push may close bars in, shortest interval first, each with the start of its newest bar: the
    // bars after it once the push is done are the ones it closed (a rebuild or warm-up never goes through here).
    private (IntervalSlot Slot, DateTime NewestStart)[] DerivedNewestBars(Func<IntervalSlot, bool> which)
    {
        var list = new List<(IntervalSlot, DateTime)>();
        foreach (var slot in _slots.Values)
        {
            if (which(slot))
            {
                list.Add((slot, slot.Series.TryGetLast(out var last) ? last.Start : DateTime.MinValue));
            }
        }

        list.Sort(static (a, b) => a.Item1.Interval.CompareTo(b.Item1.Interval));
        return [.. list];
    }

    private void ReportClosed(IClosedBarSink? sink, (IntervalSlot Slot, DateTime NewestStart)[]? derived)
    {
        if (sink is null || derived is null)
        {
            return;
        }

        foreach (var (slot, newestStart) in derived)
        {
            if (!slot.Series.TryGetLast(out var last) || last.Start <= newestStart)
            {
                continue;
            }

            // Usually one bar; a clock tick or a gap in the base may close several.
            var series = slot.Series;
            var first = series.Count - 1;
            while (first > 0 && series[first - 1].Start > newestStart)
            {
                first--;
            }

            for (var i = first; i < series.Count; i++)
            {
                sink.OnClosed(Symbol, slot.Interval, series[i]);
            }
        }
    }

    // The members below are called by the provisioning commit, which holds Gate.
    internal SymbolMetadata MetadataUnderLock
    {
        get => _metadata;
        set => _metadata = value;
    }

    internal IReadOnlyDictionary<Interval, IntervalSlot> Slots => _slots;

    /// <summary>The quality of the latest history load of <paramref name="interval"/>; null when none was measured.</summary>
    internal HistoricalQualityReport? QualityOf(Interval interval)
    {
        lock (Gate)
        {
            return _slots.TryGetValue(interval, out var slot) ? slot.Quality : null;
        }
    }

    internal IReadOnlyDictionary<string, RegisteredIndicator> IndicatorsByKey => _indicators;

    internal void SetSlot(IntervalSlot slot)
    {
        _slots[slot.Interval] = slot;
        _slotVersion++;
    }

    internal void AddIndicator(RegisteredIndicator indicator) => _indicators[indicator.Spec.Key] = indicator;

    internal void RemoveSlot(Interval interval)
    {
        _slots.Remove(interval);
        _slotVersion++;
    }

    /// <summary>Puts back the indicator <paramref name="key"/> had before a failed commit; none when it had none.</summary>
    internal void RestoreIndicator(string key, RegisteredIndicator? previous)
    {
        if (previous is null)
        {
            _indicators.Remove(key);
        }
        else
        {
            _indicators[key] = previous;
        }
    }
}
