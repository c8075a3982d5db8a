using System;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

/// <summary>An indicator that throws on live bars does not stop the session, nor the symbol's other intervals.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class DeliveryFaultTests(SampleStoreFixture sample)
{
    [Fact]
    public async Task A_throwing_indicator_is_reported_per_bar_and_every_other_series_keeps_streaming()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL", "MSFT"], ["5m"], trailingDays: 1), new DateOnly(2024, 11, 26));
        await replay.Coordinator.StartAsync();
        var added = await replay.Coordinator.AddIndicatorAsync("AAPL", "throwafter", [new("bars", 100)], "1m", ProvisionSource.Strategy);
        Assert.True(added.Succeeded, added.Reason);

        await replay.RunAsync();

        // Warm-up fed the indicator its window, Monday's last 2 one-minute bars (1 warm-up bar × 2; the symbol holds all
        // of Monday, but the window is counted back from the open); live bar k makes update 2 + k, which throws from
        // update 101, that is live bars 99 to 390: 292 faults. Every series still holds both whole days.
        Assert.Equal(292, replay.Coordinator.DeliveryFaults);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.True(aapl.TryGetBars(Interval.Minutes(1), out var minutes));
        Assert.True(aapl.TryGetBars(Interval.Minutes(5), out var fives));
        Assert.Equal(780, minutes.Count);
        Assert.Equal(156, fives.Count);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("MSFT", out var msft));
        Assert.True(msft.TryGetBars(Interval.Minutes(1), out var msftMinutes));
        Assert.Equal(780, msftMinutes.Count);
    }
}
