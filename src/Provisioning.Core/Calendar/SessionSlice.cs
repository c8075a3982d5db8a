using System;
using System.Collections;
using System.Collections.Generic;

namespace Provisioning.Calendar;

/// <summary>A read-only window over a calendar's session array, so range queries do not copy.</summary>
internal sealed class SessionSlice : IReadOnlyList<TradingSession>
{
    private readonly TradingSession[] _sessions;
    private readonly int _offset;

    public SessionSlice(TradingSession[] sessions, int offset, int count)
    {
        _sessions = sessions;
        _offset = offset;
        Count = count;
    }

    public int Count { get; }

    public TradingSession this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The range holds {Count} sessions.");
            }

            return _sessions[_offset + index];
        }
    }

    public IEnumerator<TradingSession> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _sessions[_offset + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
