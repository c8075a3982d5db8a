using Provisioning.Data;
using Provisioning.Indicators;

namespace Provisioning.Benchmarks.Indicators;

/// <summary>
/// An experiment for figure 4, not a product type: the built-in SMA's algorithm (ring buffer and running sum) with the
/// sum computed in a local and written to the object once per bar, and the average taken with a precomputed 1 / period.
/// The built-in writes the sum back after subtracting the leaving close and reads it again to add the new one.
/// </summary>
public sealed class SingleStoreSma : IIndicator
{
    private readonly double[] _window;
    private readonly int _period;
    private readonly double _inversePeriod;
    private int _next;
    private int _count;
    private double _sum;
    private double _value = double.NaN;

    /// <summary>Creates the average over <paramref name="period"/> closes.</summary>
    public SingleStoreSma(int period)
    {
        _period = period;
        _inversePeriod = 1.0 / period;
        _window = new double[period];
    }

    /// <inheritdoc />
    public bool IsReady => _count == _period;

    /// <inheritdoc />
    public double Value => _value;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        var close = bar.Close;
        var next = _next;
        var sum = _sum + close;
        if (_count == _period)
        {
            sum -= _window[next];
        }
        else
        {
            _count++;
        }

        _window[next] = close;
        _sum = sum;
        _next = next + 1 == _period ? 0 : next + 1;
        if (_count == _period)
        {
            _value = sum * _inversePeriod;
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        _next = 0;
        _count = 0;
        _sum = 0;
        _value = double.NaN;
    }
}
