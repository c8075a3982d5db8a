using System;
using System.Collections.Generic;
using System.Threading;
using Provisioning.Execution;

namespace Provisioning.Reporting;

/// <summary>
/// The finished additions of a session with the session time each ended, kept for its report. Bounded: past
/// <see cref="Capacity"/> the oldest entries are dropped and counted, so a long-running session keeps a fixed size.
/// </summary>
internal sealed class AdditionJournal
{
    /// <summary>The most entries kept by default (a day of scanners adding symbols stays far below it).</summary>
    public const int DefaultCapacity = 4096;

    private readonly Queue<JournalEntry> _entries = new();
    private readonly Lock _gate = new();
    private long _dropped;

    public AdditionJournal(int capacity = DefaultCapacity)
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

    /// <summary>Records a finished addition.</summary>
    public void Record(AdditionResult result, DateTime endedAtUtc)
    {
        lock (_gate)
        {
            if (_entries.Count == Capacity)
            {
                _entries.Dequeue();
                _dropped++;
            }

            _entries.Enqueue(new JournalEntry(result, endedAtUtc));
        }
    }

    /// <summary>The entries kept, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries()
    {
        lock (_gate)
        {
            return _entries.ToArray();
        }
    }
}

/// <summary>One finished addition and the session time it ended.</summary>
internal readonly record struct JournalEntry(AdditionResult Result, DateTime EndedAtUtc);
