using System;
using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

public class MacdTests
{
    [Fact]
    public void Small_macd_matches_a_hand_calculation_in_fractions()
    {
        // MACD(2, 3, 2) on closes 10, 12, 11, 13, 16, 15, 17, every EMA seeded with the SMA of its first inputs.
        // EMA2 (α = 2/3): bar 2 = (10+12)/2 = 11; bar 3 = 11 + 2/3·(11−11) = 11; bar 4 = 11 + 2/3·2 = 37/3;
        //   bar 5 = 37/3 + 2/3·(16 − 37/3) = 133/9; bar 6 = 403/27; bar 7 = 1321/81.
        // EMA3 (α = 1/2): bar 3 = (10+12+11)/3 = 11; bar 4 = 12; bar 5 = 14; bar 6 = 29/2; bar 7 = 63/4.
        // Line = EMA2 − EMA3: bar 3 = 0; bar 4 = 1/3; bar 5 = 7/9; bar 6 = 23/54; bar 7 = 181/324.
        // Signal = EMA2 of the line: bar 4 = (0 + 1/3)/2 = 1/6; bar 5 = 1/6 + 2/3·(7/9 − 1/6) = 31/54;
        //   bar 6 = 77/162; bar 7 = 43/81. Histogram = line − signal: 1/6, 11/54, −4/81, 1/36.
        var macd = new Macd(2, 3, 2);
        double[] closes = [10, 12, 11, 13, 16, 15, 17];
        double[] line = [double.NaN, double.NaN, double.NaN, 1.0 / 3, 7.0 / 9, 23.0 / 54, 181.0 / 324];
        double[] signal = [double.NaN, double.NaN, double.NaN, 1.0 / 6, 31.0 / 54, 77.0 / 162, 43.0 / 81];
        double[] histogram = [double.NaN, double.NaN, double.NaN, 1.0 / 6, 11.0 / 54, -4.0 / 81, 1.0 / 36];

        for (var i = 0; i < closes.Length; i++)
        {
            macd.Update(Close(closes[i], i));
            if (i < 3)
            {
                Assert.False(macd.IsReady);
                Assert.True(double.IsNaN(macd.Value) && double.IsNaN(macd.Signal) && double.IsNaN(macd.Histogram));
                continue;
            }

            AssertClose(line[i], macd.Value, 1e-12);
            AssertClose(signal[i], macd.Signal, 1e-12);
            AssertClose(histogram[i], macd.Histogram, 1e-12);
        }
    }

    [Fact]
    public void Macd_line_is_the_difference_of_two_independently_computed_emas()
    {
        // Naive EMAs written here: SMA seed over the first n closes, then e += 2/(n+1)·(close − e).
        var bars = RandomWalk(500, seed: 11);
        var macd = new Macd(12, 26, 9);
        double fast = 0, slow = 0, signal = 0;
        var lines = 0;
        double lineSeed = 0;
        for (var i = 0; i < bars.Length; i++)
        {
            var close = bars[i].Close;
            fast = NaiveEmaStep(fast, close, i, 12, bars);
            slow = NaiveEmaStep(slow, close, i, 26, bars);
            macd.Update(bars[i]);
            if (i < 25)
            {
                continue;
            }

            var line = fast - slow;
            lines++;
            if (lines < 9)
            {
                lineSeed += line;
                continue;
            }

            signal = lines == 9 ? (lineSeed + line) / 9 : signal + (2.0 / 10 * (line - signal));
            AssertClose(line, macd.Value, 1e-9);
            AssertClose(signal, macd.Signal, 1e-9);
            AssertClose(line - signal, macd.Histogram, 1e-9);
        }
    }

    [Fact]
    public void Fast_period_must_be_below_slow_period()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Macd(26, 12, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Macd(12, 12, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Macd(0, 26, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Macd(12, 26, 0));
    }

    private static double NaiveEmaStep(double previous, double close, int index, int period, Provisioning.Data.Bar[] bars)
    {
        if (index < period - 1)
        {
            return 0;
        }

        if (index == period - 1)
        {
            var sum = 0.0;
            for (var j = 0; j < period; j++)
            {
                sum += bars[j].Close;
            }

            return sum / period;
        }

        return previous + (2.0 / (period + 1) * (close - previous));
    }
}
