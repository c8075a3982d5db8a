using System;
using Provisioning.Attributes;
using Provisioning.Data;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// Simple moving average of the close over the last <see cref="Period"/> bars: a ring buffer and a running sum,
/// O(1) and allocation free per bar.
/// </summary>
[Indicator("sma", Input = PriceInput.Close)]
public sealed partial class Sma : IIndicator
{
    private readonly double[] _window;
    private int _next;
    private int _count;
    private double _sum;
    private double _value = double.NaN;

    /// <summary>Creates an SMA over <paramref name="period"/> bars.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not positive.</exception>
    public Sma([Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int period)
    {
        IndicatorLimits.CheckPeriod(period, nameof(period));
        Period = period;
        _window = new double[period];
    }

    /// <summary>The number of bars averaged.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public bool IsReady => _count == Period;

    /// <inheritdoc />
    public double Value => _value;

    /// <summary>Bars needed before the SMA is ready: <paramref name="period"/>.</summary>
    public static int WarmupBars(int period) => period;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        // The running sum stays in a local and is stored once per bar (the same arithmetic, in the same order).
        var close = bar.Close;
        var next = _next;
        var sum = _sum;
        if (_count == Period)
        {
            sum -= _window[next];
        }
        else
        {
            _count++;
        }

        _window[next] = close;
        sum += close;
        _sum = sum;
        _next = next + 1 == Period ? 0 : next + 1;
        if (_count == Period)
        {
            _value = sum / Period;
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
