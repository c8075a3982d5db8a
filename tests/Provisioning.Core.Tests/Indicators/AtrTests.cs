using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

public class AtrTests
{
    // StockCharts ChartSchool, "Average True Range (ATR)", spreadsheet example: QQQQ, 2010-04-01 to 2010-05-13.
    private static readonly double[] Highs =
    [
        48.70, 48.72, 48.90, 48.87, 48.82, 49.05, 49.20, 49.35, 49.92, 50.19, 50.12, 49.66, 49.88, 50.19, 50.36,
        50.57, 50.65, 50.43, 49.63, 50.33, 50.29, 50.17, 49.32, 48.50, 48.32, 46.80, 47.80, 48.39, 48.66, 48.79,
    ];

    private static readonly double[] Lows =
    [
        47.79, 48.14, 48.39, 48.37, 48.24, 48.64, 48.94, 48.86, 49.50, 49.87, 49.20, 48.90, 49.43, 49.73, 49.26,
        50.09, 50.30, 49.21, 48.98, 49.61, 49.20, 49.43, 48.08, 47.64, 41.55, 44.28, 47.31, 47.20, 47.90, 47.73,
    ];

    private static readonly double[] Closes =
    [
        48.16, 48.61, 48.75, 48.63, 48.74, 49.03, 49.07, 49.32, 49.91, 50.13, 49.53, 49.50, 49.75, 50.03, 50.31,
        50.52, 50.41, 49.43, 49.37, 50.23, 49.24, 49.93, 48.43, 48.18, 46.57, 45.41, 47.77, 47.72, 48.62, 47.85,
    ];

    [Fact]
    public void Fourteen_day_atr_matches_a_hand_calculation_on_the_StockCharts_data()
    {
        // True ranges by hand (the first bar has no previous close, so H − L):
        //   0.91 0.58 0.51 0.50 0.58 0.41 0.26 0.49 0.60 0.32 0.93 0.76 0.45 0.46 | 1.10 0.48 0.35 1.22 0.65 0.96 1.09
        //   0.93 1.85 0.86 6.77 2.52 2.39 1.19 0.94 1.06
        // e.g. bar 2: max(48.72−48.14, |48.72−48.16|, |48.14−48.16|) = 0.58; bar 15: max(50.36−49.26, |50.36−50.03|, |49.26−50.03|) = max(1.10, 0.33, 0.77) = 1.10.
        // First ATR (bar 14, 2010-04-21) = 7.76 / 14 = 0.5542857143;
        // bar 15: (0.5542857143 × 13 + 1.10) / 14 = 0.5932653061; bar 16: (0.5932653061 × 13 + 0.48) / 14 = 0.5851749271.
        var values = Feed(new Atr(14));

        Assert.True(double.IsNaN(values[12]));
        AssertClose(0.5542857143, values[13], 1e-9);
        AssertClose(0.5932653061, values[14], 1e-9);
        AssertClose(0.5851749271, values[15], 1e-9);

        // The rest of the ATR column continued the same way by hand, to two decimals.
        double[] column = [0.55, 0.59, 0.59, 0.57, 0.61, 0.62, 0.64, 0.67, 0.69, 0.77, 0.78, 1.21, 1.30, 1.38, 1.37, 1.34, 1.32];
        for (var i = 0; i < column.Length; i++)
        {
            AssertClose(column[i], values[i + 13], 0.005 + 1e-9);
        }
    }

    [Fact]
    public void True_range_reaches_back_to_the_previous_close_on_gaps()
    {
        // ATR(1) is the true range itself. Bar 2 gaps up: max(12 − 11, |12 − 9|, |11 − 9|) = 3.
        // Bar 3 gaps down: max(6 − 5, |6 − 11.5|, |5 − 11.5|) = 6.5.
        var atr = new Atr(1);
        atr.Update(Hlc(10, 8, 9));
        Assert.Equal(2.0, atr.Value);
        atr.Update(Hlc(12, 11, 11.5));
        Assert.Equal(3.0, atr.Value);
        atr.Update(Hlc(6, 5, 5.5));
        Assert.Equal(6.5, atr.Value);
    }

    private static double[] Feed(Atr atr)
    {
        var values = new double[Closes.Length];
        for (var i = 0; i < Closes.Length; i++)
        {
            atr.Update(Hlc(Highs[i], Lows[i], Closes[i], i));
            values[i] = atr.Value;
        }

        return values;
    }
}
