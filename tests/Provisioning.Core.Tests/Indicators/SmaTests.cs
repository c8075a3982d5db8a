using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

public class SmaTests
{
    // StockCharts ChartSchool, "Moving Averages - Simple and Exponential", spreadsheet example: 30 daily closes.
    internal static readonly double[] StockChartsCloses =
    [
        22.27, 22.19, 22.08, 22.17, 22.18, 22.13, 22.23, 22.43, 22.24, 22.29,
        22.15, 22.39, 22.38, 22.61, 23.36, 24.05, 23.75, 23.83, 23.95, 23.63,
        23.82, 23.87, 23.65, 23.19, 23.10, 23.33, 22.68, 23.10, 22.40, 22.17,
    ];

    [Fact]
    public void Ten_day_sma_matches_the_StockCharts_example_worked_exactly()
    {
        // Each value is the exact decimal sum of ten closes / 10, worked by hand: the first is
        // (22.27 + 22.19 + 22.08 + 22.17 + 22.18 + 22.13 + 22.23 + 22.43 + 22.24 + 22.29) / 10 = 222.21 / 10 = 22.221;
        // the next drops 22.27 and adds 22.15: 222.09 / 10 = 22.209; and so on.
        double[] expected =
        [
            22.221, 22.209, 22.229, 22.259, 22.303, 22.421, 22.613, 22.765, 22.905, 23.076, 23.210,
            23.377, 23.525, 23.652, 23.710, 23.684, 23.612, 23.505, 23.432, 23.277, 23.131,
        ];

        var values = FeedCloses(new Sma(10), StockChartsCloses);

        for (var i = 0; i < 9; i++)
        {
            Assert.True(double.IsNaN(values[i]));
        }

        for (var i = 0; i < expected.Length; i++)
        {
            AssertClose(expected[i], values[i + 9], 1e-9);
        }
    }

    [Fact]
    public void Sma_of_one_is_the_close()
    {
        var values = FeedCloses(new Sma(1), [5, 7, 3]);
        Assert.Equal([5, 7, 3], values);
    }

    [Fact]
    public void Reset_forgets_the_window()
    {
        var sma = new Sma(3);
        FeedCloses(sma, [100, 200, 300]);
        sma.Reset();
        Assert.False(sma.IsReady);
        Assert.True(double.IsNaN(sma.Value));

        // (1 + 2 + 3) / 3 = 2: nothing of the earlier window remains.
        Assert.Equal(2.0, FeedCloses(sma, [1, 2, 3])[2]);
    }
}
