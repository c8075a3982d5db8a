using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

public class StochasticTests
{
    // StockCharts ChartSchool, "Stochastic Oscillator (Fast, Slow, and Full)", spreadsheet example: 30 bars; the
    // closes of the first 13 are not shown there and do not matter for %K(14) from bar 14 on.
    private static readonly double[] Highs =
    [
        127.01, 127.62, 126.59, 127.35, 128.17, 128.43, 127.37, 126.42, 126.90, 126.85, 125.65, 125.72, 127.16, 127.72, 127.69,
        128.22, 128.27, 128.09, 128.27, 127.74, 128.77, 129.29, 130.06, 129.12, 129.29, 128.47, 128.09, 128.65, 129.14, 128.64,
    ];

    private static readonly double[] Lows =
    [
        125.36, 126.16, 124.93, 126.09, 126.82, 126.48, 126.03, 124.83, 126.39, 125.72, 124.56, 124.57, 125.07, 126.86, 126.63,
        126.80, 126.71, 126.80, 126.13, 125.92, 126.99, 127.81, 128.47, 128.06, 127.61, 127.60, 127.00, 126.90, 127.49, 127.40,
    ];

    private static readonly double[] Closes =
    [
        126.00, 126.00, 126.00, 126.00, 126.00, 126.00, 126.00, 126.00, 126.00, 126.00, 126.00, 126.00, 126.00, 127.29, 127.18,
        128.01, 127.11, 127.73, 127.06, 127.33, 128.71, 127.87, 128.58, 128.60, 127.93, 128.11, 127.60, 127.60, 128.69, 128.27,
    ];

    [Fact]
    public void Fast_stochastic_matches_a_hand_calculation_on_the_StockCharts_data()
    {
        // Bars 1–14: highest high 128.43 (bar 6), lowest low 124.56 (bar 11): %K = 100 × (127.29 − 124.56) / 3.87 = 70.5426357.
        // Bars 2–15: same extremes: %K = 100 × (127.18 − 124.56) / 3.87 = 67.7002584.
        // Bars 3–16: same extremes: %K = 100 × (128.01 − 124.56) / 3.87 = 89.1472868.
        // %D (bar 16) = (70.5426357 + 67.7002584 + 89.1472868) / 3 = 75.7967270.
        // Bars 7–20: highest high 128.27, lowest low 124.56; close 127.33: %K = 100 × 2.77 / 3.71 = 74.6630728.
        // (StockCharts' table shows 70.44, 67.61, 89.20 and %D 75.75: its spreadsheet rounds differently.)
        var stochastic = new Stochastic(14, 3);
        var k = new double[Closes.Length];
        var d = new double[Closes.Length];
        for (var i = 0; i < Closes.Length; i++)
        {
            stochastic.Update(Hlc(Highs[i], Lows[i], Closes[i], i));
            k[i] = stochastic.Value;
            d[i] = stochastic.D;
        }

        Assert.True(double.IsNaN(k[14]) && double.IsNaN(d[14]));
        AssertClose(89.1472868, k[15], 1e-6);
        AssertClose(75.7967270, d[15], 1e-6);
        AssertClose(74.6630728, k[19], 1e-6);
        Assert.Equal(stochastic.Value, stochastic.K);
    }

    [Fact]
    public void Percent_k_without_a_range_is_50()
    {
        var stochastic = new Stochastic(2, 1);
        stochastic.Update(Hlc(5, 5, 5));
        stochastic.Update(Hlc(5, 5, 5));
        Assert.Equal(50.0, stochastic.Value);
        Assert.Equal(50.0, stochastic.D);
    }

    [Fact]
    public void Window_extremes_slide_out()
    {
        // %K(3): bars (H, L, C) = (10, 1, 5), (6, 4, 5), (7, 5, 6), (8, 6, 7).
        // Window 1–3: HH 10, LL 1: (6 − 1) / 9 = 55.56 %. Window 2–4: HH 8, LL 4: (7 − 4) / 4 = 75 %.
        var stochastic = new Stochastic(3, 1);
        stochastic.Update(Hlc(10, 1, 5));
        stochastic.Update(Hlc(6, 4, 5));
        stochastic.Update(Hlc(7, 5, 6));
        AssertClose(500.0 / 9, stochastic.Value, 1e-12);
        stochastic.Update(Hlc(8, 6, 7));
        AssertClose(75.0, stochastic.Value, 1e-12);
    }
}
