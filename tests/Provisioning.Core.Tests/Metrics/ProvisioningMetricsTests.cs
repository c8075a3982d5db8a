using System;
using System.Diagnostics.Metrics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Feeds;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Hosting;
using Provisioning.Intervals;
using Provisioning.Metrics;
using Provisioning.Requirements;
using Provisioning.Session;
using Provisioning.Strategies;

namespace Provisioning.Core.Tests.Metrics;

/// <summary>
/// The <c>Provisioning</c> meter of a session registered with <c>AddProvisioning</c>, read with
/// <see cref="MetricCollector{T}"/> from the container's own <see cref="IMeterFactory"/>; every expected value is a count
/// of what the test did, by hand.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ProvisioningMetricsTests(SampleStoreFixture sample)
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private static readonly DateTime TenAm = new(2024, 11, 26, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Additions_steps_and_history_loads_are_measured_by_source_status_step_and_interval()
    {
        using var provider = Build("""
            "symbols": ["AAPL", "MSFT"], "streams": ["1m"], "historical": { "enabled": true, "trailingDays": 1 }
            """, services => services.UseReplay(new DateOnly(2024, 11, 26)));
        var meters = provider.GetRequiredService<IMeterFactory>();
        using var additions = new MetricCollector<long>(meters, ProvisioningMeter.Name, "provisioning.additions");
        using var historyBars = new MetricCollector<long>(meters, ProvisioningMeter.Name, "provisioning.history.bars");
        using var historyRead = new MetricCollector<double>(meters, ProvisioningMeter.Name, "provisioning.history.read.duration");
        using var steps = new MetricCollector<double>(meters, ProvisioningMeter.Name, "provisioning.step.duration");
        var session = provider.GetRequiredService<SessionCoordinator>();

        var start = await session.StartAsync();
        var unknown = await session.AddIndicatorAsync("AAPL", "no_such_indicator", [], "5m", ProvisionSource.Scanner);

        Assert.True(start.AllSucceeded, string.Join(" | ", start.NotSucceeded.Select(r => r.Reason)));
        Assert.False(unknown.Succeeded);
        // Two config symbols that loaded and one indicator refused: three additions.
        var counted = additions.GetMeasurementSnapshot();
        Assert.Equal(3, counted.Count);
        Assert.Equal(2, counted.Where(m => m.MatchesTags(Tag("provisioning.operation", "symbol"), Tag("provisioning.source", "config"), Tag("provisioning.status", "succeeded"))).Sum(m => m.Value));
        Assert.Equal(1, counted.Where(m => m.MatchesTags(Tag("provisioning.operation", "indicator"), Tag("provisioning.source", "scanner"), Tag("provisioning.status", "rejected"))).Sum(m => m.Value));

        // One trailing session, Monday 2024-11-25 (09:30–16:00, 390 one-minute bars), per symbol: 2 × 390 = 780 bars,
        // from one load each.
        Assert.Equal(780, historyBars.GetMeasurementSnapshot().Where(m => m.MatchesTags(Tag("provisioning.interval", "1m"))).Sum(m => m.Value));
        var reads = historyRead.GetMeasurementSnapshot();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, m => Assert.True(m.MatchesTags(Tag("provisioning.interval", "1m")) && m.Value >= 0));
        var stepsRun = steps.GetMeasurementSnapshot();
        Assert.Equal(2, stepsRun.Count(m => m.MatchesTags(Tag("provisioning.step", "load_historical"), Tag("provisioning.step.status", "succeeded"))));
        Assert.Equal(2, stepsRun.Count(m => m.MatchesTags(Tag("provisioning.step", "create_symbol"), Tag("provisioning.step.status", "succeeded"))));
    }

    [Fact]
    public async Task Removals_are_counted_by_operation_source_and_status_even_when_the_host_observer_throws()
    {
        using var provider = Build("""
            "symbols": ["AAPL"], "streams": ["1m"], "historical": { "enabled": true, "trailingDays": 1 }
            """, services => services.UseReplay(new DateOnly(2024, 11, 26)).AddObserver(new ThrowingObserver()));
        var meters = provider.GetRequiredService<IMeterFactory>();
        using var removals = new MetricCollector<long>(meters, ProvisioningMeter.Name, "provisioning.removals");
        var session = provider.GetRequiredService<SessionCoordinator>();
        Assert.True((await session.StartAsync()).AllSucceeded);
        Assert.True((await session.AddSymbolAsync("AAPL", ProvisionSource.Scanner)).Succeeded);
        Assert.True((await session.AddSymbolAsync("MSFT", ProvisionSource.Scanner)).Succeeded);
        Assert.True((await session.AddIndicatorAsync("MSFT", "sma", [new("period", 20)], "5m", ProvisionSource.Scanner)).Succeeded);

        Assert.Equal(RemovalStatus.Kept, (await session.RemoveSymbolAsync("AAPL", ProvisionSource.Scanner)).Status);
        Assert.Equal(RemovalStatus.Rejected, (await session.RemoveSymbolAsync("AAPL", ProvisionSource.Scanner)).Status);
        Assert.Equal(RemovalStatus.Rejected, (await session.RemoveBarsAsync("MSFT", "5x", ProvisionSource.Scanner)).Status);
        Assert.Equal(RemovalStatus.Removed, (await session.RemoveIndicatorAsync("MSFT", "sma", [new("period", 20)], "5m", ProvisionSource.Scanner)).Status);
        Assert.Equal(RemovalStatus.Removed, (await session.RemoveSymbolAsync("MSFT", ProvisionSource.Scanner)).Status);

        // Five removals: one kept symbol, two rejected (a symbol, bars), one removed indicator, one removed symbol.
        var counted = removals.GetMeasurementSnapshot();
        Assert.Equal(5, counted.Sum(m => m.Value));
        Assert.Equal(1, Count(counted, "symbol", "kept"));
        Assert.Equal(1, Count(counted, "symbol", "rejected"));
        Assert.Equal(1, Count(counted, "bar", "rejected"));
        Assert.Equal(1, Count(counted, "indicator", "removed"));
        Assert.Equal(1, Count(counted, "symbol", "removed"));

        static long Count(System.Collections.Generic.IReadOnlyList<CollectedMeasurement<long>> counted, string operation, string status) =>
            counted.Where(m => m.MatchesTags(Tag("provisioning.operation", operation), Tag("provisioning.source", "scanner"), Tag("provisioning.status", status))).Sum(m => m.Value);
    }

    [Fact]
    public async Task Late_and_duplicate_live_bars_are_counted_when_a_listener_collects()
    {
        var clock = new FakeTimeProvider(TenAm);
        using var provider = Build("""
            "symbols": [], "streams": ["1m", "1d"]
            """, services =>
            {
                services.Services.AddSingleton<TimeProvider>(clock);
                services.UseLiveFeed(o => o.BarCloseGrace = TimeSpan.FromSeconds(5));
            });
        var meters = provider.GetRequiredService<IMeterFactory>();
        using var late = new MetricCollector<long>(meters, ProvisioningMeter.Name, "provisioning.bars.late");
        using var duplicate = new MetricCollector<long>(meters, ProvisioningMeter.Name, "provisioning.bars.duplicate");
        var session = provider.GetRequiredService<SessionCoordinator>();
        var feed = provider.GetRequiredService<ChannelBarFeed>();
        var added = await session.AddBarsAsync("AAPL", "5m", days: 1, source: ProvisionSource.Strategy);
        Assert.True(added.Succeeded, added.Reason);
        using var stop = new CancellationTokenSource();
        var run = session.RunAsync(stop.Token);
        Assert.True(session.Data.TryGetSymbol("AAPL", out var aapl));

        // 10:00–10:03, then the clock passes 10:05 plus the grace: the 10:00 five-minute bar closes without 10:04.
        for (var minute = 0; minute < 4; minute++)
        {
            feed.Publish(new FeedBar("AAPL", OneMinute, Minute(minute)));
        }

        clock.SetUtcNow(TenAm.AddMinutes(5).AddSeconds(5));
        await WaitForAsync(() => aapl.TryGetBars(Interval.Minutes(5), out var bars) && bars.ToArray().Any(b => b.Start == TenAm));
        // The 10:04 bar now is late for 5m (once: 1m is its own base); 10:01 again is a duplicate.
        feed.Publish(new FeedBar("AAPL", OneMinute, Minute(4)));
        feed.Publish(new FeedBar("AAPL", OneMinute, Minute(1)));
        await WaitForAsync(() => aapl.DuplicateBars == 1);

        late.RecordObservableInstruments();
        duplicate.RecordObservableInstruments();
        Assert.Equal(1, late.LastMeasurement?.Value);
        Assert.Equal(1, duplicate.LastMeasurement?.Value);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public void Each_container_has_its_own_meter_and_a_callback_time_is_recorded_in_seconds_by_strategy_and_callback()
    {
        using var one = Build("\"symbols\": [\"AAPL\"]", _ => { });
        using var other = Build("\"symbols\": [\"AAPL\"]", _ => { });
        using var callbacks = new MetricCollector<double>(one.GetRequiredService<IMeterFactory>(), ProvisioningMeter.Name, "provisioning.strategy.callback.duration");

        one.GetRequiredService<ProvisioningMetrics>().RecordCallback("MeanReversion", "on_bar", TimeSpan.FromMilliseconds(250));
        other.GetRequiredService<ProvisioningMetrics>().RecordCallback("MeanReversion", "on_bar", TimeSpan.FromMilliseconds(750));

        var recorded = Assert.Single(callbacks.GetMeasurementSnapshot());
        Assert.Equal(0.25, recorded.Value);
        Assert.True(recorded.MatchesTags(Tag("provisioning.strategy", "MeanReversion"), Tag("provisioning.callback", "on_bar")));
        Assert.NotSame(one.GetRequiredService<ProvisioningMetrics>().Meter, other.GetRequiredService<ProvisioningMetrics>().Meter);
    }

    [Fact]
    public void A_strategy_callback_reported_to_the_observer_is_recorded_by_strategy_and_callback()
    {
        using var provider = Build("\"symbols\": [\"AAPL\"]", _ => { });
        using var callbacks = new MetricCollector<double>(provider.GetRequiredService<IMeterFactory>(), ProvisioningMeter.Name, "provisioning.strategy.callback.duration");
        var observer = new MetricsObserver(provider.GetRequiredService<ProvisioningMetrics>());

        observer.OnStrategyCallback(new StrategyCallbackReport("MeanReversion", StrategyCallback.Bar, "AAPL", OneMinute, TenAm, TimeSpan.FromMilliseconds(125), null));
        observer.OnStrategyCallback(new StrategyCallbackReport("MeanReversion", StrategyCallback.SessionEnd, null, null, null, TimeSpan.FromMilliseconds(500), new InvalidOperationException("thrown")));

        var recorded = callbacks.GetMeasurementSnapshot();
        Assert.Equal(2, recorded.Count);
        Assert.Equal(0.125, Assert.Single(recorded, m => m.MatchesTags(Tag("provisioning.strategy", "MeanReversion"), Tag("provisioning.callback", "on_bar"))).Value);
        Assert.Equal(0.5, Assert.Single(recorded, m => m.MatchesTags(Tag("provisioning.strategy", "MeanReversion"), Tag("provisioning.callback", "on_session_end"))).Value);
    }

    private sealed class ThrowingObserver : IProvisioningObserver
    {
        public void OnRemoved(RemovalResult result) => throw new InvalidOperationException("the host's removal display is closed");
    }

    private ServiceProvider Build(string keys, Action<ProvisioningBuilder> choose)
    {
        var json = $$"""{ {{keys}}, "data": { "root": "{{sample.Root.Replace("\\", "\\\\", StringComparison.Ordinal)}}" } }""";
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        choose(services.AddProvisioning(configuration));
        return services.BuildServiceProvider();
    }

    private static System.Collections.Generic.KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);

    // A made-up one-minute bar at 10:00 + minute; its prices do not matter here.
    private static Bar Minute(int minute) => new(TenAm.AddMinutes(minute), 100, 101, 99, 100.5, 1000);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            Assert.False(limit.IsCancellationRequested, "The session did not get there.");
            await Task.Delay(2);
        }
    }
}
