using System;
using Provisioning.Indicators.Streaming;

namespace Provisioning.Core.Tests.Indicators;

public class RollingWindowTests
{
    [Fact]
    public void Filling_returns_zero_counts_up_and_indexes_oldest_first()
    {
        var window = new RollingWindow(3);

        Assert.Equal(3, window.Capacity);
        Assert.Equal(0, window.Count);
        Assert.False(window.IsFull);
        Assert.Equal(0.0, window.Add(10));
        Assert.Equal(0.0, window.Add(20));

        Assert.Equal(2, window.Count);
        Assert.False(window.IsFull);
        Assert.Equal(10, window[0]);
        Assert.Equal(20, window[1]);
    }

    [Fact]
    public void A_full_window_returns_the_value_that_fell_out_and_wraps_around()
    {
        var window = new RollingWindow(3);
        double[] removed = new double[7];
        for (var i = 0; i < 7; i++)
        {
            removed[i] = window.Add(i + 1);
        }

        // 1, 2, 3 fill it; 4 pushes out 1, 5 pushes out 2, ...; after two laps the ring holds 5, 6, 7.
        Assert.Equal([0, 0, 0, 1, 2, 3, 4], removed);
        Assert.True(window.IsFull);
        Assert.Equal(3, window.Count);
        Assert.Equal(5, window[0]);
        Assert.Equal(6, window[1]);
        Assert.Equal(7, window[2]);
    }

    [Fact]
    public void Reset_empties_the_window_and_old_values_never_fall_out_again()
    {
        var window = new RollingWindow(3);
        for (var i = 1; i <= 4; i++)
        {
            window.Add(i);
        }

        window.Reset();

        Assert.Equal(0, window.Count);
        Assert.False(window.IsFull);
        Assert.Equal(3, window.Capacity);
        Assert.Throws<ArgumentOutOfRangeException>(() => window[0]);

        // The ring still holds 4, 2, 3 in its slots: none of them may come back as a removed value.
        Assert.Equal(0.0, window.Add(100));
        Assert.Equal(0.0, window.Add(200));
        Assert.Equal(0.0, window.Add(300));
        Assert.Equal(100, window.Add(400));
        Assert.Equal(200, window[0]);
        Assert.Equal(300, window[1]);
        Assert.Equal(400, window[2]);
    }

    [Fact]
    public void Runs_give_the_inputs_oldest_first_split_where_the_ring_wraps()
    {
        var window = new RollingWindow(4);
        window.Add(1);
        window.Add(2);
        window.GetRuns(out var older, out var newer);
        Assert.Equal([1.0, 2.0], older.ToArray());
        Assert.True(newer.IsEmpty);

        for (var i = 3; i <= 6; i++)
        {
            window.Add(i);
        }

        // 5 and 6 overwrote the slots of 1 and 2: the ring holds 5 6 3 4, the window is 3 4 5 6.
        window.GetRuns(out older, out newer);
        Assert.Equal([3.0, 4.0], older.ToArray());
        Assert.Equal([5.0, 6.0], newer.ToArray());

        window.Add(7);
        window.Add(8);
        window.GetRuns(out older, out newer);
        Assert.Equal([5.0, 6.0, 7.0, 8.0], older.ToArray());
        Assert.True(newer.IsEmpty);
    }

    [Fact]
    public void A_window_of_one_returns_the_previous_value()
    {
        var window = new RollingWindow(1);

        Assert.Equal(0.0, window.Add(1.5));
        Assert.True(window.IsFull);
        Assert.Equal(1.5, window.Add(2.5));
        Assert.Equal(2.5, window[0]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void Indexing_outside_the_inputs_is_a_bug(int index)
    {
        var window = new RollingWindow(3);
        window.Add(1);
        window.Add(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => window[index]);
    }

    [Fact]
    public void A_window_needs_room_for_one_input()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RollingWindow(0));
    }
}
