using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Aggregation;
using Provisioning.Config;
using Provisioning.Core.Tests.Aggregation;
using Provisioning.Core.Tests.Indicators;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Data.CorporateActions;
using Provisioning.Execution;
using Provisioning.Indicators;
using Provisioning.Indicators.__Internals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session.CorporateActions;

/// <summary>
/// Every built-in indicator warmed, under SplitAdjusted, over a window holding the sample's MSFT 2-for-1 split (ex-date
/// 2024-11-27) equals, to the last bit, the same indicator fed a series the test adjusts itself with the formula
/// written out below (prices before the ex-date's open ÷ 2, volumes × 2). The session replays 2024-11-29 (a 13:00
/// close); the indicator is added at 12:30, so its window (2 × warm-up bars before the open) spans the split.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class SplitWarmupTests(SampleStoreFixture sample)
{
    private const double Ratio = 2;
    private static readonly DateOnly ExDate = new(2024, 11, 27);
    private static readonly DateOnly Friday = new(2024, 11, 29);

    public static TheoryData<string, string, string> Cases()
    {
        var indicators = new (string Name, string Parameters)[]
        {
            ("sma", "period=20"),
            ("ema", "period=20"),
            ("wma", "period=20"),
            ("rsi", "period=14"),
            ("macd", "fastPeriod=12,slowPeriod=26,signalPeriod=9"),
            ("bollinger", "period=20,deviations=2"),
            ("atr", "period=14"),
            ("vwap", string.Empty),
            ("stochastic", "kPeriod=14,dPeriod=3"),
            ("obv", string.Empty),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var (name, parameters) in indicators)
        {
            data.Add(name, parameters, "1d");
            // vwap and obv warm up on one bar: two hourly bars before the open are both after the ex-date.
            if (name is not ("vwap" or "obv"))
            {
                data.Add(name, parameters, "1h");
            }
        }

        return data;
    }

    [Fact]
    public async Task Every_built_in_indicator_is_covered()
    {
        var covered = Cases().Select(c => (string)c[0]).Distinct().Order().ToArray();

        Assert.Equal(BuiltInCatalog.Cases.Select(c => c.Name.Split('(')[0]).Distinct().Order().ToArray(), covered);
        var table = await sample.OpenStore().ReadActionsAsync("MSFT");
        Assert.Equal([new CorporateAction(ExDate, CorporateActionKind.Split, Ratio)], table.Actions.ToArray());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_warmed_indicator_equals_one_fed_a_series_adjusted_offline(string name, string parameterText, string intervalText)
    {
        var store = sample.OpenStore();
        var config = ReplaySession.Config(["MSFT"], trailingDays: 1);
        config.Normalization = "SplitAdjusted";
        var replay = new ReplaySession(store, config, Friday);
        await replay.Coordinator.StartAsync();
        AdditionResult? added = null;
        replay.Feed.Schedule(replay.At(12, 30), async ct =>
            added = await replay.Coordinator.AddIndicatorAsync("MSFT", name, Parse(parameterText), intervalText, ProvisionSource.Strategy, ct));

        await replay.RunAsync();

        Assert.True(added!.Succeeded, added.Reason);
        var spec = added.Requirements.Indicator!;
        Assert.True(replay.Coordinator.Data.TryGetSymbol("MSFT", out var msft));
        Assert.True(msft.TryGetIndicator(spec.Key, out var warmed));
        var baseInterval = added.Requirements.BaseInterval!.Value;
        Assert.True(replay.Calendar.TryGetSession(ExDate, out var exSession));

        // The series adjusted offline: the stored (raw) bars, those starting before the ex-date's open ÷ 2 and volume × 2.
        var bars = new List<Bar>();
        await foreach (var batch in store.ReadRangeAsync("MSFT", baseInterval, replay.Session.OpenUtc.AddDays(-200), replay.Session.CloseUtc))
        {
            foreach (var b in batch.ToArray())
            {
                bars.Add(b.Start < exSession.OpenUtc ? new Bar(b.Start, b.Open / Ratio, b.High / Ratio, b.Low / Ratio, b.Close / Ratio, b.Volume * Ratio) : b);
            }
        }

        var before = new RecordingSubscriber();
        var builder = new BarAggregator(replay.Calendar, baseInterval, spec.Interval);
        builder.Subscribe(before);
        foreach (var bar in bars)
        {
            builder.Push(bar);
        }

        builder.AdvanceTo(replay.Session.OpenUtc);
        var window = before.Bars.Where(b => b.Start < replay.Session.OpenUtc).ToArray()[^(2 * spec.WarmupBars)..];
        // The window spans the split, so the test is about it: some bars before the ex-date, some on or after it.
        Assert.Contains(window, b => b.Start < exSession.OpenUtc);
        Assert.Contains(window, b => b.Start >= exSession.OpenUtc);

        var reference = IndicatorCatalog.Default.Create(spec);
        Assert.True(reference.Success, reference.Reason);
        var aggregator = new BarAggregator(replay.Calendar, baseInterval, spec.Interval);
        aggregator.Subscribe(reference.Value);
        foreach (var bar in bars.Where(b => b.Start >= window[0].Start))
        {
            aggregator.Push(bar);
        }

        aggregator.AdvanceTo(replay.Session.CloseUtc);

        Assert.True(reference.Value.IsReady);
        Assert.Equal(reference.Value.IsReady, warmed.Indicator.IsReady);
        Assert.Equal(BitConverter.DoubleToInt64Bits(reference.Value.Value), BitConverter.DoubleToInt64Bits(warmed.Indicator.Value));
    }

    private static IndicatorParameter[] Parse(string text) =>
        text.Length == 0
            ? []
            : text.Split(',').Select(p => p.Split('=')).Select(p => new IndicatorParameter(p[0], double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
}
