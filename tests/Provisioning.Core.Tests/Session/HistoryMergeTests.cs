using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Session;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// Loaded history merged into the bars a base series holds: one strictly increasing run in which a bar in both is kept
/// once, the history's copy, whatever the size of either and the order the history was read in.
/// </summary>
public sealed class HistoryMergeTests
{
    private static readonly DateTime Open = new(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void A_bar_in_both_the_history_and_the_series_is_kept_once_as_the_historys_copy(int seed)
    {
        var random = new Random(seed);
        foreach (var historySize in new[] { 1, 2, 15, 16, 17, 33, 100, 250, 1000 })
        {
            foreach (var heldSize in new[] { 0, 1, 17, 64, 300 })
            {
                // History minutes 0..historySize-1 read in a shuffled order (a store whose files or rows are out of
                // order); the series holds minutes from the middle of the history on, with different prices.
                var history = Enumerable.Range(0, historySize).Select(m => Minute(m, price: 100)).ToArray();
                random.Shuffle(history);
                var heldFrom = historySize / 2;
                var held = Enumerable.Range(heldFrom, heldSize).Select(m => Minute(m, price: 200)).ToArray();

                var (buffer, count) = HistoryMerge.Merge(history, held, capacity: 1, Interval.Minutes(1), sessionMinutes: 390);

                // By hand: every minute of either once, in order; a minute in the history is the history's (price 100).
                var expected = new SortedDictionary<DateTime, Bar>();
                foreach (var bar in held)
                {
                    expected[bar.Start] = bar;
                }

                foreach (var bar in history)
                {
                    expected[bar.Start] = bar;
                }

                Assert.Equal(expected.Values, buffer.Take(count));
            }
        }
    }

    [Fact]
    public void History_in_order_keeps_its_copy_of_a_minute_the_series_holds()
    {
        var history = Enumerable.Range(0, 40).Select(m => Minute(m, price: 100)).ToArray();
        var held = Enumerable.Range(30, 20).Select(m => Minute(m, price: 200)).ToArray();

        var (buffer, count) = HistoryMerge.Merge(history, held, capacity: 1, Interval.Minutes(1), sessionMinutes: 390);

        Assert.Equal(50, count);
        Assert.All(buffer.Take(40), bar => Assert.Equal(100, bar.Close));
        Assert.All(buffer.Skip(40).Take(10), bar => Assert.Equal(200, bar.Close));
    }

    [Fact]
    public void A_minute_the_history_holds_twice_out_of_order_is_kept_once_as_the_copy_read_first()
    {
        // 40 minutes read newest first, then minute 5 again with another price: the first read (100) is kept.
        var history = Enumerable.Range(0, 40).Reverse().Select(m => Minute(m, price: 100)).Append(Minute(5, price: 300)).ToArray();

        var (buffer, count) = HistoryMerge.Merge(history, [], capacity: 1, Interval.Minutes(1), sessionMinutes: 390);

        Assert.Equal(40, count);
        Assert.Equal(Enumerable.Range(0, 40).Select(m => Open.AddMinutes(m)), buffer.Take(count).Select(b => b.Start));
        Assert.All(buffer.Take(count), bar => Assert.Equal(100, bar.Close));
    }

    [Fact]
    public void An_empty_series_adopts_the_loads_array_and_holds_the_same_bars_as_the_copy()
    {
        // A load sized for 780 expected minutes (two sessions) that read them all, written by hand: minute m at price m.
        var needed = 780 + 390 + 64;
        var history = new HistoryBuffer(needed);
        for (var minute = 0; minute < 780; minute++)
        {
            history.Add(Minute(minute, price: minute));
        }

        var copy = HistoryMerge.Merge(history.Bars.ToArray(), [], capacity: 454, Interval.Minutes(1), sessionMinutes: 390);

        var (buffer, count) = HistoryMerge.MergeOrAdopt(history, [], capacity: 454, Interval.Minutes(1), sessionMinutes: 390);

        Assert.Equal(780, count);
        Assert.Equal(copy.Buffer.Take(copy.Count), buffer.Take(count));
        Assert.Equal(Enumerable.Range(0, 780).Select(m => (double)m), buffer.Take(count).Select(b => b.Close));
        // The array is the load's (nothing copied), of the capacity a series of 780 minutes on XNYS needs.
        Assert.Equal(needed, buffer.Length);
        Assert.Equal(copy.Buffer.Length, buffer.Length);
        Assert.Equal(0, history.Count);
    }

    [Fact]
    public void A_load_far_below_its_expected_bars_is_copied_into_a_series_of_the_bound()
    {
        // 100 minutes in a buffer sized for 780: adopting it would keep 1,234 slots for 100 bars, past the bound.
        var history = new HistoryBuffer(780 + 390 + 64);
        for (var minute = 0; minute < 100; minute++)
        {
            history.Add(Minute(minute, price: 100));
        }

        var (buffer, count) = HistoryMerge.MergeOrAdopt(history, [], capacity: 454, Interval.Minutes(1), sessionMinutes: 390);

        Assert.Equal(100, count);
        Assert.Equal(100 + 390 + 64, buffer.Length);
        Assert.Equal(Enumerable.Range(0, 100).Select(m => Open.AddMinutes(m)), buffer.Take(count).Select(b => b.Start));
        Assert.Equal(100, history.Count);
    }

    [Fact]
    public void History_met_by_held_bars_or_out_of_order_is_merged_not_adopted()
    {
        var needed = 40 + 390 + 64;
        var held = Enumerable.Range(30, 20).Select(m => Minute(m, price: 200)).ToArray();
        var overlapping = new HistoryBuffer(needed);
        overlapping.AddRange(Enumerable.Range(0, 40).Select(m => Minute(m, price: 100)).ToArray());
        var reversed = new HistoryBuffer(needed);
        reversed.AddRange(Enumerable.Range(0, 40).Reverse().Select(m => Minute(m, price: 100)).ToArray());

        var merged = HistoryMerge.MergeOrAdopt(overlapping, held, capacity: 1, Interval.Minutes(1), sessionMinutes: 390);
        var sorted = HistoryMerge.MergeOrAdopt(reversed, [], capacity: 1, Interval.Minutes(1), sessionMinutes: 390);

        Assert.Equal(50, merged.Count);
        Assert.All(merged.Buffer.Skip(40).Take(10), bar => Assert.Equal(200, bar.Close));
        Assert.Equal(40, overlapping.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(m => Open.AddMinutes(m)), sorted.Buffer.Take(sorted.Count).Select(b => b.Start));
        Assert.Equal(40, reversed.Count);
    }

    [Fact]
    public void A_pooled_load_is_copied_and_its_array_kept_for_the_pool()
    {
        // 1,594 minutes need a series of 1,594 + 390 + 64 = 2,048 bars, and the pool's array for them is 2,048 long:
        // adoptable by its length, but rented, so the commit copies it and the pool gets the array back.
        using var history = new HistoryBuffer(2048, pooled: true);
        for (var minute = 0; minute < 1594; minute++)
        {
            history.Add(Minute(minute, price: minute));
        }

        var (buffer, count) = HistoryMerge.MergeOrAdopt(history, [], capacity: 454, Interval.Minutes(1), sessionMinutes: 390);

        Assert.Equal(1594, count);
        Assert.Equal(2048, buffer.Length);
        Assert.Equal(history.Bars.ToArray(), buffer.Take(count));
        Assert.Equal(1594, history.Count);
    }

    [Theory]
    [InlineData(1234, 780, true)] // exactly the bound: 780 + 390 + 64
    [InlineData(1542, 780, true)] // a quarter over it
    [InlineData(1543, 780, false)]
    [InlineData(1233, 780, false)] // too small for the series
    public void A_buffer_is_adopted_only_within_a_quarter_over_the_series_bound(int length, int count, bool adopted) =>
        Assert.Equal(adopted, HistoryMerge.CanAdopt(length, count, capacity: 454, Interval.Minutes(1), sessionMinutes: 390));

    private static Bar Minute(int minute, double price) => new(Open.AddMinutes(minute), price, price + 1, price - 1, price, 10 + minute);
}
