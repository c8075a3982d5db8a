using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Clock;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Session;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// Indicator additions of one symbol queued on its gate together run as one batch (one load, one commit), and the
/// session they leave is the one the same additions leave when each runs alone, one after the other: the same series
/// bar for bar and the same indicator values. Each addition still gets its own result; a refused one does not stop
/// the others, and a failed load leaves the session as it was.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class AdditionBatchTests(SampleStoreFixture sample)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    private static readonly (string Name, int Period, string Interval, string Key)[] Three =
    [
        ("sma", 20, "5m", "sma(20)@5m"),
        ("rsi", 14, "15m", "rsi(14)@15m"),
        ("ema", 50, "1h", "ema(50)@1h"),
    ];

    [Fact]
    public async Task Three_additions_queued_behind_the_gate_run_as_one_and_equal_three_run_one_at_a_time()
    {
        var batched = Coordinator(sample.OpenStore());
        var results = await QueuedBehindTheGate(batched, Three.Select(i => (i.Name, i.Period, i.Interval)).ToArray());

        var alone = Coordinator(sample.OpenStore());
        foreach (var (name, period, interval, _) in Three)
        {
            var result = await alone.AddIndicatorAsync("AAPL", name, [new("period", period)], interval, ProvisionSource.Scanner);
            Assert.True(result.Succeeded, result.Reason);
        }

        // Three results, each its own: its indicator, its registration, and the one load they shared.
        Assert.Equal(3, results.Length);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(results[i].Succeeded, results[i].Reason);
            Assert.Equal(Three[i].Key, results[i].Requirements.IndicatorKey);
            var registered = Assert.Single(results[i].Plan.Steps.OfType<RegisterIndicator>());
            Assert.Equal(Three[i].Key, registered.Spec.Key);
            Assert.Equal(results[i].Plan.Steps.Count, results[i].Steps.Count);
            Assert.All(results[i].Steps, s => Assert.Equal(StepStatus.Succeeded, s.Status));
        }

        var load = Assert.Single(results.SelectMany(r => r.Plan.Steps.OfType<LoadHistorical>()).Distinct());
        Assert.All(results, r => Assert.Contains(load, r.Plan.Steps));
        Assert.All(results, r => Assert.Equal(load.FromUtc, Assert.Single(r.History).FromUtc));

        // The same session as the additions one at a time: every series bar for bar, every indicator's value.
        Assert.True(batched.Data.TryGetSymbol("AAPL", out var one));
        Assert.True(alone.Data.TryGetSymbol("AAPL", out var other));
        Assert.Equal(other.Intervals.OrderBy(i => i), one.Intervals.OrderBy(i => i));
        foreach (var interval in other.Intervals)
        {
            Assert.True(one.TryGetBars(interval, out var series));
            Assert.True(other.TryGetBars(interval, out var expected));
            Assert.Equal(expected.Count, series.Count);
            Assert.Equal(Enumerable.Range(0, expected.Count).Select(k => expected[k]), Enumerable.Range(0, series.Count).Select(k => series[k]));
        }

        foreach (var (_, _, _, key) in Three)
        {
            Assert.True(one.TryGetIndicator(key, out var indicator));
            Assert.True(other.TryGetIndicator(key, out var expected));
            Assert.True(expected.Indicator.IsReady);
            Assert.Equal(expected.Indicator.IsReady, indicator.Indicator.IsReady);
            Assert.Equal(expected.Indicator.Value, indicator.Indicator.Value);
        }

        Assert.Equal(3, batched.Data.Holds.Of("AAPL").Count);
        Assert.Equal(0, batched.SymbolGateCount);
    }

    [Fact]
    public async Task A_refused_addition_in_a_batch_does_not_stop_the_others()
    {
        var coordinator = Coordinator(sample.OpenStore());

        // 7h bars never close whole in a 6.5-hour XNYS session: analysis refuses that one alone.
        var results = await QueuedBehindTheGate(coordinator, [("sma", 20, "5m"), ("ema", 10, "7h"), ("ema", 50, "1h")]);

        Assert.True(results[0].Succeeded, results[0].Reason);
        Assert.Equal(AdditionStatus.Rejected, results[1].Status);
        Assert.Contains("7h", results[1].Reason, StringComparison.Ordinal);
        Assert.Empty(results[1].Plan.Steps);
        Assert.True(results[2].Succeeded, results[2].Reason);
        Assert.True(coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.True(aapl.TryGetIndicator("sma(20)@5m", out _));
        Assert.True(aapl.TryGetIndicator("ema(50)@1h", out _));
        Assert.Equal(2, coordinator.Data.Holds.Of("AAPL").Count);
    }

    [Fact]
    public async Task A_failed_load_fails_the_additions_that_needed_it_and_leaves_the_session_as_it_was()
    {
        var store = new FaultyStore(sample.OpenStore(), "AAPL");
        var coordinator = Coordinator(store);

        var failed = await QueuedBehindTheGate(coordinator, [("sma", 20, "5m"), ("rsi", 14, "15m")]);

        Assert.All(failed, r => Assert.Equal(AdditionStatus.Failed, r.Status));
        Assert.All(failed, r => Assert.Contains("could not be decoded", r.Reason, StringComparison.Ordinal));
        Assert.False(coordinator.Data.TryGetSymbol("AAPL", out _));
        Assert.Empty(coordinator.Data.Holds.Of("AAPL"));

        // The session is as before: the same additions succeed once the store reads again.
        store.Failing = false;
        var retried = await QueuedBehindTheGate(coordinator, [("sma", 20, "5m"), ("rsi", 14, "15m")]);
        Assert.All(retried, r => Assert.True(r.Succeeded, r.Reason));
        Assert.Equal(0, coordinator.SymbolGateCount);
    }

    // Holds AAPL's gate while the additions are asked for, so all of them queue; then lets it go.
    private static async Task<AdditionResult[]> QueuedBehindTheGate(SessionCoordinator coordinator, (string Name, int Period, string Interval)[] additions)
    {
        var gate = coordinator.SymbolGates.Enter("AAPL");
        await gate.Semaphore.WaitAsync();
        var running = additions
            .Select(a => coordinator.AddIndicatorAsync("AAPL", a.Name, [new("period", a.Period)], a.Interval, ProvisionSource.Scanner).AsTask())
            .ToArray();
        Assert.Equal(additions.Length, gate.Queued.Count);
        gate.Semaphore.Release();
        coordinator.SymbolGates.Leave("AAPL", gate);
        return await Task.WhenAll(running).WaitAsync(HangGuard);
    }

    private static SessionCoordinator Coordinator(IHistoricalBarStore store)
    {
        var replay = new ReplaySession(store, ReplaySession.Config([]), Tuesday);
        return LiveCoordinator.Create(store, LiveCoordinator.Feed(), new ReplayClock(replay.At(11, 0)));
    }
}
