using System;
using System.Threading;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Session;

/// <summary>
/// The bars of one symbol and interval in a session: a bounded ring buffer, oldest first, strictly increasing in
/// <see cref="Bar.Start"/>. A bar that does not come after the last one is refused, so history stitched to a live
/// stream can never hold a bar twice. Reads are safe from any thread while the session appends.
/// </summary>
public sealed class BarSeries
{
    private readonly Lock _gate = new();
    private Bar[] _buffer;
    private int _head;
    private int _count;

    /// <summary>Creates an empty series that keeps at most <paramref name="capacity"/> bars.</summary>
    public BarSeries(Interval interval, Interval? builtFrom, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Interval = interval;
        BuiltFrom = builtFrom;
        _buffer = new Bar[capacity];
    }

    /// <summary>The interval of the bars.</summary>
    public Interval Interval { get; }

    /// <summary>The base interval these bars are aggregated from; null for a base series.</summary>
    public Interval? BuiltFrom { get; }

    /// <summary>The most bars kept; older bars are dropped first.</summary>
    public int Capacity
    {
        get
        {
            lock (_gate)
            {
                return _buffer.Length;
            }
        }
    }

    /// <summary>The number of bars held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>The bar at <paramref name="index"/>, 0 being the oldest held.</summary>
    public Bar this[int index]
    {
        get
        {
            lock (_gate)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
                return _buffer[(_head + index) % _buffer.Length];
            }
        }
    }

    /// <summary>The newest bar, if any.</summary>
    public bool TryGetLast(out Bar bar)
    {
        lock (_gate)
        {
            if (_count == 0)
            {
                bar = default;
                return false;
            }

            bar = _buffer[(_head + _count - 1) % _buffer.Length];
            return true;
        }
    }

    /// <summary>The newest <paramref name="count"/> bars (fewer when the series holds fewer), oldest first.</summary>
    public Bar[] Latest(int count)
    {
        lock (_gate)
        {
            var n = Math.Min(Math.Max(count, 0), _count);
            var result = new Bar[n];
            for (var i = 0; i < n; i++)
            {
                result[i] = _buffer[(_head + _count - n + i) % _buffer.Length];
            }

            return result;
        }
    }

    /// <summary>Every bar held, oldest first.</summary>
    public Bar[] ToArray() => Latest(int.MaxValue);

    /// <summary>
    /// Every bar held, oldest first, as a span over the series' own buffer: no copy. Only for a caller holding the
    /// symbol's gate, under which every change to the series is made; the span is valid until the series next changes.
    /// </summary>
    internal ReadOnlySpan<Bar> HeldUnderGate()
    {
        lock (_gate)
        {
            if (_head + _count > _buffer.Length)
            {
                // The ring wrapped, which happens only once it is full: rotate it in place so the bars are contiguous.
                var buffer = _buffer.AsSpan();
                buffer[.._head].Reverse();
                buffer[_head..].Reverse();
                buffer.Reverse();
                _head = 0;
            }

            return _buffer.AsSpan(_head, _count);
        }
    }

    /// <summary>
    /// Appends <paramref name="bar"/> when it starts after the newest bar; returns false (and keeps nothing) for a
    /// duplicate or out-of-order bar.
    /// </summary>
    internal bool Append(in Bar bar)
    {
        lock (_gate)
        {
            if (_count > 0 && bar.Start <= _buffer[(_head + _count - 1) % _buffer.Length].Start)
            {
                return false;
            }

            if (_count == _buffer.Length)
            {
                _buffer[_head] = bar;
                _head = (_head + 1) % _buffer.Length;
            }
            else
            {
                _buffer[(_head + _count) % _buffer.Length] = bar;
                _count++;
            }

            return true;
        }
    }

    /// <summary>
    /// Makes <paramref name="buffer"/>'s first <paramref name="count"/> bars (strictly increasing) the series' bars and
    /// the buffer its ring; the series owns the buffer from now on. Returns what it held, for <see cref="Restore"/>.
    /// </summary>
    internal Contents Replace(Bar[] buffer, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(buffer.Length, 1, nameof(buffer));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length);
        lock (_gate)
        {
            var previous = new Contents(_buffer, _head, _count);
            _buffer = buffer;
            _head = 0;
            _count = count;
            return previous;
        }
    }

    /// <summary>Puts back what the series held before <see cref="Replace"/> (its buffer untouched since).</summary>
    internal void Restore(Contents previous)
    {
        lock (_gate)
        {
            _buffer = previous.Buffer;
            _head = previous.Head;
            _count = previous.Count;
        }
    }

    /// <summary>Grows the series so that it keeps at least <paramref name="capacity"/> bars; never shrinks it.</summary>
    internal void EnsureCapacity(int capacity)
    {
        lock (_gate)
        {
            if (capacity <= _buffer.Length)
            {
                return;
            }

            var grown = new Bar[capacity];
            for (var i = 0; i < _count; i++)
            {
                grown[i] = _buffer[(_head + i) % _buffer.Length];
            }

            _buffer = grown;
            _head = 0;
        }
    }

    /// <summary>The ring buffer of a series and where its bars are in it.</summary>
    internal readonly record struct Contents(Bar[] Buffer, int Head, int Count);
}
