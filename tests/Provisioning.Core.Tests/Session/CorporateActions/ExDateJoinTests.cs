using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Config;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session.CorporateActions;

/// <summary>
/// On an ex-date the history, adjusted as of the session date, joins the raw live stream without a jump, and an
/// indicator added mid-session equals one added at the open (the guarantee of #10 across a split). The sample's MSFT
/// splits 2-for-1 with the ex-date 2024-11-27: its stored bars jump by about 2 at that open (checked below, so the
/// no-jump assertion is about the adjustment, not the data).
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ExDateJoinTests(SampleStoreFixture sample)
{
    private static readonly DateOnly ExDate = new(2024, 11, 27);

    [Fact]
    public async Task History_before_the_ex_date_joins_the_first_live_bar_without_a_jump()
    {
        var store = sample.OpenStore();
        var config = ReplaySession.Config(["MSFT"], trailingDays: 1);
        config.Normalization = "SplitAdjusted";
        var replay = new ReplaySession(store, config, ExDate);

        var start = await replay.Coordinator.StartAsync();
        await replay.RunAsync();

        Assert.All(start.Results, r => Assert.True(r.Succeeded, r.Reason));
        Assert.True(replay.Coordinator.Data.TryGetSymbol("MSFT", out var msft));
        Assert.True(msft.TryGetBars(Interval.Minutes(1), out var minutes));
        var series = minutes.ToArray();
        var lastHistory = series.Last(b => b.Start < replay.Session.OpenUtc);
        var firstLive = series.First(b => b.Start >= replay.Session.OpenUtc);

        // Stored: the close before the ex-date is about twice the first price after it (a 2-for-1 split).
        var storedLast = (await store.ReadLastAsync("MSFT", Interval.Minutes(1), 1, replay.Session.OpenUtc))[0];
        Assert.InRange(storedLast.Close / firstLive.Open, 1.8, 2.2);
        // Joined: history ÷ 2 meets the raw session bar like any two neighbouring minutes.
        Assert.Equal(storedLast.Close / 2, lastHistory.Close);
        Assert.InRange(firstLive.Open / lastHistory.Close, 0.95, 1.05);
        // The session's own bars are raw: the live bar is the stored one.
        var storedFirst = await store.ReadLastAsync("MSFT", Interval.Minutes(1), 1, firstLive.Start.AddMinutes(1));
        Assert.Equal(storedFirst[0], firstLive);
    }

    [Theory]
    [InlineData("sma", "5m")]
    [InlineData("rsi", "15m")]
    [InlineData("atr", "1d")]
    public async Task An_indicator_added_mid_session_on_the_ex_date_equals_one_added_at_the_open(string name, string interval)
    {
        var parameters = new Dictionary<string, double> { ["period"] = 14 };
        var atOpen = ReplaySession.Config(["MSFT"], derived: ["5m", "15m"], trailingDays: 1);
        atOpen.Normalization = "SplitAdjusted";
        atOpen.Indicators = [new IndicatorConfig { Name = name, Interval = interval, Parameters = parameters }];
        var first = new ReplaySession(sample.OpenStore(), atOpen, ExDate);
        await first.Coordinator.StartAsync();
        await first.RunAsync();

        var later = ReplaySession.Config(["MSFT"], derived: ["5m", "15m"], trailingDays: 1);
        later.Normalization = "SplitAdjusted";
        var second = new ReplaySession(sample.OpenStore(), later, ExDate);
        await second.Coordinator.StartAsync();
        AdditionResult? added = null;
        second.Feed.Schedule(second.At(14, 0), async ct =>
            added = await second.Coordinator.AddIndicatorAsync("MSFT", name, [new IndicatorParameter("period", 14)], interval, ProvisionSource.Strategy, ct));
        await second.RunAsync();

        Assert.True(added!.Succeeded, added.Reason);
        var key = added.Requirements.Indicator!.Key;
        Assert.True(first.Coordinator.Data.TryGetSymbol("MSFT", out var a));
        Assert.True(a.TryGetIndicator(key, out var open));
        Assert.True(second.Coordinator.Data.TryGetSymbol("MSFT", out var b));
        Assert.True(b.TryGetIndicator(key, out var mid));
        Assert.True(open.Indicator.IsReady);
        Assert.Equal(BitConverter.DoubleToInt64Bits(open.Indicator.Value), BitConverter.DoubleToInt64Bits(mid.Indicator.Value));
    }
}
