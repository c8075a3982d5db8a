using System;
using System.Collections.Generic;
using Provisioning.Intervals;
using Provisioning.Steps;

namespace Provisioning.Session;

/// <summary>
/// The changes one removal makes to one symbol, staged while its plan's steps run and applied at once by
/// <see cref="Commit"/> under the symbol's lock: indicators detached from their aggregators, streams marked off, series
/// (with their aggregators and bars) and the symbol taken out of the session, so their memory can be reclaimed. Until
/// then the session does not see them: a failed removal is undone by dropping the transaction.
/// </summary>
internal sealed class RemovalTransaction(SessionData session, SymbolData symbol) : IRemovalWorkspace
{
    private readonly List<string> _indicators = [];
    private readonly List<Interval> _streams = [];
    private readonly List<Interval> _intervals = [];
    private readonly List<Action> _undo = [];
    private bool _dropSymbol;

    /// <inheritdoc />
    public string Symbol => symbol.Symbol;

    /// <summary>The base intervals whose streams stop: unsubscribed from the feed after the commit.</summary>
    public IReadOnlyList<Interval> Streams => _streams;

    /// <inheritdoc />
    public bool HasIndicator(string key) => symbol.TryGetIndicator(key, out _);

    /// <inheritdoc />
    public bool HasInterval(Interval interval) => symbol.TryGetBars(interval, out _);

    /// <inheritdoc />
    public void UnregisterIndicator(string key) => _indicators.Add(key);

    /// <inheritdoc />
    public void StopStream(Interval interval) => _streams.Add(interval);

    /// <inheritdoc />
    public void DropInterval(Interval interval) => _intervals.Add(interval);

    /// <inheritdoc />
    public void DropSymbol() => _dropSymbol = true;

    /// <summary>
    /// Applies every staged change at once under the symbol's lock; a change that throws takes back those made before it,
    /// so the symbol is as it was when the exception leaves.
    /// </summary>
    internal void Commit()
    {
        lock (symbol.Gate)
        {
            UndoOnThrow.Run(_undo, Apply);
        }
    }

    // Every change records its undo first (the caller holds the gate).
    private void Apply()
    {
        foreach (var key in _indicators)
        {
            if (!symbol.IndicatorsByKey.TryGetValue(key, out var registered))
            {
                throw new InvalidOperationException($"{Symbol} has no indicator {key} to unregister.");
            }

            if (symbol.Slots.TryGetValue(registered.Spec.Interval, out var slot))
            {
                slot.Aggregator.Unsubscribe(registered.Indicator);
                _undo.Add(() => slot.Aggregator.Subscribe(registered.Indicator));
            }

            _undo.Add(() => symbol.RestoreIndicator(key, registered));
            symbol.RestoreIndicator(key, null);
        }

        foreach (var interval in _streams)
        {
            var slot = symbol.Slots[interval];
            var was = slot.IsStreaming;
            _undo.Add(() => slot.IsStreaming = was);
            slot.IsStreaming = false;
        }

        foreach (var interval in _intervals)
        {
            var slot = symbol.Slots[interval];
            _undo.Add(() => symbol.SetSlot(slot));
            symbol.RemoveSlot(interval);
        }

        if (_dropSymbol)
        {
            session.Unpublish(symbol);
            _undo.Add(() => session.Publish(symbol));
        }
    }
}
