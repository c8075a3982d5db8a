using System;
using Provisioning.Data;
using Provisioning.Indicators.Streaming;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// Wilder's Relative Strength Index of the close (1978): gains and losses of each close against the previous one,
/// each smoothed with Wilder's average (simple average of the first <see cref="Period"/> changes, then
/// <c>(previous × (period − 1) + current) / period</c>); RSI = 100 × average gain / (average gain + average loss),
/// which equals 100 − 100 / (1 + RS). It is 100 when there were only gains and 50 when prices did not move at all.
/// </summary>
[Indicator("rsi", Input = PriceInput.Close)]
public sealed partial class Rsi : IIndicator
{
    private WilderAverage _gain;
    private WilderAverage _loss;
    private bool _hasPrevious;
    private double _previousClose;
    private double _value = double.NaN;

    /// <summary>Creates an RSI over <paramref name="period"/> price changes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not positive.</exception>
    public Rsi([Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int period)
    {
        IndicatorLimits.CheckPeriod(period, nameof(period));
        Period = period;
        _gain = new WilderAverage(period);
        _loss = new WilderAverage(period);
    }

    /// <summary>The number of price changes in the first average, and Wilder's smoothing length.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public bool IsReady => _gain.IsReady;

    /// <inheritdoc />
    public double Value => _value;

    /// <summary>Bars needed before the RSI is ready: <paramref name="period"/> changes need period + 1 closes.</summary>
    public static int WarmupBars(int period) => period + 1;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        var close = bar.Close;
        if (!_hasPrevious)
        {
            _hasPrevious = true;
            _previousClose = close;
            return;
        }

        var change = close - _previousClose;
        _previousClose = close;
        _gain.Add(change > 0 ? change : 0.0);
        if (!_loss.Add(change < 0 ? -change : 0.0))
        {
            return;
        }

        var total = _gain.Value + _loss.Value;
        _value = total > 0 ? 100.0 * _gain.Value / total : 50.0;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _gain.Reset();
        _loss.Reset();
        _hasPrevious = false;
        _previousClose = 0;
        _value = double.NaN;
    }
}
