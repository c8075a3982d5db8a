using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Aggregation;
using Provisioning.Clock;
using Provisioning.Core.Tests.Aggregation;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Feeds;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Session;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// Many threads add overlapping symbols, bars and indicators while a replay streams: every distinct requirement is
/// provisioned exactly once, nothing throws, no bar is lost or duplicated, and the final state is consistent.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ConcurrencyTests(SampleStoreFixture sample)
{
    private static readonly string[] Symbols = ["AAPL", "MSFT", "NVDA", "AMD", "PLTR", "SPY"];

    [Fact]
    public async Task Overlapping_additions_from_many_threads_during_a_replay_are_each_provisioned_once()
    {
        var store = sample.OpenStore();
        var calendar = Provisioning.Calendar.ExchangeCalendars.Xnys;
        Assert.True(calendar.TryGetSession(new DateOnly(2024, 11, 26), out var session));
        var config = ReplaySession.Config(["AAPL", "MSFT"], ["5m"], trailingDays: 1).Resolve();
        var clock = new ReplayClock(session.OpenUtc);
        var feed = new ReplayBarFeed(store, session, config.BaseIntervals, clock, pausePerStep: TimeSpan.FromMilliseconds(2));
        var observer = new RecordingObserver(null);
        var coordinator = new SessionCoordinator(config, calendar, store, feed, clock, observer: observer);
        await coordinator.StartAsync();

        // A fixed menu of additions; every thread asks for all of them, in its own shuffled order, several times.
        var menu = new List<Func<CancellationToken, ValueTask<AdditionResult>>>();
        foreach (var symbol in Symbols)
        {
            menu.Add(ct => coordinator.AddSymbolAsync(symbol, ProvisionSource.Scanner, ct));
            menu.Add(ct => coordinator.AddBarsAsync(symbol, "15m", days: 2, source: ProvisionSource.Strategy, cancellationToken: ct));
            menu.Add(ct => coordinator.AddIndicatorAsync(symbol, "sma", [new("period", 20)], "5m", ProvisionSource.Strategy, ct));
            menu.Add(ct => coordinator.AddIndicatorAsync(symbol, "rsi", [new("period", 14)], "15m", ProvisionSource.Scanner, ct));
            menu.Add(ct => coordinator.AddIndicatorAsync(symbol, "ema", [new("period", 50)], "1h", ProvisionSource.Strategy, ct));
        }

        var results = new ConcurrentBag<AdditionResult>();
        var replay = Task.WhenAll(feed.RunAsync(), coordinator.RunAsync());
        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var round = 0; round < 3; round++)
            {
                foreach (var add in menu.OrderBy(_ => random.Next()))
                {
                    results.Add(await add(CancellationToken.None));
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        await replay;

        Assert.Equal(8 * 3 * menu.Count, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));

        // Exactly once (pre-session additions included): each symbol created once, each interval added once, each stream started once, each indicator
        // registered once, across every thread.
        var executed = observer.Steps.Where(s => s.Report.Status == StepStatus.Succeeded).Select(s => s.Report.Step).ToArray();
        AssertOnce(executed.OfType<CreateSymbol>().Select(s => s.Symbol), Symbols);
        AssertOnce(executed.OfType<RegisterIndicator>().Select(s => s.Symbol + " " + s.Spec.Key), Symbols.SelectMany(s => new[] { s + " sma(20)@5m", s + " rsi(14)@15m", s + " ema(50)@1h" }));
        AssertOnce(executed.OfType<StartSessionStream>().Select(s => s.Symbol + " " + s.Interval), Symbols.SelectMany(s => new[] { s + " 1m", s + " 1d" }));
        Assert.Equal(executed.OfType<AddInterval>().Count(), executed.OfType<AddInterval>().Select(s => (s.Symbol, s.Interval)).Distinct().Count());

        // No lost or duplicated bar: every symbol's one-minute series is exactly the store's bars from its first bar to
        // the close, and each derived series is those bars aggregated anew.
        foreach (var symbol in Symbols)
        {
            Assert.True(coordinator.Data.TryGetSymbol(symbol, out var data));
            Assert.True(data.TryGetBars(Interval.Minutes(1), out var minutes));
            var expected = (await store.ReadAllAsync(symbol, Interval.Minutes(1), minutes[0].Start, session.CloseUtc)).ToArray();
            Assert.Equal(expected, minutes.ToArray());
            Assert.Equal(0, data.DuplicateBars);
            foreach (var derived in new[] { Interval.Minutes(5), Interval.Minutes(15), Interval.Hours(1) })
            {
                Assert.True(data.TryGetBars(derived, out var series), $"{symbol} has no {derived} bars");
                Assert.Equal(Aggregate(calendar, expected, derived, session.CloseUtc), series.ToArray());
            }

            Assert.Equal(["ema(50)@1h", "rsi(14)@15m", "sma(20)@5m"], data.Indicators.Select(i => i.Spec.Key));
            Assert.All(data.Indicators, i => Assert.True(i.Indicator.IsReady, i.Spec.Key));
        }

        Assert.Equal(0, coordinator.Data.UnroutedBars);
    }

    private static void AssertOnce(IEnumerable<string> executed, IEnumerable<string> expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), executed.Order(StringComparer.Ordinal));

    private static Bar[] Aggregate(Provisioning.Calendar.ITradingCalendar calendar, Bar[] bars, Interval interval, DateTime close)
    {
        var collected = new RecordingSubscriber();
        var aggregator = new BarAggregator(calendar, Interval.Minutes(1), interval);
        aggregator.Subscribe(collected);
        foreach (var bar in bars)
        {
            aggregator.Push(bar);
        }

        aggregator.AdvanceTo(close);
        return [.. collected.Bars];
    }
}
