using System;
using System.Collections.Generic;
using Provisioning.Data;
using Provisioning.Indicators;

namespace Provisioning.Core.Tests.Indicators;

/// <summary>Bars for indicator tests: the indicators read prices and volume, not times, so times are just minutes.</summary>
internal static class TestBars
{
    private static readonly DateTime Origin = new(2024, 1, 2, 14, 30, 0, DateTimeKind.Utc);

    public static Bar Close(double close, int index = 0) => new(Origin.AddMinutes(index), close, close, close, close, 0);

    public static Bar Hlc(double high, double low, double close, int index = 0) =>
        new(Origin.AddMinutes(index), close, high, low, close, 0);

    public static Bar Hlcv(double high, double low, double close, double volume, int index = 0) =>
        new(Origin.AddMinutes(index), close, high, low, close, volume);

    /// <summary>Feeds closes and returns the indicator's value after each.</summary>
    public static double[] FeedCloses(IIndicator indicator, IReadOnlyList<double> closes)
    {
        var values = new double[closes.Count];
        for (var i = 0; i < closes.Count; i++)
        {
            indicator.Update(Close(closes[i], i));
            values[i] = indicator.Value;
        }

        return values;
    }

    /// <summary>A seeded random walk of OHLCV bars with realistic shapes (high ≥ open, close ≥ low, ...).</summary>
    public static Bar[] RandomWalk(int count, int seed, double start = 100)
    {
        var random = new Random(seed);
        var bars = new Bar[count];
        var price = start;
        for (var i = 0; i < count; i++)
        {
            var open = price;
            var close = open * (1 + ((random.NextDouble() - 0.5) * 0.02));
            var high = Math.Max(open, close) * (1 + (random.NextDouble() * 0.005));
            var low = Math.Min(open, close) * (1 - (random.NextDouble() * 0.005));

            // Now and then a flat bar, so equal closes and equal highs/lows are exercised.
            if (random.Next(50) == 0)
            {
                close = open;
                high = open;
                low = open;
            }

            var volume = Math.Round(100 + (random.NextDouble() * 900));
            bars[i] = new Bar(Origin.AddMinutes(i), open, high, low, close, volume);
            price = close;
        }

        return bars;
    }

    public static void AssertClose(double expected, double actual, double tolerance)
    {
        Assert.False(double.IsNaN(actual), $"expected {expected}, got NaN");
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected} ± {tolerance}, got {actual}");
    }
}
