using System;
using System.Buffers;
using Provisioning.Data;

namespace Provisioning.Steps;

/// <summary>
/// The bars one history load read for an addition, oldest first, in an array rented from the shared pool: the commit
/// merges them into the base series and gives the array back. An addition that never commits drops it to the collector.
/// </summary>
internal sealed class HistoryBuffer : IDisposable
{
    private Bar[] _bars;

    /// <summary>Creates a buffer with room for <paramref name="expected"/> bars; it grows when more come.</summary>
    public HistoryBuffer(int expected) => _bars = expected > 0 ? ArrayPool<Bar>.Shared.Rent(expected) : [];

    /// <summary>The number of bars held.</summary>
    public int Count { get; private set; }

    /// <summary>The bars held, in the order they were added; valid until the next change.</summary>
    public ReadOnlySpan<Bar> Bars => _bars.AsSpan(0, Count);

    /// <summary>Adds one bar.</summary>
    public void Add(in Bar bar)
    {
        if (Count == _bars.Length)
        {
            Grow(Count + 1);
        }

        _bars[Count++] = bar;
    }

    /// <summary>Adds <paramref name="bars"/> after those held.</summary>
    public void AddRange(ReadOnlySpan<Bar> bars)
    {
        if (Count + bars.Length > _bars.Length)
        {
            Grow(Count + bars.Length);
        }

        bars.CopyTo(_bars.AsSpan(Count));
        Count += bars.Length;
    }

    /// <summary>Gives the array back to the pool; the buffer is empty afterwards.</summary>
    public void Dispose()
    {
        var bars = _bars;
        _bars = [];
        Count = 0;
        if (bars.Length > 0)
        {
            ArrayPool<Bar>.Shared.Return(bars);
        }
    }

    private void Grow(int needed)
    {
        var grown = ArrayPool<Bar>.Shared.Rent(Math.Max(needed, Math.Max(_bars.Length * 2, 256)));
        Bars.CopyTo(grown);
        var old = _bars;
        _bars = grown;
        if (old.Length > 0)
        {
            ArrayPool<Bar>.Shared.Return(old);
        }
    }
}
