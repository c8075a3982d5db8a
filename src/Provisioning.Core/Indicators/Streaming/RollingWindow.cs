using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Provisioning.Indicators.Streaming;

/// <summary>
/// The last <see cref="Capacity"/> inputs of a windowed indicator, in a fixed ring of doubles allocated once: adding
/// is O(1) and allocation free, and returns the input that fell out so a running sum can slide. Indexed oldest first
/// (<c>this[0]</c> is the oldest input still in the window, <c>this[Count − 1]</c> the newest).
/// </summary>
/// <remarks>
/// A mutable struct, so an indicator keeps the ring's position and count in its own object (no second object to reach
/// on every bar): hold it in a non-readonly field and never copy it.
/// </remarks>
internal struct RollingWindow
{
    private readonly double[] _values;
    private int _next;
    private int _count;

    /// <summary>Creates an empty window of <paramref name="capacity"/> inputs.</summary>
    public RollingWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _values = new double[capacity];
    }

    /// <summary>The number of inputs the window holds once full.</summary>
    public readonly int Capacity => _values.Length;

    /// <summary>The number of inputs in the window, up to <see cref="Capacity"/>.</summary>
    public readonly int Count => _count;

    /// <summary>True once <see cref="Capacity"/> inputs have been added since the last reset.</summary>
    public readonly bool IsFull => _count == _values.Length;

    /// <summary>The input <paramref name="index"/> places after the oldest still in the window (0 is the oldest).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public readonly double this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowOutside(index, _count);
            }

            // Once full the oldest input sits where the next one will be written; before, the ring starts at slot 0.
            var slot = (_count == _values.Length ? _next : 0) + index;
            return _values[slot >= _values.Length ? slot - _values.Length : slot];
        }
    }

    /// <summary>
    /// The inputs oldest first, as the two runs the ring holds them in: <paramref name="older"/>, then
    /// <paramref name="newer"/> (empty while the ring has not wrapped). Loops over the whole window read these rather
    /// than the indexer, whose arithmetic per input would cost more than the loop's own work.
    /// </summary>
    public readonly void GetRuns(out ReadOnlySpan<double> older, out ReadOnlySpan<double> newer)
    {
        if (_count == _values.Length)
        {
            older = _values.AsSpan(_next);
            newer = _values.AsSpan(0, _next);
        }
        else
        {
            older = _values.AsSpan(0, _count);
            newer = default;
        }
    }

    /// <summary>
    /// Adds <paramref name="input"/> as the newest input and returns the oldest, which leaves a full window; returns 0
    /// while the window is filling (nothing left it), so a running sum can subtract the result unconditionally.
    /// </summary>
    public double Add(double input)
    {
        var values = _values;
        var next = _next;
        var removed = 0.0;
        if (_count == values.Length)
        {
            removed = values[next];
        }
        else
        {
            _count++;
        }

        values[next] = input;
        _next = next + 1 == values.Length ? 0 : next + 1;
        return removed;
    }

    /// <summary>Empties the window; the capacity stays.</summary>
    public void Reset()
    {
        _next = 0;
        _count = 0;
    }

    // Out of line, so the indexer stays small enough to inline into loops over the window.
    [DoesNotReturn]
    private static void ThrowOutside(int index, int count) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"The window holds {count} inputs.");
}
