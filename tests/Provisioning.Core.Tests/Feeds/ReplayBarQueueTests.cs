using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Data;
using Provisioning.Data.Feeds;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Feeds;

/// <summary>The replay's queue hands a step over as one unit and wakes a waiting reader only when asked or when enough is queued.</summary>
public sealed class ReplayBarQueueTests
{
    private static readonly Interval Minute = Interval.Minutes(1);
    private static readonly DateTime Open = new(2024, 3, 12, 13, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void A_step_published_without_a_wake_leaves_a_waiting_reader_asleep_but_readable()
    {
        var queue = new ReplayBarQueue();
        var waiting = queue.WaitToReadAsync();

        Stage(queue, 0, 30);
        queue.Publish(wake: false);

        // 30 bars are far below the 4,096 that wake a reader unasked: the waiter stays asleep, yet nothing is hidden.
        Assert.False(waiting.IsCompleted);
        Assert.Equal(Enumerable.Range(0, 30), ReadAll(queue));
    }

    [Fact]
    public async Task A_wake_releases_the_waiting_reader_with_every_bar_in_order()
    {
        var queue = new ReplayBarQueue();
        var waiting = queue.WaitToReadAsync();
        Stage(queue, 0, 30);
        queue.Publish(wake: false);
        Stage(queue, 30, 30);

        queue.Publish(wake: true);

        Assert.True(waiting.IsCompleted);
        Assert.True(await waiting);
        Assert.Equal(Enumerable.Range(0, 60), ReadAll(queue));
    }

    [Fact]
    public void Enough_queued_bars_wake_the_reader_unasked()
    {
        var queue = new ReplayBarQueue();
        var waiting = queue.WaitToReadAsync();

        // 136 steps of 30 bars: 4,080 bars, not yet 4,096; the next step crosses it.
        for (var step = 0; step < 136; step++)
        {
            Stage(queue, step * 30, 30);
            queue.Publish(wake: false);
        }

        Assert.False(waiting.IsCompleted);
        Stage(queue, 4080, 30);
        queue.Publish(wake: false);

        Assert.True(waiting.IsCompleted);
        Assert.Equal(4110, ReadAll(queue).Count);
    }

    [Fact]
    public async Task A_completed_queue_hands_out_what_is_left_then_ends_and_refuses_more()
    {
        var queue = new ReplayBarQueue();
        Stage(queue, 0, 3);
        queue.Publish(wake: false);
        var waiting = queue.WaitToReadAsync();

        queue.Complete();

        Assert.True(await waiting);
        Assert.False(queue.Completion.IsCompleted);
        Assert.Equal(new List<int> { 0, 1, 2 }, ReadAll(queue));
        Assert.True(queue.Completion.IsCompleted);
        Assert.False(await queue.WaitToReadAsync());
        Assert.False(queue.Stage(Bar(3)));
    }

    [Fact]
    public async Task Completing_wakes_a_reader_waiting_on_an_empty_queue_with_the_end()
    {
        var queue = new ReplayBarQueue();
        var waiting = queue.WaitToReadAsync();

        queue.Complete();

        Assert.True(waiting.IsCompleted);
        Assert.False(await waiting);
        Assert.True(queue.Completion.IsCompleted);
    }

    private static void Stage(ReplayBarQueue queue, int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            Assert.True(queue.Stage(Bar(i)));
        }
    }

    // The bar's volume carries its index, so the order read can be checked.
    private static FeedBar Bar(int index) => new("AAPL", Minute, new Bar(Open.AddMinutes(index), 100, 101, 99, 100.5, index));

    private static List<int> ReadAll(ReplayBarQueue queue)
    {
        var read = new List<int>();
        while (queue.TryRead(out var bar))
        {
            read.Add((int)bar.Bar.Volume);
        }

        return read;
    }
}
