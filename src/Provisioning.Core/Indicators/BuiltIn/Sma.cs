using System;
using Provisioning.Data;
using Provisioning.Indicators.Streaming;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// Simple moving average of the close over the last <see cref="Period"/> bars: a rolling window and a running sum,
/// O(1) and allocation free per bar.
/// </summary>
[Indicator("sma", Input = PriceInput.Close)]
public sealed partial class Sma : IIndicator
{
    private RollingWindow _window;
    private double _sum;
    private double _value = double.NaN;

    /// <summary>Creates an SMA over <paramref name="period"/> bars.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not positive.</exception>
    public Sma([Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int period)
    {
        IndicatorLimits.CheckPeriod(period, nameof(period));
        Period = period;
        _window = new RollingWindow(period);
    }

    /// <summary>The number of bars averaged.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public bool IsReady => _window.IsFull;

    /// <inheritdoc />
    public double Value => _value;

    /// <summary>Bars needed before the SMA is ready: <paramref name="period"/>.</summary>
    public static int WarmupBars(int period) => period;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        // The running sum stays in a local and is stored once per bar. While the window fills the close that leaves it
        // is 0, and x − 0 is x to the bit, so subtracting unconditionally keeps the arithmetic of a subtraction made
        // only once full.
        var close = bar.Close;
        var sum = _sum - _window.Add(close) + close;
        _sum = sum;
        if (_window.IsFull)
        {
            _value = sum / Period;
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        _window.Reset();
        _sum = 0;
        _value = double.NaN;
    }
}
