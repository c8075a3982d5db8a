using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

public class RsiTests
{
    // Wilder's RSI worked example as reproduced by StockCharts ChartSchool ("Relative Strength Index (RSI)").
    private static readonly double[] Closes =
    [
        44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08,
        45.89, 46.03, 45.61, 46.28, 46.28, 46.00, 46.03,
    ];

    [Fact]
    public void Fourteen_day_rsi_matches_the_worked_example()
    {
        // Changes of the first 15 closes: −0.25 +0.06 −0.54 +0.72 +0.50 +0.27 +0.32 +0.42 +0.24 −0.19 +0.14 −0.42 +0.67 0.
        // Gains 0.06+0.72+0.50+0.27+0.32+0.42+0.24+0.14+0.67 = 3.34; losses 0.25+0.54+0.19+0.42 = 1.40.
        // First RSI (15th close) = 100 × (3.34/14) / (3.34/14 + 1.40/14) = 100 × 3.34 / 4.74 = 70.4641350211.
        // (StockCharts shows 70.53 because it rounds the averages to two decimals before dividing.)
        // 16th close, change −0.28: gain = (3.34/14 × 13 + 0) / 14 = 43.42/196, loss = (1.40/14 × 13 + 0.28) / 14 = 22.12/196,
        // RSI = 100 × 43.42 / 65.54 = 66.2496185536.
        // 17th close, change +0.03: gain = (43.42/196 × 13 + 0.03) / 14, loss = 22.12/196 × 13 / 14 → 66.4809418347.
        var values = FeedCloses(new Rsi(14), Closes);

        Assert.True(double.IsNaN(values[13]));
        AssertClose(70.4641350211, values[14], 1e-9);
        AssertClose(66.2496185536, values[15], 1e-9);
        AssertClose(66.4809418347, values[16], 1e-9);
    }

    [Fact]
    public void Rsi_is_100_with_only_gains_0_with_only_losses_and_50_without_moves()
    {
        Assert.Equal(100.0, FeedCloses(new Rsi(3), [1, 2, 3, 4, 5])[4]);
        Assert.Equal(0.0, FeedCloses(new Rsi(3), [5, 4, 3, 2, 1])[4]);
        Assert.Equal(50.0, FeedCloses(new Rsi(3), [5, 5, 5, 5, 5])[4]);
    }
}
