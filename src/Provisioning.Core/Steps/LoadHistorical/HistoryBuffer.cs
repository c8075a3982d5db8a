using System;
using System.Buffers;
using Provisioning.Data;

namespace Provisioning.Steps;

/// <summary>
/// The bars one history load read for an addition, oldest first. Either in an array sized for the series that will
/// keep them (<see cref="IStepWorkspace.NewHistory"/>), which the commit adopts as a new base series' buffer
/// (<see cref="Detach"/>); or, when the bars will be merged into a series that holds bars, in an array rented from the
/// shared pool and given back once merged.
/// </summary>
internal sealed class HistoryBuffer : IDisposable
{
    private readonly bool _pooled;
    private Bar[] _bars;

    /// <summary>
    /// Creates a buffer with room for <paramref name="capacity"/> bars (at least: a pooled one may have more); it grows
    /// when more come. A <paramref name="pooled"/> buffer's array is rented and given back, never adopted.
    /// </summary>
    public HistoryBuffer(int capacity, bool pooled = false)
    {
        _pooled = pooled;
        _bars = capacity <= 0 ? [] : pooled ? ArrayPool<Bar>.Shared.Rent(capacity) : GC.AllocateUninitializedArray<Bar>(capacity);
    }

    /// <summary>True when the array may be given to a series (<see cref="Detach"/>): not rented from the pool.</summary>
    public bool CanDetach => !_pooled;

    /// <summary>The number of bars held.</summary>
    public int Count { get; private set; }

    /// <summary>The room the buffer has, in bars.</summary>
    public int Capacity => _bars.Length;

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

    /// <summary>
    /// Gives the array (its first <see cref="Count"/> bars are the bars held; what follows is not cleared) to a new
    /// owner; the buffer is empty afterwards.
    /// </summary>
    /// <exception cref="InvalidOperationException">The array is rented from the pool.</exception>
    public Bar[] Detach()
    {
        if (_pooled)
        {
            throw new InvalidOperationException("A pooled history buffer goes back to the pool; it is not given away.");
        }

        var bars = _bars;
        _bars = [];
        Count = 0;
        return bars;
    }

    /// <summary>Drops the bars (a pooled array goes back to the pool); the buffer is empty afterwards.</summary>
    public void Dispose()
    {
        var bars = _bars;
        _bars = [];
        Count = 0;
        if (_pooled && bars.Length > 0)
        {
            ArrayPool<Bar>.Shared.Return(bars);
        }
    }

    private void Grow(int needed)
    {
        var size = Math.Max(needed, Math.Max(_bars.Length * 2, 256));
        var grown = _pooled ? ArrayPool<Bar>.Shared.Rent(size) : GC.AllocateUninitializedArray<Bar>(size);
        Bars.CopyTo(grown);
        var old = _bars;
        _bars = grown;
        if (_pooled && old.Length > 0)
        {
            ArrayPool<Bar>.Shared.Return(old);
        }
    }
}
