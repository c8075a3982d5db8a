using System;
using Provisioning.Data;
using Provisioning.Indicators.Streaming;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// Wilder's Average True Range (1978): the true range is the largest of high − low, |high − previous close| and
/// |low − previous close| (just high − low on the first bar, which has no previous close), smoothed with Wilder's
/// average: the simple average of the first <see cref="Period"/> true ranges, then
/// <c>(previous × (period − 1) + current) / period</c>. This is the StockCharts convention: ready after
/// <c>period</c> bars.
/// </summary>
[Indicator("atr", Input = PriceInput.HighLowClose)]
public sealed partial class Atr : IIndicator
{
    private WilderAverage _average;
    private bool _hasPrevious;
    private double _previousClose;

    /// <summary>Creates an ATR over <paramref name="period"/> bars; Wilder used 14.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not positive.</exception>
    public Atr([Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int period)
    {
        IndicatorLimits.CheckPeriod(period, nameof(period));
        Period = period;
        _average = new WilderAverage(period);
    }

    /// <summary>The number of true ranges in the first average, and Wilder's smoothing length.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public bool IsReady => _average.IsReady;

    /// <inheritdoc />
    public double Value => _average.IsReady ? _average.Value : double.NaN;

    /// <summary>Bars needed before the ATR is ready: <paramref name="period"/>.</summary>
    public static int WarmupBars(int period) => period;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        var trueRange = bar.High - bar.Low;
        if (_hasPrevious)
        {
            var up = Math.Abs(bar.High - _previousClose);
            var down = Math.Abs(bar.Low - _previousClose);
            if (up > trueRange)
            {
                trueRange = up;
            }

            if (down > trueRange)
            {
                trueRange = down;
            }
        }

        _hasPrevious = true;
        _previousClose = bar.Close;
        _average.Add(trueRange);
    }

    /// <inheritdoc />
    public void Reset()
    {
        _average.Reset();
        _hasPrevious = false;
        _previousClose = 0;
    }
}
