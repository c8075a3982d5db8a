using System;
using Provisioning.Data;
using Provisioning.Indicators.Streaming;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// Bollinger Bands of the close: the middle band is the simple average of the last <see cref="Period"/> closes, the
/// upper and lower bands lie <see cref="Deviations"/> population standard deviations (divided by n, as Bollinger defines
/// it) above and below. The window's sum and sum of squares slide in O(1), taken around a shift near the window's
/// mean (recentred once per lap of the ring), so they stay accurate when prices are large and their spread small, where
/// a plain sum of squares of prices would cancel catastrophically, and rounding errors never accumulate.
/// </summary>
[Indicator("bollinger", Input = PriceInput.Close)]
public sealed partial class BollingerBands : IIndicator
{
    private RollingWindow _window;
    private int _sinceRecenter;
    private double _shift;
    private double _shiftedSum;
    private double _shiftedSquares;
    private double _middle = double.NaN;
    private double _upper = double.NaN;
    private double _lower = double.NaN;
    private double _deviation = double.NaN;

    /// <summary>The narrowest band width accepted, in standard deviations (Bollinger's k must be positive).</summary>
    public const double MinDeviations = 0.1;

    /// <summary>The widest band width accepted, in standard deviations.</summary>
    public const double MaxDeviations = 10;

    /// <summary>Creates bands over <paramref name="period"/> closes, <paramref name="deviations"/> standard deviations wide; Bollinger's defaults are 20 and 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="period"/> is not positive, or <paramref name="deviations"/> is not between
    /// <see cref="MinDeviations"/> and <see cref="MaxDeviations"/>.
    /// </exception>
    public BollingerBands(
        [Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int period,
        [Parameter(Min = MinDeviations, Max = MaxDeviations)] double deviations)
    {
        IndicatorLimits.CheckPeriod(period, nameof(period));
        if (!(deviations >= MinDeviations && deviations <= MaxDeviations))
        {
            throw new ArgumentOutOfRangeException(
                nameof(deviations), deviations, FormattableString.Invariant($"deviations must be between {MinDeviations} and {MaxDeviations} standard deviations."));
        }

        Period = period;
        Deviations = deviations;
        _window = new RollingWindow(period);
    }

    /// <summary>The number of closes in the window.</summary>
    public int Period { get; }

    /// <summary>The bands' distance from the middle, in standard deviations (Bollinger's k).</summary>
    public double Deviations { get; }

    /// <inheritdoc />
    public bool IsReady => _window.IsFull;

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
        if (_window.Count == 0)
        {
            _shift = close;
        }

        var deviation = close - _shift;
        var wasFull = _window.IsFull;
        var leavingClose = _window.Add(close);
        if (wasFull)
        {
            var leaving = leavingClose - _shift;
            _shiftedSum += deviation - leaving;
            _shiftedSquares += (deviation * deviation) - (leaving * leaving);
        }
        else
        {
            _shiftedSum += deviation;
            _shiftedSquares += deviation * deviation;
        }

        if (++_sinceRecenter == Period)
        {
            _sinceRecenter = 0;
            Recenter();
        }

        if (_window.IsFull)
        {
            var squaredDeviations = _shiftedSquares - (_shiftedSum * _shiftedSum / Period);
            var mean = _shift + (_shiftedSum / Period);
            _deviation = squaredDeviations > 0 ? Math.Sqrt(squaredDeviations / Period) : 0.0;
            var offset = Deviations * _deviation;
            _middle = mean;
            _upper = mean + offset;
            _lower = mean - offset;
        }
    }

    // Once per lap of the ring (amortised O(1)) the sums are recomputed around the window's current mean, so they stay
    // small (price moves, not prices: no cancellation of large squares) and rounding errors cannot pile up.
    private void Recenter()
    {
        _window.GetRuns(out var older, out var newer);
        var shift = Sum(newer, Sum(older, 0.0)) / Period;
        var (olderSum, olderSquares) = AddDeviations(older, shift, 0.0, 0.0);
        (_shiftedSum, _shiftedSquares) = AddDeviations(newer, shift, olderSum, olderSquares);
        _shift = shift;
    }

    private static double Sum(ReadOnlySpan<double> closes, double sum)
    {
        foreach (var close in closes)
        {
            sum += close;
        }

        return sum;
    }

    private static (double Sum, double Squares) AddDeviations(ReadOnlySpan<double> closes, double shift, double sum, double squares)
    {
        foreach (var close in closes)
        {
            var deviation = close - shift;
            sum += deviation;
            squares += deviation * deviation;
        }

        return (sum, squares);
    }

    /// <inheritdoc />
    public void Reset()
    {
        _window.Reset();
        _sinceRecenter = 0;
        _shift = 0;
        _shiftedSum = 0;
        _shiftedSquares = 0;
        _middle = double.NaN;
        _upper = double.NaN;
        _lower = double.NaN;
        _deviation = double.NaN;
    }
}
