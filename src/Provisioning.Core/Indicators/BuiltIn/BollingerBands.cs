using System;
using Provisioning.Attributes;
using Provisioning.Data;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// Bollinger Bands of the close: the middle band is the simple average of the last <see cref="Period"/> closes, the
/// upper and lower bands lie <see cref="Deviations"/> population standard deviations (divided by n, as Bollinger defines
/// it) above and below. The mean and the sum of squared deviations slide with Welford's update, which stays accurate
/// when prices are large and their spread small (a plain sum of squares would cancel catastrophically).
/// </summary>
[Indicator("bollinger", Input = PriceInput.Close)]
public sealed partial class BollingerBands : IIndicator
{
    private readonly double[] _window;
    private int _next;
    private int _count;
    private double _mean;
    private double _squaredDeviations;
    private double _middle = double.NaN;
    private double _upper = double.NaN;
    private double _lower = double.NaN;
    private double _deviation = double.NaN;

    /// <summary>Creates bands over <paramref name="period"/> closes, <paramref name="deviations"/> standard deviations wide; Bollinger's defaults are 20 and 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not positive, or <paramref name="deviations"/> is not a positive number.</exception>
    public BollingerBands(
        [Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int period,
        [Parameter(Min = 0, Max = 100)] double deviations)
    {
        IndicatorLimits.CheckPeriod(period, nameof(period));
        if (!(deviations > 0) || double.IsInfinity(deviations))
        {
            throw new ArgumentOutOfRangeException(nameof(deviations), deviations, "deviations must be a positive number.");
        }

        Period = period;
        Deviations = deviations;
        _window = new double[period];
    }

    /// <summary>The number of closes in the window.</summary>
    public int Period { get; }

    /// <summary>The bands' distance from the middle, in standard deviations (Bollinger's k).</summary>
    public double Deviations { get; }

    /// <inheritdoc />
    public bool IsReady => _count == Period;

    /// <summary>The middle band, the simple average; NaN until ready.</summary>
    public double Value => _middle;

    /// <summary>The upper band, middle + deviations × standard deviation; NaN until ready.</summary>
    public double Upper => _upper;

    /// <summary>The lower band, middle − deviations × standard deviation; NaN until ready.</summary>
    public double Lower => _lower;

    /// <summary>The population standard deviation of the window; NaN until ready.</summary>
    public double StandardDeviation => _deviation;

    /// <summary>Bars needed before the bands are ready: <paramref name="period"/>.</summary>
    public static int WarmupBars(int period) => period;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        var close = bar.Close;
        if (_count == Period)
        {
            var oldest = _window[_next];
            var previousMean = _mean;
            _mean += (close - oldest) / Period;
            _squaredDeviations += (close - oldest) * (close - _mean + oldest - previousMean);
            if (_squaredDeviations < 0)
            {
                _squaredDeviations = 0;
            }
        }
        else
        {
            _count++;
            var delta = close - _mean;
            _mean += delta / _count;
            _squaredDeviations += delta * (close - _mean);
        }

        _window[_next] = close;
        if (++_next == Period)
        {
            _next = 0;
        }

        if (_count == Period)
        {
            _deviation = Math.Sqrt(_squaredDeviations / Period);
            var offset = Deviations * _deviation;
            _middle = _mean;
            _upper = _mean + offset;
            _lower = _mean - offset;
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        _next = 0;
        _count = 0;
        _mean = 0;
        _squaredDeviations = 0;
        _middle = double.NaN;
        _upper = double.NaN;
        _lower = double.NaN;
        _deviation = double.NaN;
    }
}
