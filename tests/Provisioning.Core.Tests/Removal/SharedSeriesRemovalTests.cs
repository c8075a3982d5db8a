using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// Reference counts: what two additions share stays until the last one lets go (two indicators on one 5m series, a
/// config symbol a scanner also added), and each result says what was kept and who holds it.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class SharedSeriesRemovalTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task Removing_one_of_two_indicators_on_a_5m_series_keeps_the_series_and_removing_the_other_drops_it()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        Assert.True((await coordinator.AddIndicatorAsync("AAPL", "sma", [new("period", 20)], "5m", ProvisionSource.Scanner)).Succeeded);
        Assert.True((await coordinator.AddIndicatorAsync("AAPL", "ema", [new("period", 10)], "5m", ProvisionSource.Scanner)).Succeeded);
        Assert.True(coordinator.Data.TryGetSymbol("AAPL", out var aapl));

        // The 5m aggregator feeds the series' recorder and the two indicators.
        Assert.Equal(3, aapl.Slots[Interval.Minutes(5)].Aggregator.SubscriberCount);

        var first = await coordinator.RemoveIndicatorAsync("AAPL", "sma", [new("period", 20)], "5m", ProvisionSource.Scanner);

        Assert.Equal(RemovalStatus.Removed, first.Status);
        Assert.Equal(["unregister indicator sma(20)@5m for AAPL"], first.Plan.Steps.Select(s => s.Describe()));
        Assert.Contains("5m bars kept: held by Scanner (indicator ema(10)@5m)", first.Kept);
        Assert.Equal(["ema(10)@5m"], aapl.Indicators.Select(i => i.Spec.Key));
        Assert.True(aapl.TryGetBars(Interval.Minutes(5), out _));
        Assert.Equal(2, aapl.Slots[Interval.Minutes(5)].Aggregator.SubscriberCount);

        var second = await coordinator.RemoveIndicatorAsync("AAPL", "ema", [new("period", 10)], "5m", ProvisionSource.Scanner);

        Assert.Equal(RemovalStatus.Removed, second.Status);
        Assert.Equal(
            ["unregister indicator ema(10)@5m for AAPL", "drop interval 5m for AAPL"],
            second.Plan.Steps.Select(s => s.Describe()));
        Assert.All(second.Steps, s => Assert.Equal(StepStatus.Succeeded, s.Status));

        // The config's symbol addition holds the one-minute base and the daily stream, so they stay.
        Assert.Contains("1m bars kept: held by Config (symbol)", second.Kept);
        Assert.Empty(aapl.Indicators);
        Assert.Equal([Interval.Minutes(1), Interval.Days(1)], aapl.Intervals);
        Assert.True(aapl.Slots[Interval.Minutes(1)].IsStreaming);
    }

    [Fact]
    public async Task A_scanner_removing_a_config_symbol_it_also_added_keeps_it_and_the_config_removal_drops_it()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1), Tuesday);
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        Assert.True((await coordinator.AddSymbolAsync("AAPL", ProvisionSource.Scanner)).Succeeded);
        var before = coordinator.Data.Snapshot();

        var scanner = await coordinator.RemoveSymbolAsync("aapl", ProvisionSource.Scanner);

        Assert.Equal(RemovalStatus.Kept, scanner.Status);
        Assert.True(scanner.Succeeded);
        Assert.True(scanner.Plan.IsEmpty);
        Assert.Contains("the symbol kept: held by Config (symbol)", scanner.Kept);
        Assert.Equal(before, coordinator.Data.Snapshot());

        // The scanner's hold is gone: a second removal is refused.
        var again = await coordinator.RemoveSymbolAsync("AAPL", ProvisionSource.Scanner);
        Assert.Equal(RemovalStatus.Rejected, again.Status);
        Assert.Contains("Scanner never added it (it is held by Config)", again.Reason, StringComparison.Ordinal);

        var config = await coordinator.RemoveSymbolAsync("AAPL", ProvisionSource.Config);

        Assert.Equal(RemovalStatus.Removed, config.Status);
        Assert.Empty(config.Kept);
        Assert.IsType<DropSymbol>(config.Plan.Steps[^1]);
        Assert.Equal(2, config.Plan.Steps.OfType<StopSessionStream>().Count());
        Assert.Equal(3, config.Plan.Steps.OfType<DropInterval>().Count());
        Assert.Equal(0, coordinator.Data.Count);
        Assert.Equal(0, coordinator.Data.Holds.SymbolCount);
        Assert.Equal(0, coordinator.SymbolGateCount);
    }
}
