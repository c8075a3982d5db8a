using System;
using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

public class BollingerBandsTests
{
    // StockCharts ChartSchool, "Bollinger Bands", spreadsheet example: 42 daily closes, 20-day bands, k = 2.
    private static readonly double[] Closes =
    [
        86.16, 89.09, 88.78, 90.32, 89.07, 91.15, 89.44, 89.18, 86.93, 87.68,
        86.96, 89.43, 89.32, 88.72, 87.45, 87.26, 89.50, 87.90, 89.13, 90.70,
        92.90, 92.98, 91.80, 92.66, 92.68, 92.30, 92.77, 92.54, 92.95, 93.20,
        91.07, 89.83, 89.74, 90.40, 90.74, 88.02, 88.09, 88.84, 90.78, 90.54,
        91.39, 90.65,
    ];

    [Fact]
    public void First_band_matches_a_hand_calculation_with_the_population_deviation()
    {
        // Sum of the first 20 closes = 1774.17, middle = 88.7085. Σ(close − 88.7085)² = 33.370055, so the population
        // variance (÷ 20, as Bollinger defines it) is 1.668503 and σ = 1.291705; bands 88.7085 ± 2σ = 91.2919 / 86.1251.
        var bands = Feed(new BollingerBands(20, 2));

        Assert.True(double.IsNaN(bands[18].Middle));
        AssertClose(88.7085, bands[19].Middle, 1e-9);
        AssertClose(1.291705, bands[19].Deviation, 1e-6);
        AssertClose(91.2919, bands[19].Upper, 1e-4);
        AssertClose(86.1251, bands[19].Lower, 1e-4);
    }

    [Fact]
    public void Bands_match_the_published_StockCharts_table()
    {
        // The middle, upper and lower columns of the same spreadsheet, to two decimals (lower band: first 16 rows).
        double[] middle =
        [
            88.71, 89.05, 89.24, 89.39, 89.51, 89.69, 89.75, 89.91, 90.08, 90.38, 90.66, 90.86,
            90.88, 90.90, 90.99, 91.15, 91.19, 91.12, 91.17, 91.25, 91.24, 91.17, 91.05,
        ];
        double[] upper =
        [
            91.29, 91.95, 92.61, 92.93, 93.31, 93.73, 93.90, 94.26, 94.56, 94.79, 95.04, 94.91,
            94.90, 94.89, 94.86, 94.67, 94.55, 94.68, 94.57, 94.53, 94.53, 94.37, 94.15,
        ];
        double[] lower = [86.13, 86.14, 85.87, 85.85, 85.70, 85.65, 85.59, 85.56, 85.60, 85.98, 86.27, 86.82, 86.86, 86.91, 87.12, 87.63];

        var bands = Feed(new BollingerBands(20, 2));

        for (var i = 0; i < middle.Length; i++)
        {
            AssertClose(middle[i], bands[i + 19].Middle, 0.005 + 1e-9);
            AssertClose(upper[i], bands[i + 19].Upper, 0.005 + 1e-9);
        }

        for (var i = 0; i < lower.Length; i++)
        {
            AssertClose(lower[i], bands[i + 19].Lower, 0.005 + 1e-9);
        }
    }

    [Fact]
    public void Flat_window_has_zero_width()
    {
        var bands = new BollingerBands(3, 2);
        FeedCloses(bands, [5, 5, 5, 5]);
        Assert.Equal(5.0, bands.Upper);
        Assert.Equal(5.0, bands.Lower);
        Assert.Equal(0.0, bands.StandardDeviation);
    }

    [Fact]
    public void Deviations_must_be_a_positive_number()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands(20, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands(20, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands(20, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands(20, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands(20, 10.5));
        Assert.Equal(0.1, new BollingerBands(20, 0.1).Deviations);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands(0, 2));
    }

    private static (double Middle, double Upper, double Lower, double Deviation)[] Feed(BollingerBands bands)
    {
        var result = new (double, double, double, double)[Closes.Length];
        for (var i = 0; i < Closes.Length; i++)
        {
            bands.Update(Close(Closes[i], i));
            result[i] = (bands.Value, bands.Upper, bands.Lower, bands.StandardDeviation);
        }

        return result;
    }
}
