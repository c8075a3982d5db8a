using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Provisioning.Data.Feeds;
using Provisioning.Intervals;
using Provisioning.State;

namespace Provisioning.Session;

/// <summary>
/// The thread-safe registry of the symbols of a trading session. Symbols appear here only once fully provisioned.
/// </summary>
public sealed class SessionData
{
    private readonly ConcurrentDictionary<string, SymbolData> _symbols = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Symbol, Interval Interval), PendingStream> _pending = new();
    private long _unroutedBars;

    // How many pending streams are open: delivery skips their lookup (a hash of the symbol) when none is.
    private int _pendingCount;

    // Moves on every publish and unpublish, so a route resolved before it is resolved again.
    private int _generation;

    /// <summary>The symbols of the session, in ordinal order.</summary>
    public IReadOnlyList<SymbolData> Symbols => _symbols.Values.OrderBy(s => s.Symbol, StringComparer.Ordinal).ToArray();

    /// <summary>The number of symbols.</summary>
    public int Count => _symbols.Count;

    /// <summary>The data of <paramref name="symbol"/> (normalised, upper case); false when the session does not have it.</summary>
    public bool TryGetSymbol(string symbol, [NotNullWhen(true)] out SymbolData? data) => _symbols.TryGetValue(symbol, out data);

    /// <summary>A snapshot of the whole session, for planning and reports.</summary>
    internal SessionStateSnapshot Snapshot() => new(_symbols.Values.Select(s => s.ToState()));

    /// <summary>A snapshot holding only <paramref name="symbol"/> (empty when the session does not have it): all one addition needs.</summary>
    internal SessionStateSnapshot Snapshot(string symbol) =>
        _symbols.TryGetValue(symbol, out var data) ? SessionStateSnapshot.Empty.With(data.ToState()) : SessionStateSnapshot.Empty;

    /// <summary>Feed bars that matched no symbol or series of the session (a subscription ended, or a bug).</summary>
    public long UnroutedBars => Interlocked.Read(ref _unroutedBars);

    /// <summary>Routes one feed bar to its symbol's series, or to the pending stream of an addition not yet committed.</summary>
    internal void Deliver(in FeedBar bar)
    {
        if (Volatile.Read(ref _pendingCount) > 0 && _pending.TryGetValue((bar.Symbol, bar.Interval), out var pending) && pending.TryEnqueue(bar.Bar))
        {
            return;
        }

        if (_symbols.TryGetValue(bar.Symbol, out var symbol) && symbol.OnBaseBar(bar.Interval, bar.Bar))
        {
            return;
        }

        Interlocked.Increment(ref _unroutedBars);
    }

    /// <summary>
    /// Routes one bar of <paramref name="source"/>'s subscription by the route kept on it, resolving (and keeping) it
    /// again when the session or the symbol changed since, or when an addition's pending stream may take the bar.
    /// </summary>
    internal void Deliver(in FeedBar bar, ReplayStream source)
    {
        if (Volatile.Read(ref _pendingCount) == 0 && source.DeliveryRoute is SymbolRoute route && route.Symbol.OnRoutedBar(route, bar.Bar))
        {
            return;
        }

        if (Volatile.Read(ref _pendingCount) > 0 && _pending.TryGetValue((bar.Symbol, bar.Interval), out var pending) && pending.TryEnqueue(bar.Bar))
        {
            return;
        }

        var generation = Volatile.Read(ref _generation);
        if (_symbols.TryGetValue(bar.Symbol, out var symbol) && symbol.OnBaseBar(bar.Interval, bar.Bar, generation, out var resolved))
        {
            source.DeliveryRoute = resolved;
            return;
        }

        source.DeliveryRoute = null;
        Interlocked.Increment(ref _unroutedBars);
    }

    /// <summary>The generation of the session's symbols: it moves whenever one is published or taken back.</summary>
    internal int Generation => Volatile.Read(ref _generation);

    /// <summary>Starts keeping the feed's bars of a subscription until the addition that made it commits or is undone.</summary>
    internal PendingStream OpenPending(string symbol, Interval interval)
    {
        var key = (symbol, interval);
        if (_pending.TryGetValue(key, out var open))
        {
            return open;
        }

        // Counted before it is visible, so a bar routed once it is never skips the lookup.
        Interlocked.Increment(ref _pendingCount);
        var added = new PendingStream();
        var kept = _pending.GetOrAdd(key, added);
        if (!ReferenceEquals(kept, added))
        {
            Interlocked.Decrement(ref _pendingCount);
        }

        return kept;
    }

    /// <summary>Stops keeping a subscription's bars.</summary>
    internal void RemovePending(string symbol, Interval interval)
    {
        if (_pending.TryRemove((symbol, interval), out _))
        {
            Interlocked.Decrement(ref _pendingCount);
        }
    }

    /// <summary>The reference counts: per symbol, what each requester's additions hold.</summary>
    internal HoldLedger Holds { get; } = new();

    /// <summary>Where symbols report the bars their live path closes (the session's strategies); none when null.</summary>
    internal IClosedBarSink? ClosedBars { get; set; }

    internal void Publish(SymbolData symbol)
    {
        symbol.Owner = this;
        if (!_symbols.TryAdd(symbol.Symbol, symbol))
        {
            throw new InvalidOperationException($"Symbol {symbol.Symbol} is already in the session; additions for one symbol must be serialised.");
        }

        Interlocked.Increment(ref _generation);
    }

    /// <summary>Takes back a symbol published by a commit that then failed.</summary>
    internal void Unpublish(SymbolData symbol)
    {
        _symbols.TryRemove(new KeyValuePair<string, SymbolData>(symbol.Symbol, symbol));
        Interlocked.Increment(ref _generation);
    }
}
