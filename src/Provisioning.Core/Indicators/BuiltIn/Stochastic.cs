using System;
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
    // The extremes are not read off a RollingWindow: a window of all kPeriod highs would need an O(kPeriod) scan when
    // the highest leaves it, while the monotonic queue keeps only the candidates and slides in amortised O(1).
    private readonly SlidingExtremum _highest;
    private readonly SlidingExtremum _lowest;
    private RollingWindow _kWindow;
    private int _bars;
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
        _kWindow = new RollingWindow(dPeriod);
    }

    /// <summary>The bars whose highest high and lowest low bound %K.</summary>
    public int KPeriod { get; }

    /// <summary>The %K values averaged into %D.</summary>
    public int DPeriod { get; }

    /// <inheritdoc />
    public bool IsReady => _kWindow.IsFull;

    /// <summary>%K, between 0 and 100; NaN until ready.</summary>
    public double Value => _kWindow.IsFull ? _k : double.NaN;

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

        // %D is an SMA of %K: the %K leaving the window is 0 while it fills (x − 0 is x), so the sum subtracts it always.
        _kSum = _kSum - _kWindow.Add(_k) + _k;
        if (_kWindow.IsFull)
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
        _kWindow.Reset();
        _kSum = 0;
        _k = double.NaN;
        _d = double.NaN;
    }
}
