using System;
using Provisioning.Data;
using Provisioning.Indicators.Streaming;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// Linearly weighted moving average of the close: the newest of the last <see cref="Period"/> closes weighs
/// <c>period</c>, the oldest 1, divided by period × (period + 1) / 2. O(1) per bar: when the window slides, every
/// weight drops by one, so the weighted sum loses the plain sum of the window and gains period × the new close.
/// </summary>
[Indicator("wma", Input = PriceInput.Close)]
public sealed partial class Wma : IIndicator
{
    private readonly double _divisor;
    private RollingWindow _window;
    private double _sum;
    private double _weightedSum;
    private double _value = double.NaN;

    /// <summary>Creates a WMA over <paramref name="period"/> bars.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not positive.</exception>
    public Wma([Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int period)
    {
        IndicatorLimits.CheckPeriod(period, nameof(period));
        Period = period;
        _window = new RollingWindow(period);
        _divisor = period * (period + 1.0) / 2.0;
    }

    /// <summary>The number of bars weighted.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public bool IsReady => _window.IsFull;

    /// <inheritdoc />
    public double Value => _value;

    /// <summary>Bars needed before the WMA is ready: <paramref name="period"/>.</summary>
    public static int WarmupBars(int period) => period;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        var close = bar.Close;
        var wasFull = _window.IsFull;
        var leaving = _window.Add(close);
        if (wasFull)
        {
            _weightedSum += (Period * close) - _sum;
            _sum += close - leaving;
        }
        else
        {
            // The newest of the first closes weighs its position in the window.
            _weightedSum += _window.Count * close;
            _sum += close;
        }

        if (_window.IsFull)
        {
            _value = _weightedSum / _divisor;
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        _window.Reset();
        _sum = 0;
        _weightedSum = 0;
        _value = double.NaN;
    }
}
