using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Core.Tests.Strategies.Support;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Strategies;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// A removal from a strategy's OnBar takes effect from the next bar: no bar of the removed series reaches the strategy
/// afterwards, whether the session drops the series (only the strategy held it) or keeps it for the config.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class CallbackRemovalTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_series_removed_in_OnBar_delivers_no_further_bar_whether_the_session_drops_or_keeps_it()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL", "MSFT"], ["5m"], trailingDays: 1), Tuesday);
        var strategy = new RecordingStrategy();
        var addAt = replay.At(10, 0);
        var removeAt = replay.At(11, 0);
        var added = new List<Task<AdditionResult>>();
        var removed = new List<Task<RemovalResult>>();
        var eventsAtRemoval = -1;
        strategy.OnBarHook = (self, symbol, interval, bar) =>
        {
            if (symbol != "AAPL" || interval != Interval.Minutes(1))
            {
                return;
            }

            if (bar.Start == addAt)
            {
                added.Add(self.StrategySession.AddSymbolAsync("NVDA").AsTask());
            }
            else if (bar.Start == removeAt)
            {
                // NVDA: only this strategy holds it. MSFT: the config holds it too, so the session keeps it.
                eventsAtRemoval = self.Events.Count;
                removed.Add(self.StrategySession.RemoveSymbolAsync("NVDA").AsTask());
                removed.Add(self.StrategySession.RemoveBarsAsync("MSFT", "5m").AsTask());
            }
        };

        await replay.Coordinator.StartAsync(strategies: [strategy]);
        await replay.RunAsync().WaitAsync(HangGuard);

        Assert.True((await Task.WhenAll(added)).Single().Succeeded);
        var results = await Task.WhenAll(removed);
        Assert.Equal(RemovalStatus.Removed, results[0].Status);
        Assert.Equal(RemovalStatus.Kept, results[1].Status);
        Assert.Contains(results[1].Kept, k => k.StartsWith("5m bars kept: held by Config", StringComparison.Ordinal));
        Assert.False(replay.Coordinator.Data.TryGetSymbol("NVDA", out _));
        Assert.True(replay.Coordinator.Data.TryGetSymbol("MSFT", out var msft) && msft.TryGetBars(Interval.Minutes(5), out _));

        // Before the removal both series reached the strategy; after it, neither did, while MSFT's minutes still do.
        var before = strategy.Events.Take(eventsAtRemoval).ToArray();
        var after = strategy.Events.Skip(eventsAtRemoval).ToArray();
        Assert.Contains(before, e => e.Symbol == "NVDA");
        Assert.Contains(before, e => e.Symbol == "MSFT" && e.Interval == Interval.Minutes(5));
        Assert.DoesNotContain(after, e => e.Symbol == "NVDA");
        Assert.DoesNotContain(after, e => e.Symbol == "MSFT" && e.Interval == Interval.Minutes(5));
        Assert.Contains(after, e => e.Symbol == "MSFT" && e.Interval == Interval.Minutes(1));
        Assert.Equal(CallbackEvent.End, strategy.Events[^1]);
    }
}
