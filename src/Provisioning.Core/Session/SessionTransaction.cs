using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Session;

/// <summary>
/// The changes one addition makes to one symbol, gathered while its plan's steps run and applied to the session at
/// once by <see cref="Commit"/>. Until then the session does not see them, so a failed or cancelled addition leaves
/// the session exactly as it was: undoing it is dropping the transaction (and whatever the steps' own undo does). The
/// step handlers see it only as their <see cref="IStepWorkspace"/>.
/// </summary>
internal sealed class SessionTransaction : IStepWorkspace
{
    private readonly SessionData _session;
    private readonly ITradingCalendar _calendar;
    private readonly SymbolData? _existing;
    private readonly List<(Interval Interval, Interval? BuiltFrom)> _intervals = [];
    private readonly Dictionary<Interval, HistoryBuffer> _history = [];
    private readonly List<Interval> _streams = [];
    private readonly List<(RegisteredIndicator Registered, DateTime? WarmupFromUtc)> _indicators = [];
    private readonly List<Action> _undo = [];
    private readonly List<BarDeliveryException> _deliveryFaults = [];
    private readonly List<HistoryLoad> _historyLoads = [];
    private SymbolMetadata? _created;
    private ProvisionSource? _upgradedBy;
    private bool _committed;

    /// <summary>A transaction on <paramref name="symbol"/>, on its calendar (the one it is held on, or the one a new symbol is created on).</summary>
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

    /// <summary>Each history load of this addition, in the order they ran: the bars loaded against those expected.</summary>
    public IReadOnlyList<HistoryLoad> HistoryLoads => _historyLoads.ToArray();

    /// <summary>
    /// Told, after the commit released the symbol's lock, of each bar caught up from a pending stream on which a
    /// subscriber (an indicator) threw: the session counts it like a fault on a live bar.
    /// </summary>
    internal Action<BarDeliveryException>? OnDeliveryFault { get; init; }

    public void CreateSymbol(ProvisionSource addedBy, bool meetsSessionConfigRequirements, bool autoProvisioned)
    {
        if (_existing is not null)
        {
            throw new InvalidOperationException($"The session already has {Symbol}; the plan should upgrade it, not create it.");
        }

        _created = new SymbolMetadata(addedBy, meetsSessionConfigRequirements, autoProvisioned, UpgradedFromAdhoc: false, NowUtc, UpgradedAtUtc: null);
    }

    public void UpgradeSymbol(ProvisionSource addedBy) => _upgradedBy = addedBy;

    public void AddInterval(Interval interval, Interval? builtFrom)
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

    /// <summary>
    /// The end of the newest <paramref name="baseInterval"/> bar the symbol holds or this addition loaded; null when
    /// there is none. A stream started on a series that ends before the bar in progress (history only, loaded earlier in
    /// the day) resumes from here, so the bars between the two are not missed.
    /// </summary>
    public DateTime? HeldUntil(Interval baseInterval)
    {
        DateTime? end = null;
        if (_existing is not null && _existing.TryGetBars(baseInterval, out var series) && series.TryGetLast(out var last))
        {
            end = _calendar.EndUtc(baseInterval, last.Start);
        }

        if (_history.TryGetValue(baseInterval, out var loaded) && loaded.Count > 0)
        {
            var newestStart = DateTime.MinValue;
            foreach (ref readonly var bar in loaded.Bars)
            {
                newestStart = bar.Start > newestStart ? bar.Start : newestStart;
            }

            var newest = _calendar.EndUtc(baseInterval, newestStart);
            end = end is { } held && held > newest ? held : newest;
        }

        return end;
    }

    /// <inheritdoc />
    public HistoryBuffer NewHistory(Interval baseInterval, int expectedBars)
    {
        // Bars that will be merged into held bars, or appended to another load's, are copied at commit anyway: a pooled
        // array serves them and goes back. Otherwise the array is sized for the series, which adopts it.
        var merged = _history.ContainsKey(baseInterval)
            || (_existing is not null && _existing.TryGetBars(baseInterval, out var series) && series.Count > 0);
        return merged
            ? new HistoryBuffer(expectedBars, pooled: true)
            : new HistoryBuffer(expectedBars > 0 ? SeriesCapacity.ForBase(baseInterval, expectedBars, _calendar.MaxIntradayMinutes()) : 0);
    }

    /// <summary>Takes the bars of one history load; the transaction owns <paramref name="bars"/> from now on.</summary>
    public void AddHistory(Interval baseInterval, HistoryBuffer bars)
    {
        if (!_history.TryGetValue(baseInterval, out var held))
        {
            _history[baseInterval] = bars;
            return;
        }

        held.AddRange(bars.Bars);
        bars.Dispose();
    }

    /// <summary>Records what one history load read against what it expected, whether or not its bars are kept.</summary>
    public void RecordLoad(HistoryLoad load) => _historyLoads.Add(load);

    public void AddStream(Interval baseInterval)
    {
        if (!_streams.Contains(baseInterval))
        {
            _streams.Add(baseInterval);
        }
    }

    /// <inheritdoc />
    public void OpenPendingStream(Interval baseInterval) => _session.OpenPending(Symbol, baseInterval);

    /// <inheritdoc />
    public void DropPendingStream(Interval baseInterval) => _session.RemovePending(Symbol, baseInterval);

    /// <summary>Registers <paramref name="indicator"/> at commit, warmed on the symbol's bars from <paramref name="warmupFromUtc"/> (all of them when null).</summary>
    public void AddIndicator(IndicatorSpec spec, IIndicator indicator, DateTime? warmupFromUtc) =>
        _indicators.Add((new RegisteredIndicator(spec, indicator, Source, NowUtc), warmupFromUtc));

