using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Feeds;
using Provisioning.Execution;
using Provisioning.Reporting;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// Removed series release their memory: symbols added with three indicators and removed again, ten thousand times,
/// leave the retained heap flat after a full collection; and a universe that changes every day holds only that day's
/// symbols, series and holds.
/// </summary>
[Collection(RetainedMemoryCollection.Name)]
public sealed class RemovalMemoryTests(SampleStoreFixture sample)
{
    private static readonly string[] Pool = ["MSFT", "NVDA", "AMD", "PLTR", "SPY"];

    // Bound on what 10,000 cycles may leave behind after a full GC. Each cycle allocates a symbol with three indicators,
    // its series (a day and more of one-minute bars) and aggregators, plus an SMA(100) on the config symbol's kept 5m
    // series (its 100-value window alone is 800 bytes): kept per cycle, 10,000 of them would be far more than the bound
    // (8 MB for the kept series' indicators alone). 2 MB allows for what the runtime itself grows (JIT, pools).
    private const long RetainedBound = 2 * 1024 * 1024;

    [Fact]
    public async Task Ten_thousand_add_remove_cycles_of_a_symbol_with_three_indicators_keep_retained_memory_flat()
    {
        using var coordinator = Coordinator();
        await coordinator.StartAsync();

        // Warm up past the bounded journals of results (4,096 additions, four a cycle; 1,024 removals, two a cycle) so
        // they are full before the first measure.
        await CyclesAsync(coordinator, System.Math.Max(AdditionJournal.DefaultCapacity / 4, RemovalJournal.DefaultCapacity / 2) + 50);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        await CyclesAsync(coordinator, 10_000);

        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(after - before < RetainedBound, $"Retained heap grew by {after - before:N0} bytes over 10,000 cycles (bound {RetainedBound:N0}).");
        Assert.Equal(["AAPL"], coordinator.Data.Symbols.Select(s => s.Symbol));
        Assert.Equal(1, coordinator.Data.Holds.SymbolCount);
        Assert.Equal(0, coordinator.SymbolGateCount);
    }

    [Fact]
    public async Task A_universe_that_changes_every_day_for_250_days_holds_only_that_days_symbols()
    {
        using var coordinator = Coordinator();
        await coordinator.StartAsync();
        string[] yesterday = [];

        for (var day = 0; day < 250; day++)
        {
            // Three of the five each day, one leaving and one joining.
            var today = Enumerable.Range(0, 3).Select(k => Pool[(day + k) % Pool.Length]).ToArray();
            foreach (var leaving in yesterday.Except(today))
            {
                Assert.Equal(RemovalStatus.Removed, (await coordinator.RemoveSymbolAsync(leaving, ProvisionSource.Scanner)).Status);
            }

            foreach (var joining in today.Except(yesterday))
            {
                Assert.True((await coordinator.AddSymbolAsync(joining, ProvisionSource.Scanner)).Succeeded);
                Assert.True((await coordinator.AddIndicatorAsync(joining, "rsi", [new("period", 14)], "15m", ProvisionSource.Scanner)).Succeeded);
            }

            yesterday = today;
            Assert.Equal(today.Append("AAPL").Order(StringComparer.Ordinal), coordinator.Data.Symbols.Select(s => s.Symbol));
            Assert.Equal(4, coordinator.Data.Holds.SymbolCount);

            // The config symbol: 1m, 5m and 1d; each scanner symbol: those and its 15m series with its RSI.
            Assert.Equal(3 + 3 * 4, coordinator.Data.Symbols.Sum(s => s.Intervals.Count));
            Assert.Equal(3, coordinator.Data.Symbols.Sum(s => s.Indicators.Count));
        }

        Assert.Equal(0, coordinator.SymbolGateCount);
    }

    private static async Task CyclesAsync(SessionCoordinator coordinator, int cycles)
    {
        for (var i = 0; i < cycles; i++)
        {
            var symbol = Pool[i % Pool.Length];
            foreach (var (name, period, interval) in new[] { ("sma", 20, "5m"), ("ema", 10, "5m"), ("rsi", 14, "15m") })
            {
                var added = await coordinator.AddIndicatorAsync(symbol, name, [new("period", period)], interval, ProvisionSource.Scanner);
                Assert.True(added.Succeeded, added.Reason);
            }

            var removed = await coordinator.RemoveSymbolAsync(symbol, ProvisionSource.Scanner);
            Assert.Equal(RemovalStatus.Removed, removed.Status);

            // An indicator on a series the config keeps: detached from the kept 5m aggregator, or it would stay reachable.
            Assert.True((await coordinator.AddIndicatorAsync("AAPL", "sma", [new("period", 100)], "5m", ProvisionSource.Scanner)).Succeeded);
            Assert.Equal(RemovalStatus.Removed, (await coordinator.RemoveIndicatorAsync("AAPL", "sma", [new("period", 100)], "5m", ProvisionSource.Scanner)).Status);
        }
    }

    private SessionCoordinator Coordinator()
    {
        var store = sample.OpenStore();
        var calendar = ExchangeCalendars.Xnys;
        Assert.True(calendar.TryGetSession(new DateOnly(2024, 11, 26), out var session));
        var config = ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1).Resolve();
        var clock = new ReplayClock(session.OpenUtc);
        return new SessionCoordinator(config, calendar, store, new ReplayBarFeed(store, session, config.BaseIntervals, clock), clock);
    }
}
