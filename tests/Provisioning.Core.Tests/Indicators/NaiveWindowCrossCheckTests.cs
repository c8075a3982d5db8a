using System;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

/// <summary>
/// The O(1) sliding updates against a plain recomputation over the whole window at every bar, written here
/// independently, on a long random walk (with flat bars, so ties and zero ranges occur) with a reset half way, as at a
/// session start: after it the recomputation starts over from the bars since, so a value that was in the window before
/// the reset must neither leave it again nor count, and readiness starts over.
/// </summary>
public class NaiveWindowCrossCheckTests
{
    // Not a multiple of any period above 1 below, so the reset lands with each window part way round its ring.
    private const int ResetAt = 10_001;
    private static readonly Bar[] Walk = RandomWalk(20_000, seed: 20240311);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(20)]
    [InlineData(200)]
    public void Sma_equals_the_mean_of_the_window(int period)
    {
        var sma = new Sma(period);
        for (var i = 0; i < Walk.Length; i++)
        {
            Feed(sma, i);
            if (!Ready(i, period))
            {
                Assert.False(sma.IsReady);
                Assert.True(double.IsNaN(sma.Value));
                continue;
            }

            var sum = 0.0;
            for (var j = i - period + 1; j <= i; j++)
            {
                sum += Walk[j].Close;
            }

            AssertRelative(sum / period, sma.Value);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(30)]
    [InlineData(150)]
    public void Wma_equals_the_weighted_mean_of_the_window(int period)
    {
        var wma = new Wma(period);
        for (var i = 0; i < Walk.Length; i++)
        {
            Feed(wma, i);
            if (!Ready(i, period))
            {
                Assert.True(double.IsNaN(wma.Value));
                continue;
            }

            double numerator = 0, weights = 0;
            for (var weight = 1; weight <= period; weight++)
            {
                numerator += weight * Walk[i - period + weight].Close;
                weights += weight;
            }

            AssertRelative(numerator / weights, wma.Value);
        }
    }

    [Theory]
    [InlineData(2, 2.0)]
    [InlineData(20, 2.0)]
    [InlineData(50, 2.5)]
    public void Bollinger_bands_equal_mean_and_population_deviation_of_the_window(int period, double deviations)
    {
        var bands = new BollingerBands(period, deviations);
        for (var i = 0; i < Walk.Length; i++)
        {
            Feed(bands, i);
            if (!Ready(i, period))
            {
                Assert.True(double.IsNaN(bands.Upper));
                continue;
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

            // The deviation is compared as a variance: σ is a square root, so on a flat window (σ = 0 exactly here)
            // a rounding error of 1e-16 in the squared deviations already shows as σ ≈ 1e-8. 1e-13 × price² is what
            // doubles resolve of squared prices; a wrong formula (sample instead of population, a shifted window)
            // misses by the order of the variance itself.
            var variance = squares / period;
            AssertRelative(mean, bands.Value);
            var actualVariance = bands.StandardDeviation * bands.StandardDeviation;
            Assert.True(Math.Abs(variance - actualVariance) <= 1e-13 * mean * mean, $"σ² {variance} vs {actualVariance} at {i}");
            Assert.True(Math.Abs(bands.Upper - bands.Value - (deviations * bands.StandardDeviation)) <= 1e-12 * mean);
            Assert.True(Math.Abs(bands.Value - bands.Lower - (deviations * bands.StandardDeviation)) <= 1e-12 * mean);
        }
    }

    [Fact]
    public void Bollinger_deviation_stays_accurate_for_large_prices_with_a_tiny_spread()
    {
        // Prices near 1e6 moving by cents: a sum-of-squares formula would lose every significant digit here.
        var bands = new BollingerBands(4, 2);
        double[] closes = [1_000_000.01, 1_000_000.02, 1_000_000.03, 1_000_000.04, 1_000_000.05, 1_000_000.01];
        for (var i = 0; i < closes.Length; i++)
        {
            bands.Update(Close(closes[i], i));
        }

        // Last window .03 .04 .05 .01 (+1e6): mean .0325, deviations .0025 .0075 .0175 −.0225,
        // squares sum 0.00000625 + 0.00005625 + 0.00030625 + 0.00050625 = 0.000875, σ = √(0.000875/4) = 0.0147902.
        Assert.True(Math.Abs(bands.StandardDeviation - 0.0147902) < 1e-6, bands.StandardDeviation.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 3)]
    [InlineData(14, 3)]
    [InlineData(100, 10)]
    public void Stochastic_equals_the_window_extremes_recomputed(int kPeriod, int dPeriod)
    {
        var stochastic = new Stochastic(kPeriod, dPeriod);
        var ks = new double[Walk.Length];
        for (var i = 0; i < Walk.Length; i++)
        {
            Feed(stochastic, i);
            if (!Ready(i, kPeriod))
            {
                Assert.True(double.IsNaN(stochastic.D));
                continue;
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
                Assert.True(double.IsNaN(stochastic.Value));
                continue;
            }

            var d = 0.0;
            for (var j = i - dPeriod + 1; j <= i; j++)
            {
                d += ks[j];
            }

            Assert.True(Math.Abs(ks[i] - stochastic.Value) <= 1e-9, $"%K {ks[i]} vs {stochastic.Value} at {i}");
            Assert.True(Math.Abs((d / dPeriod) - stochastic.D) <= 1e-9, $"%D {d / dPeriod} vs {stochastic.D} at {i}");
        }
    }

    // Enough bars since the start or the reset for a window of this length.
    private static bool Ready(int i, int length) => i - (i < ResetAt ? 0 : ResetAt) + 1 >= length;

    private static void Feed(IIndicator indicator, int i)
    {
        if (i == ResetAt)
        {
            indicator.Reset();
        }

        indicator.Update(Walk[i]);
    }

    private static void AssertRelative(double expected, double actual)
    {
        Assert.True(Math.Abs(expected - actual) <= 1e-10 * Math.Abs(expected), $"expected {expected}, got {actual}");
    }
}
