using System;
using System.Collections.Generic;
using System.Threading;

namespace Provisioning.Reporting;

/// <summary>
/// Entries kept for a session's report, oldest first. Bounded: past <see cref="Capacity"/> the oldest entry is dropped
/// and counted, so a long-running session keeps a fixed size. Thread-safe.
/// </summary>
/// <typeparam name="TEntry">What one entry holds.</typeparam>
internal abstract class BoundedJournal<TEntry>
{
    private readonly Queue<TEntry> _entries = new();
    private readonly Lock _gate = new();
    private long _dropped;

    protected BoundedJournal(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most entries kept.</summary>
    public int Capacity { get; }

    /// <summary>Entries dropped because the journal was full (oldest first).</summary>
    public long Dropped
    {
        get
        {
            lock (_gate)
            {
                return _dropped;
            }
        }
    }

    /// <summary>The entries kept, oldest first.</summary>
    public IReadOnlyList<TEntry> Entries()
    {
        lock (_gate)
        {
            return _entries.ToArray();
        }
    }

    /// <summary>Keeps <paramref name="entry"/>, dropping the oldest when the journal is full.</summary>
    protected void Add(TEntry entry)
    {
        lock (_gate)
        {
            if (_entries.Count == Capacity)
            {
                _entries.Dequeue();
                _dropped++;
            }

            _entries.Enqueue(entry);
        }
    }
}
