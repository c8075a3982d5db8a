using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Session;

/// <summary>
/// The changes one addition makes to one symbol, gathered while its plan's steps run and applied to the session at
/// once by <see cref="Commit"/>. Until then the session does not see them, so a failed or cancelled addition leaves
/// the session exactly as it was: undoing it is dropping the transaction (and whatever the steps' own undo does).
/// </summary>
public sealed class SessionTransaction
{
    private readonly SessionData _session;
    private readonly ITradingCalendar _calendar;
    private readonly SymbolData? _existing;
    private readonly List<(Interval Interval, Interval? BuiltFrom)> _intervals = [];
    private readonly Dictionary<Interval, List<Bar>> _history = [];
    private readonly List<Interval> _streams = [];
    private readonly List<RegisteredIndicator> _indicators = [];
    private SymbolMetadata? _created;
    private ProvisionSource? _upgradedBy;
    private bool _committed;

    internal SessionTransaction(SessionData session, ITradingCalendar calendar, string symbol, ProvisionSource source, DateTime nowUtc)
    {
        _session = session;
        _calendar = calendar;
        Symbol = symbol;
        Source = source;
        NowUtc = nowUtc;
        session.TryGetSymbol(symbol, out _existing);
    }

    /// <summary>The symbol the addition provisions.</summary>
    public string Symbol { get; }

    /// <summary>Who asked for the addition.</summary>
    public ProvisionSource Source { get; }

    /// <summary>The session clock when the addition was analysed: history ends and streams start here.</summary>
    public DateTime NowUtc { get; }

    /// <summary>True when the session already had the symbol when the addition started.</summary>
    public bool SymbolExisted => _existing is not null;

    /// <summary>The base intervals this addition starts streaming.</summary>
    public IReadOnlyList<Interval> Streams => _streams;

    /// <summary>The bars of history this addition loaded, per base interval.</summary>
    public IReadOnlyDictionary<Interval, int> HistoryBars => _history.ToDictionary(h => h.Key, h => h.Value.Count);

    internal void CreateSymbol(ProvisionSource addedBy, bool meetsSessionConfigRequirements, bool autoProvisioned)
    {
        if (_existing is not null)
        {
            throw new InvalidOperationException($"The session already has {Symbol}; the plan should upgrade it, not create it.");
        }

        _created = new SymbolMetadata(addedBy, meetsSessionConfigRequirements, autoProvisioned, UpgradedFromAdhoc: false, NowUtc, UpgradedAtUtc: null);
    }

    internal void UpgradeSymbol(ProvisionSource addedBy) => _upgradedBy = addedBy;

    internal void AddInterval(Interval interval, Interval? builtFrom)
    {
        if (!HasInterval(interval))
        {
            _intervals.Add((interval, builtFrom));
        }
    }

    /// <summary>True when the symbol has, or this addition adds, bars of <paramref name="interval"/>.</summary>
    public bool HasInterval(Interval interval) =>
        _intervals.Any(i => i.Interval == interval) || (_existing?.TryGetBars(interval, out _) ?? false);

    /// <summary>The base <paramref name="interval"/> is built from in this symbol (itself for a base); null when unknown.</summary>
    public Interval? BaseOf(Interval interval)
    {
        foreach (var (added, builtFrom) in _intervals)
        {
            if (added == interval)
            {
                return builtFrom ?? added;
            }
        }

        return _existing is not null && _existing.TryGetBars(interval, out var series) ? series.BuiltFrom ?? interval : null;
    }

    internal void AddHistory(Interval baseInterval, IEnumerable<Bar> bars)
    {
        if (!_history.TryGetValue(baseInterval, out var list))
        {
            list = [];
            _history[baseInterval] = list;
        }

        list.AddRange(bars);
    }

    internal void AddStream(Interval baseInterval)
    {
        if (!_streams.Contains(baseInterval))
        {
            _streams.Add(baseInterval);
        }
    }

    internal void AddIndicator(IndicatorSpec spec, IIndicator indicator) =>
        _indicators.Add(new RegisteredIndicator(spec, indicator, Source, NowUtc));