    /// <summary>
    /// Applies every change at once, under the symbol's lock: new series and aggregators, history pushed through the
    /// aggregators (rebuilding the derived series of a base whose history grew), indicators warmed on the same bars
    /// by the same code as live bars, streams marked, the symbol published, and bars the feed delivered meanwhile
    /// stitched on with no gap and no duplicate. When applying throws (an indicator that throws while it is warmed up),
    /// every change made to the symbol so far is undone before the exception leaves, so the symbol is as it was. Bars
    /// the feed delivered meanwhile are live bars: an indicator that throws on one is counted and skipped
    /// (<see cref="OnDeliveryFault"/>) and the bar stays in its series, exactly as when it arrives after the commit.
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
            _created ?? throw new InvalidOperationException($"The plan for new symbol {Symbol} did not create it."),
            _calendar);

        lock (symbol.Gate)
        {
            try
            {
                UndoOnThrow.Run(_undo, () => Apply(symbol));
            }
            finally
            {
                foreach (var history in _history.Values)
                {
                    history.Dispose();
                }

                _history.Clear();
            }
        }

        foreach (var fault in _deliveryFaults)
        {
            OnDeliveryFault?.Invoke(fault);
        }
    }

    // Every change below records its undo first, so a throw part-way can be taken back (the caller holds the gate).
    private void Apply(SymbolData symbol)
    {
        ApplyMetadata(symbol);
        foreach (var (interval, builtFrom) in _intervals.OrderBy(i => i.BuiltFrom is null ? 0 : 1).ThenBy(i => i.Interval))
        {
            AddSlot(symbol, interval, builtFrom);
        }

        var touchedBases = _intervals.Select(i => i.BuiltFrom ?? i.Interval).Concat(_history.Keys).Distinct().ToArray();
        var rebuilder = new SlotRebuilder(_calendar, _undo, NowUtc);
        var newIntervals = _intervals.Select(i => i.Interval).ToHashSet();
        foreach (var baseInterval in touchedBases)
        {
            rebuilder.FeedBase(symbol, baseInterval, _history.GetValueOrDefault(baseInterval), newIntervals);
        }

        // Each series keeps the quality of its latest load only (bounded: one report per series).
        foreach (var load in _historyLoads)
        {
            if (load.Quality is { } quality && symbol.Slots.TryGetValue(load.Interval, out var loadedSlot))
            {
                var before = loadedSlot.Quality;
                _undo.Add(() => loadedSlot.Quality = before);
                loadedSlot.Quality = quality;
            }
        }

        foreach (var (registered, warmupFrom) in _indicators)
        {
            var slot = symbol.Slots[registered.Spec.Interval];
            // The base series does not change while the indicator is warmed: it is read in place, not copied. Only the bars
            // of its warm-up window on are fed, whatever older bars the symbol holds, so the moment it is added and what
            // else the symbol loaded do not change its values.
            var baseBars = DerivedHistory.EndingAfter(_calendar, slot.BaseInterval, symbol.Slots[slot.BaseInterval].Series.HeldUnderGate(), warmupFrom);
            slot.Aggregator.Subscribe(registered.Indicator, DerivedHistory.FromFirstWholeBar(_calendar, slot.BaseInterval, slot.Interval, baseBars));
            _undo.Add(() => slot.Aggregator.Unsubscribe(registered.Indicator));
            var key = registered.Spec.Key;
            var replaced = symbol.IndicatorsByKey.TryGetValue(key, out var previous) ? previous : null;
            _undo.Add(() => symbol.RestoreIndicator(key, replaced));
            symbol.AddIndicator(registered);
        }

        foreach (var stream in _streams)
        {
            var slot = symbol.Slots[stream];
            var wasStreaming = slot.IsStreaming;
            _undo.Add(() => slot.IsStreaming = wasStreaming);
            slot.IsStreaming = true;
        }

        if (_existing is null)
        {
            _session.Publish(symbol);
            _undo.Add(() => _session.Unpublish(symbol));
        }

        // Joining the streams runs the live path and its policy: a bar taken from a pending stream goes to the series
        // and through the aggregators on its base, and a subscriber that throws on it is counted and skipped, as on a
        // live bar. Nothing here throws, so the catch-up is never undone: undoing it could not rewind the aggregators
        // the symbol already had, and would leave their derived series ahead of a base put back without those bars.
        foreach (var stream in _streams)
        {
            var baseSlot = symbol.Slots[stream];
            var caughtUp = _session.OpenPending(Symbol, stream).Close();
            foreach (var bar in caughtUp)
            {
                try
                {
                    symbol.AppendBaseBarUnderLock(baseSlot, bar);
                }
                catch (BarDeliveryException fault)
                {
                    _deliveryFaults.Add(fault);
                }
            }

            _session.RemovePending(Symbol, stream);
        }
    }

    private void ApplyMetadata(SymbolData symbol)
    {
        if (_upgradedBy is { } upgradedBy && !symbol.MetadataUnderLock.MeetsSessionConfigRequirements)
        {
            var before = symbol.MetadataUnderLock;
            _undo.Add(() => symbol.MetadataUnderLock = before);
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

        // A derived series is sized from its base's bars when the commit feeds it, and a base that takes loaded history
        // gets the history's buffer: either would drop a buffer of a session's bars allocated here, so theirs is a stub.
        var baseInterval = builtFrom ?? interval;
        var fedLater = builtFrom is not null || _history.GetValueOrDefault(interval) is { Count: > 0 };
        var series = new BarSeries(interval, builtFrom, fedLater ? 1 : SeriesCapacity.For(interval, baseInterval, [], _calendar.MaxIntradayMinutes()));
        _undo.Add(() => symbol.RemoveSlot(interval));
        symbol.SetSlot(new IntervalSlot(series, new BarAggregator(_calendar, baseInterval, interval), _calendar));
    }
}
