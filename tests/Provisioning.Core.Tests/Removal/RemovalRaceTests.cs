using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// A removal racing an addition of the same indicator on other threads: they run one after the other on the symbol's
/// gate, so the outcome is one of the two orders, and the session and the holds agree with the order the results tell.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class RemovalRaceTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task The_state_after_an_addition_and_a_removal_race_is_that_of_the_order_the_results_tell()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        Assert.True(coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        var intervalsBefore = aapl.Intervals;
        var removedFirst = 0;
        var addedFirst = 0;

        for (var round = 0; round < 24; round++)
        {
            using var start = new Barrier(2);
            var add = Task.Run(async () =>
            {
                start.SignalAndWait();
                return await coordinator.AddIndicatorAsync("AAPL", "sma", [new("period", 20)], "15m", ProvisionSource.Scanner);
            });
            var remove = Task.Run(async () =>
            {
                start.SignalAndWait();
                return await coordinator.RemoveIndicatorAsync("AAPL", "sma", [new("period", 20)], "15m", ProvisionSource.Scanner);
            });
            var (added, removed) = (await add, await remove);

            Assert.True(added.Succeeded, added.Reason);
            var has = aapl.TryGetIndicator("sma(20)@15m", out _);
            var held = coordinator.Data.Holds.Of("AAPL").Any(g => g.Addition == "indicator sma(20)@15m");
            if (removed.Status == RemovalStatus.Rejected)
            {
                // The removal ran first, on nothing; then the addition.
                removedFirst++;
                Assert.Contains("Scanner never added it", removed.Reason, StringComparison.Ordinal);
                Assert.True(has);
                Assert.True(held);
                Assert.Equal(RemovalStatus.Removed, (await coordinator.RemoveIndicatorAsync("AAPL", "sma", [new("period", 20)], "15m", ProvisionSource.Scanner)).Status);
            }
            else
            {
                // The addition ran first; the removal took it and its 15m series away again.
                addedFirst++;
                Assert.Equal(RemovalStatus.Removed, removed.Status);
                Assert.False(has);
                Assert.False(held);
            }

            Assert.False(aapl.TryGetIndicator("sma(20)@15m", out _));
            Assert.Equal(intervalsBefore, aapl.Intervals);
        }

        Assert.Equal(24, removedFirst + addedFirst);
        Assert.Equal(0, coordinator.SymbolGateCount);
    }
}