    /// <summary>
    /// Applies every change at once, under the symbol's lock: new series and aggregators, history pushed through the
    /// aggregators (rebuilding the derived series of a base whose history grew), indicators warmed on the same bars
    /// by the same code as live bars, streams marked, the symbol published, and bars the feed delivered meanwhile
    /// stitched on with no gap and no duplicate.
    /// </summary>
    internal void Commit()
    {
        if (_committed)
        {
            throw new InvalidOperationException("A transaction commits once.");
        }

        _committed = true;
        var symbol = _existing ?? new SymbolData(
            Symbol,
            _created ?? throw new InvalidOperationException($"The plan for new symbol {Symbol} did not create it."));

        lock (symbol.Gate)
        {
            ApplyMetadata(symbol);
            foreach (var (interval, builtFrom) in _intervals.OrderBy(i => i.BuiltFrom is null ? 0 : 1).ThenBy(i => i.Interval))
            {
                AddSlot(symbol, interval, builtFrom);
            }

            var touchedBases = _intervals.Select(i => i.BuiltFrom ?? i.Interval).Concat(_history.Keys).Distinct().ToArray();
            foreach (var baseInterval in touchedBases)
            {
                FeedBase(symbol, baseInterval);
            }

            foreach (var registered in _indicators)
            {
                var slot = symbol.Slots[registered.Spec.Interval];
                var baseBars = symbol.Slots[slot.BaseInterval].Series.ToArray();
                slot.Aggregator.Subscribe(registered.Indicator, baseBars);
                symbol.AddIndicator(registered);
            }

            foreach (var stream in _streams)
            {
                symbol.Slots[stream].IsStreaming = true;
            }

            if (_existing is null)
            {
                _session.Publish(symbol);
            }

            foreach (var stream in _streams)
            {
                var caughtUp = _session.OpenPending(Symbol, stream).Close();
                var baseSlot = symbol.Slots[stream];
                foreach (var bar in caughtUp)
                {
                    symbol.AppendBaseBarUnderLock(baseSlot, bar);
                }

                _session.RemovePending(Symbol, stream);
            }
        }
    }

    private void ApplyMetadata(SymbolData symbol)
    {
        if (_upgradedBy is { } upgradedBy && !symbol.MetadataUnderLock.MeetsSessionConfigRequirements)
        {
            symbol.MetadataUnderLock = symbol.MetadataUnderLock with
            {
                AddedBy = upgradedBy,
                MeetsSessionConfigRequirements = true,
                UpgradedFromAdhoc = true,
                UpgradedAtUtc = NowUtc,
            };
        }
    }

    private void AddSlot(SymbolData symbol, Interval interval, Interval? builtFrom)
    {
        if (symbol.Slots.ContainsKey(interval))
        {
            return;
        }

        var baseInterval = builtFrom ?? interval;
        var series = new BarSeries(interval, builtFrom, SeriesCapacity.For(interval, baseInterval, baseBars: 0));
        symbol.SetSlot(new IntervalSlot(series, new BarAggregator(_calendar, baseInterval, interval), _calendar));
    }

    /// <summary>
    /// Brings every slot built on <paramref name="baseInterval"/> up to date: with new history, the base series and
    /// all its aggregators are rebuilt from the merged bars; otherwise only slots new in this addition are fed.
    /// </summary>
    private void FeedBase(SymbolData symbol, Interval baseInterval)
    {
        var baseSlot = symbol.Slots[baseInterval];
        var hadBars = baseSlot.Series.Count > 0;
        var watermark = hadBars ? baseSlot.Aggregator.Watermark : NowUtc;
        var grows = _history.TryGetValue(baseInterval, out var history) && history.Count > 0;
        var merged = grows ? Merge(history!, baseSlot.Series.ToArray()) : baseSlot.Series.ToArray();

        var newIntervals = _intervals.Select(i => i.Interval).ToHashSet();
        var targets = symbol.Slots.Values
            .Where(s => s.BaseInterval == baseInterval && (grows || newIntervals.Contains(s.Interval)))
            .ToArray();

        if (grows)
        {
            baseSlot.Series.EnsureCapacity(SeriesCapacity.For(baseInterval, baseInterval, merged.Length));
            baseSlot.Series.Reset(merged);
        }

        foreach (var target in targets)
        {
            var fed = target;
            if (!newIntervals.Contains(target.Interval))
            {
                // An existing slot whose base history grew: rebuild it from the merged bars (a base series keeps its
                // object, already reset above). Its indicators keep their state and follow the rebuilt aggregator.
                var series = target.IsBase
                    ? target.Series
                    : new BarSeries(target.Interval, baseInterval, SeriesCapacity.For(target.Interval, baseInterval, merged.Length));
                fed = new IntervalSlot(series, new BarAggregator(_calendar, baseInterval, target.Interval), _calendar)
                {
                    IsStreaming = target.IsStreaming,
                };
            }
            else if (!target.IsBase)
            {
                target.Series.EnsureCapacity(SeriesCapacity.For(target.Interval, baseInterval, merged.Length));
            }

            foreach (var bar in merged)
            {
                fed.Aggregator.Push(bar);
            }

            fed.Aggregator.AdvanceTo(watermark);
            if (!ReferenceEquals(fed, target))
            {
                foreach (var indicator in symbol.IndicatorsByKey.Values.Where(i => i.Spec.Interval == target.Interval))
                {
                    fed.Aggregator.Subscribe(indicator.Indicator);
                }

                symbol.SetSlot(fed);
            }
        }
    }

    private static Bar[] Merge(List<Bar> history, Bar[] held)
    {
        var all = new List<Bar>(history.Count + held.Length);
        all.AddRange(history);
        all.AddRange(held);
        all.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<Bar>(all.Count);
        foreach (var bar in all)
        {
            if (merged.Count == 0 || bar.Start > merged[^1].Start)
            {
                merged.Add(bar);
            }
        }

        return [.. merged];
    }
}
