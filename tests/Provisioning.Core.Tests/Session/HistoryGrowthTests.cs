using System;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

/// <summary>A later addition loads more history for a symbol's base: what the session's readers already hold stays live.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class HistoryGrowthTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task A_derived_series_a_strategy_holds_keeps_receiving_bars_after_its_base_history_grows()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.True(aapl.TryGetBars(Interval.Minutes(5), out var held));
        AdditionResult? grown = null;

        // EMA(50) on 1h needs 100 hourly bars, weeks more one-minute history than the one trailing day the config loaded.
        replay.Feed.Schedule(replay.At(11, 0), async ct =>
            grown = await replay.Coordinator.AddIndicatorAsync("AAPL", "ema", [new("period", 50)], "1h", ProvisionSource.Strategy, ct));

        await replay.RunAsync();

        Assert.True(grown!.Succeeded, grown.Reason);
        Assert.Contains(grown.Plan.Steps, s => s is Provisioning.Steps.LoadHistorical);

        // The series the strategy took before 11:00 is the symbol's 5m series: it ends with the 15:55 bar like the session's.
        Assert.True(held.TryGetLast(out Bar last));
        Assert.Equal(replay.Session.CloseUtc.AddMinutes(-5), last.Start);
        Assert.True(aapl.TryGetBars(Interval.Minutes(5), out var current));
        Assert.Equal(current.ToArray(), held.ToArray());
    }
}
