using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// An interval added later on a base whose history was loaded for another interval: the base series then starts where
/// the first interval's warm-up needed it, which need not be a bar boundary of the new interval.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class SharedBaseTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task Every_bar_of_an_interval_added_later_is_a_whole_bar_never_a_part_cut_by_where_the_base_starts()
    {
        var store = sample.OpenStore();
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        AdditionResult? scanner = null;
        AdditionResult? hours = null;

        // SMA(20) on 5m at 11:00 loads 40 five-minute bars of one-minute history counted back from Tuesday's open (and
        // Tuesday's bars so far): Monday's last 40, so NVDA's one-minute series starts at Monday 12:40, inside Monday's
        // 12:30..13:30 hour bar.
        replay.Feed.Schedule(replay.At(11, 0), async ct =>
        {
            scanner = await replay.Coordinator.AddIndicatorAsync("NVDA", "sma", [new("period", 20)], "5m", ProvisionSource.Scanner, ct);
            hours = await replay.Coordinator.AddBarsAsync("NVDA", "1h", source: ProvisionSource.Strategy, cancellationToken: ct);
        });

        await replay.RunAsync();

        Assert.True(scanner!.Succeeded, scanner.Reason);
        Assert.True(hours!.Succeeded, hours.Reason);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.True(nvda.TryGetBars(Interval.Minutes(1), out var minutes));
        var monday = replay.Calendar.PreviousSession(Tuesday);
        Assert.Equal(monday.OpenUtc.AddMinutes(190), minutes[0].Start);

        // Each hour bar is the whole hour of stored one-minute bars: open of the first, highest high, lowest low, close
        // of the last and summed volume over [start, start + 1h), cut at the close.
        var stored = (await store.ReadAllAsync("NVDA", Interval.Minutes(1), monday.OpenUtc, replay.Session.CloseUtc)).ToArray();
        Assert.True(nvda.TryGetBars(Interval.Hours(1), out var hourSeries));
        var hourBars = hourSeries.ToArray();
        Assert.NotEmpty(hourBars);
        foreach (var bar in hourBars)
        {
            var parts = stored.Where(b => b.Start >= bar.Start && b.Start < bar.Start.AddHours(1)).ToArray();
            var whole = new Bar(bar.Start, parts[0].Open, parts.Max(b => b.High), parts.Min(b => b.Low), parts[^1].Close, parts.Sum(b => b.Volume));
            Assert.Equal((whole.Start, whole.Open, whole.High, whole.Low, whole.Close), (bar.Start, bar.Open, bar.High, bar.Low, bar.Close));
            Assert.Equal(whole.Volume, bar.Volume, 6);
        }
    }
}
