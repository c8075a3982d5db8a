using System;
using Provisioning.Attributes;
using Provisioning.Data;
using Provisioning.Indicators.Streaming;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// Lane's fast Stochastic Oscillator: %K = 100 × (close − lowest low) / (highest high − lowest low) over the last
/// <see cref="KPeriod"/> bars, and %D the simple average of the last <see cref="DPeriod"/> %K values. %K is 50 when
/// the window's high equals its low. Both outputs become available together, after <c>kPeriod + dPeriod − 1</c>
/// bars. The window's extremes slide in amortised O(1) with monotonic queues.
/// </summary>
[Indicator("stochastic", Input = PriceInput.HighLowClose)]
public sealed partial class Stochastic : IIndicator
{
    private readonly SlidingExtremum _highest;
    private readonly SlidingExtremum _lowest;
    private readonly double[] _kWindow;
    private int _bars;
    private int _kNext;
    private int _kCount;
    private double _kSum;
    private double _k = double.NaN;
    private double _d = double.NaN;

    /// <summary>Creates a stochastic; Lane's usual parameters are 14 and 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is not positive.</exception>
    public Stochastic(
        [Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int kPeriod,
        [Parameter(Min = 1, Max = IndicatorLimits.MaxPeriod)] int dPeriod)
    {
        IndicatorLimits.CheckPeriod(kPeriod, nameof(kPeriod));
        IndicatorLimits.CheckPeriod(dPeriod, nameof(dPeriod));
        KPeriod = kPeriod;
        DPeriod = dPeriod;
        _highest = new SlidingExtremum(kPeriod, isMaximum: true);
        _lowest = new SlidingExtremum(kPeriod, isMaximum: false);
        _kWindow = new double[dPeriod];
    }

    /// <summary>The bars whose highest high and lowest low bound %K.</summary>
    public int KPeriod { get; }

    /// <summary>The %K values averaged into %D.</summary>
    public int DPeriod { get; }

    /// <inheritdoc />
    public bool IsReady => _kCount == DPeriod;

    /// <summary>%K, between 0 and 100; NaN until ready.</summary>
    public double Value => _kCount == DPeriod ? _k : double.NaN;

    /// <summary>%K (the same as <see cref="Value"/>).</summary>
    public double K => Value;

    /// <summary>%D, the simple average of the last <see cref="DPeriod"/> %K values; NaN until ready.</summary>
    public double D => _d;

    /// <summary>Bars needed before %K and %D are ready: <paramref name="kPeriod"/> + <paramref name="dPeriod"/> − 1.</summary>
    public static int WarmupBars(int kPeriod, int dPeriod) => kPeriod + dPeriod - 1;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        _highest.Add(bar.High);
        _lowest.Add(bar.Low);
        if (_bars < KPeriod)
        {
            _bars++;
            if (_bars < KPeriod)
            {
                return;
            }
        }

        var high = _highest.Value;
        var low = _lowest.Value;
        _k = high > low ? 100.0 * (bar.Close - low) / (high - low) : 50.0;

        if (_kCount == DPeriod)
        {
            _kSum -= _kWindow[_kNext];
        }
        else
        {
            _kCount++;
        }

        _kWindow[_kNext] = _k;
        _kSum += _k;
        if (++_kNext == DPeriod)
        {
            _kNext = 0;
        }

        if (_kCount == DPeriod)
        {
            _d = _kSum / DPeriod;
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        _highest.Reset();
        _lowest.Reset();
        _bars = 0;
        _kNext = 0;
        _kCount = 0;
        _kSum = 0;
        _k = double.NaN;
        _d = double.NaN;
    }
}
