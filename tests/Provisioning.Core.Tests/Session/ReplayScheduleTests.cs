using System;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// A scheduled action (a scanner at 10:30) sees the session as it is at 10:30: every bar that ended by then has been
/// delivered to the symbols, so a replay gives the same answers every time it runs.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ReplayScheduleTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task A_scanner_at_10_30_sees_every_bar_that_ended_by_10_30()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        Bar? lastMinute = null;
        Bar? lastFive = null;
        replay.Feed.Schedule(replay.At(10, 30), _ =>
        {
            Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
            Assert.True(aapl.TryGetBars(Interval.Minutes(1), out var minutes));
            Assert.True(aapl.TryGetBars(Interval.Minutes(5), out var fives));
            lastMinute = minutes.TryGetLast(out var m) ? m : null;
            lastFive = fives.TryGetLast(out var f) ? f : null;
            return Task.CompletedTask;
        });

        await replay.RunAsync();

        // At 10:30 the 10:29 minute (ending 10:30) and the 10:25 five-minute bar (10:25..10:30) are complete.
        Assert.Equal(replay.At(10, 29), lastMinute?.Start);
        Assert.Equal(replay.At(10, 25), lastFive?.Start);
    }
}
