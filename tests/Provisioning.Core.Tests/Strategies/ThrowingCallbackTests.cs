using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Core.Tests.Strategies.Support;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Session;
using Provisioning.Strategies;

namespace Provisioning.Core.Tests.Strategies;

/// <summary>
/// A strategy whose callbacks throw is reported (logged, and told to the observer with the exception) and does not stop
/// the session, the other strategy, or its own later bars.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ThrowingCallbackTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_throwing_strategy_is_reported_and_the_session_and_the_other_strategy_go_on()
    {
        var logger = new ListLogger<SessionCoordinator>();
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], ["5m"]), Tuesday, logger: logger);
        var thrower = new ThrowingStrategy();
        var recorder = new RecordingStrategy();

        await replay.Coordinator.StartAsync([thrower, recorder]);
        await replay.RunAsync().WaitAsync(HangGuard);

        // 390 minutes and 78 five-minute bars, to both strategies: the thrower's bars after a throw keep coming.
        Assert.Equal(390 + 78, thrower.Bars);
        Assert.True(thrower.Ended);
        Assert.Equal(CallbackEvent.Start, recorder.Events[0]);
        Assert.Equal(CallbackEvent.End, recorder.Events[^1]);
        Assert.Equal(390 + 78, recorder.Events.Count - 2);
        Assert.Equal(78, recorder.Events.Count(e => e.Interval == Interval.Minutes(5)));

        // Reported to the observer: OnStart and each 5m bar of the thrower, with what it threw; nothing of the recorder.
        var failed = replay.Observer.StrategyCallbacks.Where(r => r.Failed).ToArray();
        Assert.Equal(1 + 78, failed.Length);
        Assert.All(failed, r => Assert.Equal(nameof(ThrowingStrategy), r.Strategy));
        Assert.Equal(StrategyCallback.Start, failed[0].Callback);
        Assert.Equal("broken on start", failed[0].Error!.Message);
        Assert.All(failed.Skip(1), r =>
        {
            Assert.Equal(StrategyCallback.Bar, r.Callback);
            Assert.Equal("AAPL", r.Symbol);
            Assert.Equal(Interval.Minutes(5), r.Interval);
            Assert.Equal($"broken on {r.BarStartUtc:HH:mm}", r.Error!.Message);
        });

        // And logged as errors, one per throw.
        var logged = logger.Entries.Where(e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException).ToArray();
        Assert.Equal(1 + 78, logged.Length);
        Assert.Contains(logged, e => e.Message.Contains("ThrowingStrategy", StringComparison.Ordinal) && e.Message.Contains("AAPL", StringComparison.Ordinal));
    }
}
