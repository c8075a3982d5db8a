using System;
using System.Collections.Generic;
using System.Threading;
using Provisioning.Intervals;

namespace Provisioning.Reporting;

/// <summary>
/// The streamed bars of one symbol that were refused as duplicates or came too late for a derived interval, listed for
/// the session report. Bounded: the first <see cref="Capacity"/> are kept, the rest only counted (the totals stay on
/// the symbol).
/// </summary>
internal sealed class RefusedBarLog
{
    /// <summary>The most bars listed per symbol.</summary>
    public const int Capacity = 200;

    private readonly List<RefusedBar> _bars = [];
    private readonly Lock _gate = new();
    private long _notListed;

    /// <summary>Refused bars past <see cref="Capacity"/>, counted but not listed.</summary>
    public long NotListed
    {
        get
        {
            lock (_gate)
            {
                return _notListed;
            }
        }
    }

    public void Record(RefusedBarKind kind, Interval interval, DateTime startUtc)
    {
        lock (_gate)
        {
            if (_bars.Count < Capacity)
            {
                _bars.Add(new RefusedBar(kind, interval, startUtc));
            }
            else
            {
                _notListed++;
            }
        }
    }

    /// <summary>The bars listed, in the order they were refused.</summary>
    public IReadOnlyList<RefusedBar> Listed()
    {
        lock (_gate)
        {
            return _bars.ToArray();
        }
    }
}

/// <summary>Why a streamed bar did not reach a series.</summary>
internal enum RefusedBarKind
{
    /// <summary>The series already held a bar at or after its start.</summary>
    Duplicate,

    /// <summary>It came after the derived interval (the one named) had closed its bucket.</summary>
    Late,
}

/// <summary>One refused bar: why, the interval it missed, and its start.</summary>
internal readonly record struct RefusedBar(RefusedBarKind Kind, Interval Interval, DateTime StartUtc);
