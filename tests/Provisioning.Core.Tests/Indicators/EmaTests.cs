using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

public class EmaTests
{
    [Fact]
    public void Ten_day_ema_is_seeded_with_the_sma_then_smoothed_by_2_over_11()
    {
        // StockCharts ChartSchool, "Moving Averages - Simple and Exponential": the 10-day EMA starts from the 10-day
        // SMA, 222.21 / 10 = 22.221, then EMA = (close − previous) × 2/11 + previous. By hand:
        //   day 11: (22.15 − 22.221) × 2/11 + 22.221 = 22.221 − 0.0129090909 = 22.2080909091
        //   day 12: (22.39 − 22.2080909091) × 2/11 + 22.2080909091 = 22.2411652893
        var values = FeedCloses(new Ema(10), SmaTests.StockChartsCloses);

        Assert.True(double.IsNaN(values[8]));
        AssertClose(22.221, values[9], 1e-12);
        AssertClose(22.2080909091, values[10], 1e-9);
        AssertClose(22.2411652893, values[11], 1e-9);
    }

    [Fact]
    public void Ten_day_ema_matches_the_published_StockCharts_column()
    {
        // The EMA column of the same StockCharts spreadsheet, shown to two decimals (their rounding of the display
        // differs from half-up in places, e.g. 22.7952 shown as 22.79), hence the 0.006 tolerance.
        double[] published =
        [
            22.22, 22.21, 22.24, 22.27, 22.33, 22.52, 22.79, 22.97, 23.13, 23.28, 23.34,
            23.43, 23.51, 23.53, 23.47, 23.40, 23.39, 23.26, 23.23, 23.08, 22.91,
        ];

        var values = FeedCloses(new Ema(10), SmaTests.StockChartsCloses);

        for (var i = 0; i < published.Length; i++)
        {
            AssertClose(published[i], values[i + 9], 0.006);
        }
    }

    [Fact]
    public void Ema_of_a_constant_series_is_the_constant()
    {
        var values = FeedCloses(new Ema(5), [7, 7, 7, 7, 7, 7, 7, 7]);
        Assert.All(values[4..], v => Assert.Equal(7.0, v));
    }
}
