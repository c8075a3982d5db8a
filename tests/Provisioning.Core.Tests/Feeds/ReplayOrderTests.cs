using System;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Feeds;

/// <summary>The replay hands out a day's bars in time order whatever order the store yields them in.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ReplayOrderTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task A_store_that_yields_newest_first_still_streams_every_bar_of_the_day()
    {
        var stored = sample.OpenStore();

        // No history: the open's session is empty, so every Tuesday bar of AAPL comes from the replay's stream.
        var replay = new ReplaySession(new ReversedStore(stored), ReplaySession.Config(["AAPL"]), Tuesday);
        var report = await replay.Coordinator.StartAsync();
        Assert.Empty(report.NotSucceeded);

        await replay.RunAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.True(aapl.TryGetBars(Interval.Minutes(1), out var minutes));
        var expected = await stored.ReadAllAsync("AAPL", Interval.Minutes(1), replay.Session.OpenUtc, replay.Session.CloseUtc);
        Assert.Equal(390, expected.Count);
        Assert.Equal(expected, minutes.ToArray());
    }
}
