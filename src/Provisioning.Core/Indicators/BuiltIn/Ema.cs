using System;
using Provisioning.Data;
using Provisioning.Indicators.Streaming;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// Exponential moving average of the close, smoothing 2 / (period + 1), seeded with the simple average of the first
/// <see cref="Period"/> closes (the StockCharts and TA-Lib convention). Like every recursive average, its value after
/// warm-up still depends (ever less) on where the series started.
/// </summary>
[Indicator("ema", Input = PriceInput.Close)]
public sealed partial class Ema : IIndicator
{
    private ExponentialAverage _average;

    /// <summary>Creates an EMA over <paramref name="period"/> bars.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not positive.</exception>
    public Ema([Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int period)
    {
        IndicatorLimits.CheckPeriod(period, nameof(period));
        Period = period;
        _average = new ExponentialAverage(period);
    }

    /// <summary>The period; the smoothing factor is 2 / (period + 1).</summary>
    public int Period { get; }

    /// <inheritdoc />
    public bool IsReady => _average.IsReady;

    /// <inheritdoc />
    public double Value => _average.Value;

    /// <summary>Bars needed before the EMA is ready: <paramref name="period"/> (the seed average).</summary>
    public static int WarmupBars(int period) => period;

    /// <inheritdoc />
    public void Update(in Bar bar) => _average.Add(bar.Close);

    /// <inheritdoc />
    public void Reset() => _average.Reset();
}
