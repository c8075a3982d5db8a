using System;
using Provisioning.Data;

namespace Provisioning.Steps;

/// <summary>
/// The bars one history load read for an addition, oldest first, in an array sized for the series that will keep them
/// (<see cref="IStepWorkspace.NewHistory"/>): the commit adopts the array as a new base series' buffer when
/// the series holds nothing yet (<see cref="Detach"/>), and merges from it otherwise.
/// </summary>
internal sealed class HistoryBuffer : IDisposable
{
    private Bar[] _bars;

    /// <summary>Creates a buffer with room for <paramref name="capacity"/> bars; it grows when more come.</summary>
    public HistoryBuffer(int capacity) => _bars = capacity > 0 ? GC.AllocateUninitializedArray<Bar>(capacity) : [];

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
    public Bar[] Detach()
    {
        var bars = _bars;
        _bars = [];
        Count = 0;
        return bars;
    }

    /// <summary>Drops the bars; the buffer is empty afterwards.</summary>
    public void Dispose()
    {
        _bars = [];
        Count = 0;
    }

    private void Grow(int needed)
    {
        var grown = GC.AllocateUninitializedArray<Bar>(Math.Max(needed, Math.Max(_bars.Length * 2, 256)));
        Bars.CopyTo(grown);
        _bars = grown;
    }
}
