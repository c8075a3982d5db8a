using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Aggregation;
using Provisioning.Core.Tests.Aggregation;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Indicators;
using Provisioning.Indicators.__Internals;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// An indicator added mid-session and warmed from history ends the day with exactly the value of the same indicator
/// fed, bar by bar, every stored bar from the start of its warm-up window to the close: the window is the last
/// warm-up × 2 bars of its interval before the session's open (the multiplier's default), whatever older bars the
/// session holds. The indicator is added late (15:30) so that few live bars follow and the final value still depends
/// on the warm-up.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class WarmupEquivalenceTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

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
            foreach (var interval in new[] { "5m", "1h", "1d" })
            {
                data.Add(name, parameters, interval);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_warmed_indicator_equals_one_fed_the_whole_series(string name, string parameterText, string intervalText)
    {
        var parameters = Parse(parameterText);
        var store = sample.OpenStore();
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        AdditionResult? added = null;
        replay.Feed.Schedule(replay.At(15, 30), async ct =>
            added = await replay.Coordinator.AddIndicatorAsync("AAPL", name, parameters, intervalText, ProvisionSource.Strategy, ct));

        await replay.RunAsync();

        Assert.True(added!.Succeeded, added.Reason);
        var spec = added.Requirements.Indicator!;
        Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.True(aapl.TryGetIndicator(spec.Key, out var warmed));
        var baseInterval = added.Requirements.BaseInterval!.Value;
        Assert.True(aapl.TryGetBars(baseInterval, out var baseSeries));

        // The session's bars: every stored base bar from the first one it holds to the close.
        var bars = new List<Bar>();
        await foreach (var batch in store.ReadRangeAsync("AAPL", baseInterval, baseSeries[0].Start, replay.Session.CloseUtc))
        {
            bars.AddRange(batch.ToArray());
        }

        // The window, found from the bars themselves: the start of the 2 × warm-up-th last bar of the indicator's interval
        // that starts before the open, aggregated from the stored bars by a fresh aggregator.
        var before = new RecordingSubscriber();
        var builder = new BarAggregator(replay.Calendar, baseInterval, spec.Interval);
        builder.Subscribe(before);
        foreach (var bar in bars)
        {
            builder.Push(bar);
        }

        builder.AdvanceTo(replay.Session.OpenUtc);
        var windowStart = before.Bars.Where(b => b.Start < replay.Session.OpenUtc).ToArray()[^(2 * spec.WarmupBars)].Start;

        // The reference: a fresh indicator and aggregator fed the stored base bars from the window on, in one pass.
        var reference = IndicatorCatalog.Default.Create(spec);
        Assert.True(reference.Success, reference.Reason);
        var aggregator = new BarAggregator(replay.Calendar, baseInterval, spec.Interval);
        aggregator.Subscribe(reference.Value);
        foreach (var bar in bars.Where(b => b.Start >= windowStart))
        {
            aggregator.Push(bar);
        }

        aggregator.AdvanceTo(replay.Session.CloseUtc);

        // The session held every stored bar (no gap, no duplicate), and the indicator agrees to the last bit.
        Assert.Equal(bars, baseSeries.ToArray());
        Assert.True(reference.Value.IsReady);
        Assert.Equal(reference.Value.IsReady, warmed.Indicator.IsReady);
        Assert.Equal(reference.Value.Value, warmed.Indicator.Value);
        Assert.Equal(BitConverter.DoubleToInt64Bits(reference.Value.Value), BitConverter.DoubleToInt64Bits(warmed.Indicator.Value));
    }

    private static IndicatorParameter[] Parse(string text) =>
        text.Length == 0
            ? []
            : text.Split(',').Select(p => p.Split('=')).Select(p => new IndicatorParameter(p[0], double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
}
