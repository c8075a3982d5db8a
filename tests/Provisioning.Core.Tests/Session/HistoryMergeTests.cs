using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Session;

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

    private static Bar Minute(int minute, double price) => new(Open.AddMinutes(minute), price, price + 1, price - 1, price, 10 + minute);
}
