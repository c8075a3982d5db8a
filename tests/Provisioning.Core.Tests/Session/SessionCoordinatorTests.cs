using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

[Collection(SampleStoreCollection.Name)]
public sealed class SessionCoordinatorTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task Pre_session_loads_every_good_config_symbol_and_reports_the_bad_one()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL", "MSFT", "ZZZZ"], ["5m"], trailingDays: 2), Tuesday);

        var report = await replay.Coordinator.StartAsync();

        Assert.Equal(["AAPL", "MSFT"], replay.Coordinator.Data.Symbols.Select(s => s.Symbol));
        var bad = Assert.Single(report.NotSucceeded);
        Assert.Equal("ZZZZ", bad.Requirements.Symbol);
        Assert.Equal(AdditionStatus.Rejected, bad.Status);
        Assert.Contains("not in the bar store", bad.Reason, StringComparison.Ordinal);

        // Two trailing sessions before Tuesday's open: Friday 2024-11-22 and Monday 2024-11-25, full days of 390 one-minute
        // bars each (the sample has every minute of every session) = 780 bars; 78 five-minute bars per day = 156.
        var aapl = replay.Coordinator.Data.TryGetSymbol("AAPL", out var data) ? data : throw new InvalidOperationException();
        Assert.True(aapl.TryGetBars(Interval.Minutes(1), out var minutes));
        Assert.True(aapl.TryGetBars(Interval.Minutes(5), out var fives));
        Assert.Equal(780, minutes.Count);
        Assert.Equal(156, fives.Count);
        Assert.Equal(replay.Calendar.PreviousSession(new DateOnly(2024, 11, 25)).OpenUtc, minutes[0].Start);
        Assert.Equal(ProvisionSource.Config, aapl.Metadata.AddedBy);
        Assert.True(aapl.Metadata.MeetsSessionConfigRequirements);
        Assert.False(aapl.Metadata.AutoProvisioned);
    }

    [Fact]
    public async Task A_replayed_day_with_a_scanner_at_10_30_and_a_strategy_at_11_00()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        AdditionResult? scanner = null;
        AdditionResult? strategy = null;
        replay.Feed.Schedule(replay.At(10, 30), async ct => scanner = await replay.Coordinator.AddSymbolAsync("NVDA", ProvisionSource.Scanner, ct));
        replay.Feed.Schedule(replay.At(11, 0), async ct =>
            strategy = await replay.Coordinator.AddIndicatorAsync("AAPL", "rsi", [new("period", 14)], "15m", ProvisionSource.Strategy, ct));

        await replay.RunAsync();

        Assert.Equal(AdditionStatus.Succeeded, scanner!.Status);
        Assert.Equal(AdditionStatus.Succeeded, strategy!.Status);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.Equal(ProvisionSource.Scanner, nvda.Metadata.AddedBy);
        Assert.False(nvda.Metadata.MeetsSessionConfigRequirements);
        Assert.True(nvda.Metadata.AutoProvisioned);

        // NVDA: one trailing session (Monday, 390 bars) + Tuesday's whole session (390) with no gap and no duplicate.
        Assert.True(nvda.TryGetBars(Interval.Minutes(1), out var minutes));
        Assert.Equal(780, minutes.Count);
        var bars = minutes.ToArray();
        for (var i = 1; i < bars.Length; i++)
        {
            Assert.True(bars[i].Start > bars[i - 1].Start);
        }

        Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.True(aapl.TryGetIndicator("rsi(14)@15m", out var rsi));
        Assert.True(rsi.Indicator.IsReady);
        Assert.Equal(0, replay.Coordinator.Data.UnroutedBars);
    }

    [Fact]
    public async Task A_symbol_added_mid_session_never_loads_todays_unfinished_day_bar_and_gets_it_at_the_close()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 2), Tuesday);
        await replay.Coordinator.StartAsync();
        Bar[] dayBarsAtTenThirty = [];
        replay.Feed.Schedule(replay.At(10, 30), async ct =>
        {
            Assert.True((await replay.Coordinator.AddSymbolAsync("NVDA", ProvisionSource.Scanner, ct)).Succeeded);
            Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
            Assert.True(nvda.TryGetBars(Interval.Days(1), out var days));
            dayBarsAtTenThirty = days.ToArray();
        });

        await replay.RunAsync();

        // At 10:30 only the two trailing sessions' day bars are complete (Friday 2024-11-22 and Monday 2024-11-25);
        // Tuesday's day bar, stored in full, is not known yet. The 1d stream delivers it at the 16:00 close.
        Assert.Equal(
            [replay.Calendar.PreviousSession(new DateOnly(2024, 11, 25)).OpenUtc, replay.Calendar.PreviousSession(Tuesday).OpenUtc],
            dayBarsAtTenThirty.Select(b => b.Start));
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var after));
        Assert.True(after.TryGetBars(Interval.Days(1), out var closed));
        Assert.Equal(replay.Session.OpenUtc, closed.ToArray()[^1].Start);
        Assert.Equal(3, closed.Count);
    }
}
