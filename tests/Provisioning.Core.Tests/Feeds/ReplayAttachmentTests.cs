using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Feeds;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Feeds;

/// <summary>
/// The session attaches to its replay when it is created, so the order in which the two are started does not change
/// what a scheduled action sees, and detaches when it is disposed, so a replay whose session never runs completes.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ReplayAttachmentTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    // Only a guard against a hang; no assertion depends on how long anything takes.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_replay_started_before_its_session_runs_lets_a_scanner_at_09_35_see_the_first_five_minutes()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"]), Tuesday);
        await replay.Coordinator.StartAsync();
        int? seen = null;
        replay.Feed.Schedule(replay.At(9, 35), _ =>
        {
            Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
            Assert.True(aapl.TryGetBars(Interval.Minutes(1), out var minutes));
            seen = minutes.Count;
            return Task.CompletedTask;
        });

        // The replay starts alone and steps on until it ends or must wait for the session; only then does the session run.
        var replayRun = Task.Run(() => replay.Feed.RunAsync());
        Assert.True(SpinWait.SpinUntil(() => replayRun.IsCompleted || replay.Clock.UtcNow >= replay.At(9, 35), HangGuard));
        await Task.WhenAll(replayRun, replay.Coordinator.RunAsync()).WaitAsync(HangGuard);

        // No history was asked for: the 09:30..09:34 minutes, which ended by 09:35, are the five the scanner must see.
        Assert.Equal(5, seen);
    }

    [Fact]
    public async Task A_replay_whose_session_never_runs_and_nothing_waits_for_completes_with_every_bar_in_its_channel()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"]), Tuesday);
        await replay.Coordinator.StartAsync();

        await replay.Feed.RunAsync().WaitAsync(HangGuard);

        // 390 one-minute bars and the day bar, left in the channel for whoever reads it.
        Assert.Equal(391, ReadAll(replay.Feed.Bars));
        Assert.True(replay.Feed.Bars.Completion.IsCompleted);
    }

    [Fact]
    public async Task A_replay_whose_session_is_disposed_without_running_runs_its_action_and_completes()
    {
        // Replaces a test that accepted the hang: a replay waiting for a session that never ran had to be cancelled.
        var (replay, ran) = await StartedWithAnActionAt10Async();

        replay.Coordinator.Dispose();
        await replay.Feed.RunAsync().WaitAsync(HangGuard);

        Assert.True(ran(), "the 10:00 action did not run");

        // 390 one-minute bars (09:30..15:59) and the day bar, delivered into the channel with nothing waiting on them.
        Assert.Equal(391, ReadAll(replay.Feed.Bars));
        Assert.True(replay.Feed.Bars.Completion.IsCompleted);
    }

    [Fact]
    public async Task A_replay_waiting_for_a_session_that_never_runs_goes_on_once_the_session_is_disposed()
    {
        var (replay, ran) = await StartedWithAnActionAt10Async();

        var replayRun = replay.Feed.RunAsync();
        Assert.True(SpinWait.SpinUntil(() => replayRun.IsCompleted || replay.Clock.UtcNow >= replay.At(10, 0), HangGuard));
        replay.Coordinator.Dispose();

        await replayRun.WaitAsync(HangGuard);
        Assert.True(ran(), "the 10:00 action did not run");
        Assert.Equal(replay.Session.CloseUtc, replay.Clock.UtcNow);
    }

    [Fact]
    public async Task A_disposed_session_cannot_run()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"]), Tuesday);
        replay.Coordinator.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => replay.Coordinator.RunAsync());
    }

    // A replay of AAPL whose session has started (subscribed) but not run, with an action scheduled at 10:00.
    private async Task<(ReplaySession Replay, Func<bool> Ran)> StartedWithAnActionAt10Async()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"]), Tuesday);
        await replay.Coordinator.StartAsync();
        var ran = false;
        replay.Feed.Schedule(replay.At(10, 0), _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });
        return (replay, () => ran);
    }

    private static int ReadAll(ChannelReader<FeedBar> bars)
    {
        var count = 0;
        while (bars.TryRead(out _))
        {
            count++;
        }

        return count;
    }
}
