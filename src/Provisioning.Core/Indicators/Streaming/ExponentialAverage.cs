namespace Provisioning.Indicators.Streaming;

/// <summary>
/// An exponential moving average with smoothing 2 / (period + 1), seeded with the simple average of its first
/// <c>period</c> inputs (the StockCharts and TA-Lib convention), so it is defined after exactly <c>period</c> inputs.
/// </summary>
internal struct ExponentialAverage
{
    private readonly int _period;
    private readonly double _smoothing;
    private int _count;
    private double _seedSum;
    private double _value;

    public ExponentialAverage(int period)
    {
        _period = period;
        _smoothing = 2.0 / (period + 1);
        _value = double.NaN;
    }

    /// <summary>True once <c>period</c> inputs have been seen.</summary>
    public readonly bool IsReady => _count >= _period;

    /// <summary>The average; NaN until ready.</summary>
    public readonly double Value => _value;

    /// <summary>Adds one input; true when the average is defined afterwards.</summary>
    public bool Add(double input)
    {
        if (_count >= _period)
        {
            _value += _smoothing * (input - _value);
            return true;
        }

        _seedSum += input;
        if (++_count == _period)
        {
            _value = _seedSum / _period;
            return true;
        }

        return false;
    }

    /// <summary>Forgets every input.</summary>
    public void Reset()
    {
        _count = 0;
        _seedSum = 0;
        _value = double.NaN;
    }
}
