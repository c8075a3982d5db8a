namespace Provisioning.Indicators.Streaming;

/// <summary>
/// Wilder's smoothed average: the simple average of the first <c>period</c> inputs, then
/// <c>(previous × (period − 1) + input) / period</c>, as in Wilder's RSI and ATR (1978).
/// </summary>
internal struct WilderAverage
{
    private readonly int _period;
    private int _count;
    private double _value;

    public WilderAverage(int period)
    {
        _period = period;
    }

    /// <summary>True once <c>period</c> inputs have been seen.</summary>
    public readonly bool IsReady => _count >= _period;

    /// <summary>The average once ready; before that, the running sum of the inputs.</summary>
    public readonly double Value => _value;

    /// <summary>Adds one input; true when the average is defined afterwards.</summary>
    public bool Add(double input)
    {
        if (_count >= _period)
        {
            _value = ((_value * (_period - 1)) + input) / _period;
            return true;
        }

        _value += input;
        if (++_count == _period)
        {
            _value /= _period;
            return true;
        }

        return false;
    }

    /// <summary>Forgets every input.</summary>
    public void Reset()
    {
        _count = 0;
        _value = 0;
    }
}
