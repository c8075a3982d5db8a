using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Clock;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// An addition that is still loading when the feed reaches the end of the day: it either gets every bar to the close or
/// fails with the reason, never a success with bars missing.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class LateAdditionTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    // Only a guard against a hang; no assertion depends on how long anything takes.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_symbol_added_at_15_30_whose_load_ends_after_the_close_gets_every_bar_to_the_close()
    {
        var stored = sample.OpenStore();
        var store = new GatedStore(stored, "MSFT");
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        Task<AdditionResult>? late = null;

        // A scanner starts the addition at 15:30 and goes on once its load has begun (the addition's clock reads 15:30);
        // MSFT's reads are still waiting when the replay reaches the close, and end only then.
        replay.Feed.Schedule(replay.At(15, 30), async _ =>
        {
            late = replay.Coordinator.AddSymbolAsync("MSFT", ProvisionSource.Scanner).AsTask();
            await Task.WhenAny(store.Waiting, late);
        });
        replay.Feed.Schedule(replay.Session.CloseUtc, _ =>
        {
            store.Release();
            return Task.CompletedTask;
        });

        await replay.RunAsync().WaitAsync(HangGuard);
        var result = await late!.WaitAsync(HangGuard);

        Assert.True(result.Succeeded, result.Reason);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("MSFT", out var msft));
        Assert.True(msft.TryGetBars(Interval.Minutes(1), out var minutes));

        // Tuesday's 390 stored minutes, read here straight from the store: history to the addition's clock, the stream
        // the rest up to the close (20:30Z..20:59Z included).
        var expected = await stored.ReadAllAsync("MSFT", Interval.Minutes(1), replay.Session.OpenUtc, replay.Session.CloseUtc);
        Assert.Equal(390, expected.Count);
        Assert.Equal(expected, minutes.ToArray().Where(b => b.Start >= replay.Session.OpenUtc));
    }

    [Fact]
    public async Task A_symbol_added_after_the_replay_ended_fails_with_the_reason_and_leaves_the_session_as_it_was()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        await replay.RunAsync().WaitAsync(HangGuard);

        // The clock stands at the close, but the addition asks the stream for the bar in progress at 15:30 onwards.
        var clock = new ReplayClock(replay.At(15, 30));
        var coordinator = new Provisioning.Session.SessionCoordinator(replay.Resolved, replay.Calendar, sample.OpenStore(), replay.Feed, clock);
        var result = await coordinator.AddSymbolAsync("MSFT", ProvisionSource.Scanner).AsTask().WaitAsync(HangGuard);

        Assert.Equal(AdditionStatus.Failed, result.Status);
        Assert.Contains("replay of 2024-11-26 has ended", result.Reason, StringComparison.Ordinal);
        Assert.False(coordinator.Data.TryGetSymbol("MSFT", out _));
    }

    [Theory]
    [InlineData(15, 30, "30 1m bars of MSFT from 2024-11-26 20:30Z (in the 2024-11-26 session)")]
    [InlineData(15, 59, "1 1m bar of MSFT from 2024-11-26 20:59Z (in the 2024-11-26 session)")]
    public async Task A_symbol_added_after_the_replay_ended_is_told_how_many_bars_from_which_session_time_were_lost(int hour, int minute, string expected)
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        await replay.RunAsync().WaitAsync(HangGuard);

        // 15:30 New York is 20:30Z in November; the stream would have had the minutes from then to 15:59 (16:00 is the close).
        using var coordinator = new Provisioning.Session.SessionCoordinator(replay.Resolved, replay.Calendar, sample.OpenStore(), replay.Feed, new ReplayClock(replay.At(hour, minute)));
        var result = await coordinator.AddSymbolAsync("MSFT", ProvisionSource.Scanner).AsTask().WaitAsync(HangGuard);

        Assert.Equal(AdditionStatus.Failed, result.Status);
        Assert.Contains(expected, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbol_added_at_the_close_after_the_replay_ended_succeeds_when_its_history_holds_the_whole_day()
    {
        var stored = sample.OpenStore();
        var replay = new ReplaySession(stored, ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        await replay.RunAsync().WaitAsync(HangGuard);

        // Nothing is left to stream at the close: the refusal is only for bars that can no longer come.
        var result = await replay.Coordinator.AddSymbolAsync("MSFT", ProvisionSource.Scanner).AsTask().WaitAsync(HangGuard);

        Assert.True(result.Succeeded, result.Reason);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("MSFT", out var msft));
        Assert.True(msft.TryGetBars(Interval.Minutes(1), out var minutes));
        var expected = await stored.ReadAllAsync("MSFT", Interval.Minutes(1), replay.Session.OpenUtc, replay.Session.CloseUtc);
        Assert.Equal(expected, minutes.ToArray().Where(b => b.Start >= replay.Session.OpenUtc));
    }

    [Fact]
    public async Task A_symbol_added_after_a_live_feed_completed_fails_with_the_reason_and_leaves_the_session_as_it_was()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config([]), Tuesday);
        var clock = new ReplayClock(replay.At(15, 30));
        var feed = LiveCoordinator.Feed();
        var coordinator = LiveCoordinator.Create(sample.OpenStore(), feed, clock);

        // The vendor's stream ended for the day while the addition was on its way.
        feed.Complete();
        var result = await coordinator.AddSymbolAsync("MSFT", ProvisionSource.Scanner).AsTask().WaitAsync(HangGuard);

        Assert.Equal(AdditionStatus.Failed, result.Status);
        Assert.Contains("live feed has ended", result.Reason, StringComparison.Ordinal);
        Assert.False(coordinator.Data.TryGetSymbol("MSFT", out _));
    }
}
