using System;
using Provisioning.Data;
using Provisioning.Indicators.Streaming;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// Moving Average Convergence/Divergence (Appel) of the close: the line is EMA(<see cref="FastPeriod"/>) −
/// EMA(<see cref="SlowPeriod"/>), the <see cref="Signal"/> is an EMA(<see cref="SignalPeriod"/>) of the line and the
/// <see cref="Histogram"/> is line − signal. Each EMA is seeded with the simple average of its first inputs
/// (StockCharts' convention): the line exists from bar <c>slow</c>, the signal from bar <c>slow + signal − 1</c>, and
/// all three outputs become available together at that bar.
/// </summary>
[Indicator("macd", Input = PriceInput.Close)]
public sealed partial class Macd : IIndicator
{
    private ExponentialAverage _fast;
    private ExponentialAverage _slow;
    private ExponentialAverage _signal;
    private double _line = double.NaN;
    private double _signalValue = double.NaN;
    private double _histogram = double.NaN;

    /// <summary>Creates a MACD; the usual parameters are 12, 26 and 9.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is not positive, or <paramref name="fastPeriod"/> is not below <paramref name="slowPeriod"/>.</exception>
    public Macd(
        [Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int fastPeriod,
        [Parameter(Min = 2, Max = IndicatorLimits.MaxPeriod)] int slowPeriod,
        [Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int signalPeriod)
    {
        IndicatorLimits.CheckPeriod(fastPeriod, nameof(fastPeriod));
        IndicatorLimits.CheckPeriod(slowPeriod, nameof(slowPeriod));
        IndicatorLimits.CheckPeriod(signalPeriod, nameof(signalPeriod));
        if (fastPeriod >= slowPeriod)
        {
            throw new ArgumentOutOfRangeException(
                nameof(fastPeriod), fastPeriod, $"fastPeriod must be below slowPeriod ({slowPeriod}).");
        }

        FastPeriod = fastPeriod;
        SlowPeriod = slowPeriod;
        SignalPeriod = signalPeriod;
        _fast = new ExponentialAverage(fastPeriod);
        _slow = new ExponentialAverage(slowPeriod);
        _signal = new ExponentialAverage(signalPeriod);
    }

    /// <summary>The fast EMA's period.</summary>
    public int FastPeriod { get; }

    /// <summary>The slow EMA's period.</summary>
    public int SlowPeriod { get; }

    /// <summary>The signal EMA's period.</summary>
    public int SignalPeriod { get; }

    /// <inheritdoc />
    public bool IsReady => _signal.IsReady;

    /// <summary>The MACD line, EMA(fast) − EMA(slow); NaN until ready.</summary>
    public double Value => _signal.IsReady ? _line : double.NaN;

    /// <summary>The signal line, an EMA of the MACD line; NaN until ready.</summary>
    public double Signal => _signalValue;

    /// <summary>The histogram, MACD line − signal line; NaN until ready.</summary>
    public double Histogram => _histogram;

    /// <summary>Bars needed before the MACD is ready: the slow EMA's seed, then the signal EMA's seed.</summary>
    public static int WarmupBars(int slowPeriod, int signalPeriod) => slowPeriod + signalPeriod - 1;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        var close = bar.Close;
        _fast.Add(close);
        if (!_slow.Add(close))
        {
            return;
        }

        _line = _fast.Value - _slow.Value;
        if (_signal.Add(_line))
        {
            _signalValue = _signal.Value;
            _histogram = _line - _signalValue;
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        _fast.Reset();
        _slow.Reset();
        _signal.Reset();
        _line = double.NaN;
        _signalValue = double.NaN;
        _histogram = double.NaN;
    }
}
