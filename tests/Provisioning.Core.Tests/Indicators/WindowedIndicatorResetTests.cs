using System;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

/// <summary>
/// Sma, Wma, Bollinger and Stochastic, which share one rolling window, over a few thousand seeded bars with a reset in
/// the middle (as at a session start), against a plain recomputation written here over the bars since the reset: the
/// closes the window held before the reset must neither leave it again nor count, and readiness starts over.
/// </summary>
public class WindowedIndicatorResetTests
{
    private const int ResetAt = 2_345;
    private static readonly Bar[] Walk = RandomWalk(5_000, seed: 20261203);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(20)]
    public void Sma_after_a_reset_averages_only_the_closes_since(int period)
    {
        var sma = new Sma(period);
        FeedWithReset(sma, i =>
        {
            if (!Ready(i, period))
            {
                Assert.False(sma.IsReady);
                Assert.True(double.IsNaN(sma.Value), $"a value before {period} closes at {i}");
                return;
            }

            var sum = 0.0;
            for (var j = i - period + 1; j <= i; j++)
            {
                sum += Walk[j].Close;
            }

            Assert.True(sma.IsReady);
            AssertRelative(sum / period, sma.Value, i);
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(20)]
    public void Wma_after_a_reset_weighs_only_the_closes_since(int period)
    {
        var wma = new Wma(period);
        FeedWithReset(wma, i =>
        {
            if (!Ready(i, period))
            {
                Assert.False(wma.IsReady);
                Assert.True(double.IsNaN(wma.Value), $"a value before {period} closes at {i}");
                return;
            }

            double numerator = 0, weights = 0;
            for (var weight = 1; weight <= period; weight++)
            {
                numerator += weight * Walk[i - period + weight].Close;
                weights += weight;
            }

            AssertRelative(numerator / weights, wma.Value, i);
        });
    }

    [Theory]
    [InlineData(2, 2.0)]
    [InlineData(7, 1.5)]
    [InlineData(20, 2.0)]
    public void Bollinger_after_a_reset_spans_only_the_closes_since(int period, double deviations)
    {
        var bands = new BollingerBands(period, deviations);
        FeedWithReset(bands, i =>
        {
            if (!Ready(i, period))
            {
                Assert.False(bands.IsReady);
                Assert.True(double.IsNaN(bands.Upper), $"a band before {period} closes at {i}");
                return;
            }

            var mean = 0.0;
            for (var j = i - period + 1; j <= i; j++)
            {
                mean += Walk[j].Close;
            }

            mean /= period;
            var squares = 0.0;
            for (var j = i - period + 1; j <= i; j++)
            {
                squares += (Walk[j].Close - mean) * (Walk[j].Close - mean);
            }

            // σ² rather than σ, for the reason NaiveWindowCrossCheckTests gives (a flat window's σ is a root of rounding).
            var variance = squares / period;
            var actualVariance = bands.StandardDeviation * bands.StandardDeviation;
            AssertRelative(mean, bands.Value, i);
            Assert.True(Math.Abs(variance - actualVariance) <= 1e-13 * mean * mean, $"σ² {variance} vs {actualVariance} at {i}");
            Assert.True(Math.Abs(bands.Upper - mean - (deviations * Math.Sqrt(variance))) <= 1e-9 * mean, $"upper at {i}");
        });
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 3)]
    [InlineData(14, 3)]
    public void Stochastic_after_a_reset_uses_only_the_bars_since(int kPeriod, int dPeriod)
    {
        var stochastic = new Stochastic(kPeriod, dPeriod);
        var ks = new double[Walk.Length];
        FeedWithReset(stochastic, i =>
        {
            if (!Ready(i, kPeriod))
            {
                Assert.True(double.IsNaN(stochastic.D), $"%D before {kPeriod} bars at {i}");
                return;
            }

            double highest = double.MinValue, lowest = double.MaxValue;
            for (var j = i - kPeriod + 1; j <= i; j++)
            {
                highest = Math.Max(highest, Walk[j].High);
                lowest = Math.Min(lowest, Walk[j].Low);
            }

            ks[i] = highest == lowest ? 50 : 100 * (Walk[i].Close - lowest) / (highest - lowest);
            if (!Ready(i, kPeriod + dPeriod - 1))
            {
                Assert.False(stochastic.IsReady);
                Assert.True(double.IsNaN(stochastic.Value), $"%K before {kPeriod + dPeriod - 1} bars at {i}");
                return;
            }

            var d = 0.0;
            for (var j = i - dPeriod + 1; j <= i; j++)
            {
                d += ks[j];
            }

            Assert.True(Math.Abs(ks[i] - stochastic.Value) <= 1e-9, $"%K {ks[i]} vs {stochastic.Value} at {i}");
            Assert.True(Math.Abs((d / dPeriod) - stochastic.D) <= 1e-9, $"%D {d / dPeriod} vs {stochastic.D} at {i}");
        });
    }

    // Enough bars since the start or the reset for a window of this length.
    private static bool Ready(int i, int length) => i - (i < ResetAt ? 0 : ResetAt) + 1 >= length;

    private static void FeedWithReset(IIndicator indicator, Action<int> check)
    {
        for (var i = 0; i < Walk.Length; i++)
        {
            if (i == ResetAt)
            {
                indicator.Reset();
            }

            indicator.Update(Walk[i]);
            check(i);
        }
    }

    private static void AssertRelative(double expected, double actual, int i)
    {
        Assert.True(Math.Abs(expected - actual) <= 1e-10 * Math.Abs(expected), $"expected {expected}, got {actual} at {i}");
    }
}
