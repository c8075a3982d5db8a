using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// Every removal is told to the session's observer once, whatever its status, with the result its caller gets; an
/// observer that throws on it changes nothing about the removal, which is still journaled for the report.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class RemovalObserverTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task The_observer_sees_a_kept_a_rejected_and_a_removed_removal_once_each()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        Assert.True((await coordinator.AddSymbolAsync("AAPL", ProvisionSource.Scanner)).Succeeded);

        // The config still holds AAPL: Kept. The scanner's hold is gone: Rejected. The config lets go: Removed.
        var kept = await coordinator.RemoveSymbolAsync("AAPL", ProvisionSource.Scanner);
        var rejected = await coordinator.RemoveSymbolAsync("AAPL", ProvisionSource.Scanner);
        var removed = await coordinator.RemoveSymbolAsync("AAPL", ProvisionSource.Config);

        Assert.Equal(
            [RemovalStatus.Kept, RemovalStatus.Rejected, RemovalStatus.Removed],
            replay.Observer.Removals.Select(r => r.Status));
        Assert.Same(kept, replay.Observer.Removals.ElementAt(0));
        Assert.Same(rejected, replay.Observer.Removals.ElementAt(1));
        Assert.Same(removed, replay.Observer.Removals.ElementAt(2));
        Assert.Equal(3, coordinator.Removals.Entries().Count);
    }

    [Fact]
    public async Task Removals_refused_for_bad_input_before_they_run_are_told_too()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();

        // A malformed symbol (refused by the runner before the symbol's gate), an interval and an indicator that do not
        // resolve (refused by the session before the runner).
        var symbol = await coordinator.RemoveSymbolAsync("AA PL\n", ProvisionSource.Scanner);
        var bars = await coordinator.RemoveBarsAsync("AAPL", "5x", ProvisionSource.Scanner);
        var indicator = await coordinator.RemoveIndicatorAsync("AAPL", "no_such_indicator", [], "5m", ProvisionSource.Scanner);

        Assert.Equal(new[] { symbol, bars, indicator }, replay.Observer.Removals.ToArray());
        Assert.All(replay.Observer.Removals, r => Assert.Equal(RemovalStatus.Rejected, r.Status));
        Assert.Equal(3, coordinator.Removals.Entries().Count);
    }

    [Fact]
    public async Task An_observer_that_throws_on_a_removal_does_not_break_it()
    {
        var logger = new CountingLogger();
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday, new ThrowingObserver(), logger: logger);
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        Assert.True((await coordinator.AddIndicatorAsync("NVDA", "sma", [new("period", 20)], "5m", ProvisionSource.Scanner)).Succeeded);

        var removed = await coordinator.RemoveSymbolAsync("NVDA", ProvisionSource.Scanner);

        Assert.Equal(RemovalStatus.Removed, removed.Status);
        Assert.False(coordinator.Data.TryGetSymbol("NVDA", out _));
        Assert.Empty(coordinator.Data.Holds.Of("NVDA"));
        Assert.Same(removed, Assert.Single(coordinator.Removals.Entries()).Result);
        Assert.Equal(1, logger.ObserverErrors);

        // The session goes on: the symbol can be added and removed again.
        Assert.True((await coordinator.AddSymbolAsync("NVDA", ProvisionSource.Scanner)).Succeeded);
        Assert.Equal(RemovalStatus.Removed, (await coordinator.RemoveSymbolAsync("NVDA", ProvisionSource.Scanner)).Status);
    }

    private sealed class ThrowingObserver : IProvisioningObserver
    {
        public void OnRemoved(RemovalResult result) => throw new InvalidOperationException("the removal display is closed");
    }

    // Counts the error the session logs when its observer throws (SessionLog.ObserverThrew names the callback).
    private sealed class CountingLogger : ILogger<Provisioning.Session.SessionCoordinator>
    {
        private int _observerErrors;

        public int ObserverErrors => _observerErrors;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is InvalidOperationException { Message: "the removal display is closed" } && formatter(state, exception).Contains("OnRemoved", StringComparison.Ordinal))
            {
                System.Threading.Interlocked.Increment(ref _observerErrors);
            }
        }
    }
}
