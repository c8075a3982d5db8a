namespace Provisioning.Indicators.Streaming;

/// <summary>
/// The maximum (or minimum) of the last <c>length</c> inputs in amortised O(1) per input, without allocation: a
/// monotonic queue of candidate positions in a ring of <c>length</c> slots. Inputs that can never be the extremum of a
/// later window (an older value not above a newer one, for a maximum) leave the queue as soon as they are beaten.
/// </summary>
internal sealed class SlidingExtremum
{
    private readonly int _length;
    private readonly bool _isMaximum;
    private readonly double[] _values;
    private readonly long[] _positions;
    private int _head;
    private int _size;
    private long _position;

    public SlidingExtremum(int length, bool isMaximum)
    {
        _length = length;
        _isMaximum = isMaximum;
        _values = new double[length];
        _positions = new long[length];
    }

    /// <summary>The extremum of the inputs in the window; undefined before the first input.</summary>
    public double Value => _values[_head];

    /// <summary>Adds one input and drops the one that leaves the window.</summary>
    public void Add(double input)
    {
        var oldest = _position - _length;
        if (_size > 0 && _positions[_head] <= oldest)
        {
            _head = Next(_head);
            _size--;
        }

        while (_size > 0)
        {
            var last = _head + _size - 1;
            if (last >= _length)
            {
                last -= _length;
            }

            var beaten = _isMaximum ? _values[last] <= input : _values[last] >= input;
            if (!beaten)
            {
                break;
            }

            _size--;
        }

        var slot = _head + _size;
        if (slot >= _length)
        {
            slot -= _length;
        }

        _values[slot] = input;
        _positions[slot] = _position;
        _size++;
        _position++;
    }

    /// <summary>Forgets every input.</summary>
    public void Reset()
    {
        _head = 0;
        _size = 0;
        _position = 0;
    }

    private int Next(int slot) => slot + 1 == _length ? 0 : slot + 1;
}
