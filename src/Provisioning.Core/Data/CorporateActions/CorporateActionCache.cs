using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Data.Store;
using Provisioning.Symbols;

namespace Provisioning.Data.CorporateActions;

/// <summary>
/// A store's corporate-action tables, each parsed once per version of its files: every read still asks the source
/// for the files' versions (length and write time, or an object's ETag and size), and a table is parsed again only
/// when they changed. One addition reads its symbol's table for Step 0's availability, its corporate-action check and
/// each history load; they share one parse. Bounded: past <see cref="Capacity"/> symbols the table read longest ago
/// is dropped. A table whose files could not be inspected or read is not kept, so the next read tries again.
/// Thread-safe.
/// </summary>
internal sealed class CorporateActionCache
{
    /// <summary>The most symbols kept by default (a session's universe and a day of scanners stay below it).</summary>
    public const int DefaultCapacity = 1024;

    private readonly IBarFileSource _source;
    private readonly Dictionary<string, LinkedListNode<Entry>> _bySymbol = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byAge = new();
    private readonly Lock _gate = new();
    private long _parses;

    /// <summary>A cache of the tables <paramref name="source"/> holds, keeping at most <paramref name="capacity"/> symbols.</summary>
    public CorporateActionCache(IBarFileSource source, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _source = source;
        Capacity = capacity;
    }

    /// <summary>The most symbols kept.</summary>
    public int Capacity { get; }

    /// <summary>How many symbols' tables are kept.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _bySymbol.Count;
            }
        }
    }

    /// <summary>How many times table files were parsed rather than answered from the cache.</summary>
    public long Parses => Interlocked.Read(ref _parses);

    /// <summary>The table of <paramref name="symbol"/>: the one kept when its files are unchanged, else parsed now.</summary>
    public async ValueTask<CorporateActionTable> ReadAsync(string symbol, CancellationToken cancellationToken)
    {
        if (!SymbolName.TryNormalize(symbol, out var normalized, out var reason))
        {
            return CorporateActionReader.NotASymbol(_source, symbol, reason);
        }

        var files = await CorporateActionReader.FindAsync(_source, normalized, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (_bySymbol.TryGetValue(normalized, out var node) && node.Value.Files == files)
            {
                _byAge.Remove(node);
                _byAge.AddLast(node);
                return node.Value.Table;
            }
        }

        if (files.Any)
        {
            Interlocked.Increment(ref _parses);
        }

        var (table, complete) = await CorporateActionReader.ParseAsync(_source, normalized, files, cancellationToken).ConfigureAwait(false);
        if (complete)
        {
            Keep(normalized, new Entry(normalized, files, table));
        }

        return table;
    }

    /// <summary>Drops every table kept.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _bySymbol.Clear();
            _byAge.Clear();
        }
    }

    private void Keep(string symbol, Entry entry)
    {
        lock (_gate)
        {
            if (_bySymbol.Remove(symbol, out var stale))
            {
                _byAge.Remove(stale);
            }

            _bySymbol[symbol] = _byAge.AddLast(entry);
            while (_bySymbol.Count > Capacity)
            {
                var oldest = _byAge.First!;
                _byAge.RemoveFirst();
                _bySymbol.Remove(oldest.Value.Symbol);
            }
        }
    }

    private sealed record Entry(string Symbol, ActionTableFiles Files, CorporateActionTable Table);
}
