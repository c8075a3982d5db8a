using System;
using System.Linq;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Session;

/// <summary>The ring buffer of a bar series, read in place by a commit that holds the symbol's gate.</summary>
public sealed class BarSeriesTests
{
    private static readonly DateTime Open = new(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Reading_a_series_in_place_gives_its_bars_oldest_first_before_the_ring_wraps()
    {
        var series = new BarSeries(Interval.Minutes(1), null, capacity: 5);
        Append(series, 0, 1, 2);

        Assert.Equal(Starts(0, 1, 2), series.HeldUnderGate().ToArray().Select(b => b.Start));
    }

    [Fact]
    public void Reading_a_wrapped_series_in_place_gives_its_newest_bars_oldest_first_and_leaves_it_unchanged()
    {
        // Capacity 5, bars 0..7 appended: bars 0, 1 and 2 were dropped, so the ring holds 3..7 starting at its slot 3.
        var series = new BarSeries(Interval.Minutes(1), null, capacity: 5);
        Append(series, 0, 1, 2, 3, 4, 5, 6, 7);

        Assert.Equal(Starts(3, 4, 5, 6, 7), series.HeldUnderGate().ToArray().Select(b => b.Start));

        // The series still reads the same and keeps working as a ring: bar 8 drops bar 3.
        Assert.Equal(Starts(3, 4, 5, 6, 7), series.ToArray().Select(b => b.Start));
        Append(series, 8);
        Assert.Equal(Starts(4, 5, 6, 7, 8), series.ToArray().Select(b => b.Start));
        Assert.Equal(Starts(4, 5, 6, 7, 8), series.HeldUnderGate().ToArray().Select(b => b.Start));
        Assert.Equal(Open.AddMinutes(4), series[0].Start);
    }

    private static void Append(BarSeries series, params int[] minutes)
    {
        foreach (var minute in minutes)
        {
            Assert.True(series.Append(new Bar(Open.AddMinutes(minute), 1, 2, 0.5, 1.5, 100)));
        }
    }

    private static DateTime[] Starts(params int[] minutes) => minutes.Select(m => Open.AddMinutes(m)).ToArray();
}
