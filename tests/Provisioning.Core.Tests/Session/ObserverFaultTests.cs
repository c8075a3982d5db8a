using System;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// An observer (a progress display the host wrote) throws: it watches additions, so its failure neither changes what an
/// addition does nor escapes to the caller who was promised a result.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ObserverFaultTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task An_observer_that_throws_on_a_step_report_does_not_break_the_addition_or_leave_its_stream_behind()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday, new ThrowingObserver(onStreamStarted: true));

        var added = await replay.Coordinator.AddSymbolAsync("NVDA", ProvisionSource.Scanner);
        await replay.RunAsync();

        Assert.Equal(AdditionStatus.Succeeded, added.Status);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.True(nvda.TryGetBars(Interval.Minutes(1), out var minutes));

        // One trailing session (Monday) and all of Tuesday, 390 one-minute bars each, every streamed bar routed.
        Assert.Equal(390 + 390, minutes.Count);
        Assert.Equal(0, replay.Coordinator.Data.UnroutedBars);
    }

    [Fact]
    public async Task An_observer_that_throws_on_the_result_still_lets_the_caller_have_the_result()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday, new ThrowingObserver(onResult: true));

        var added = await replay.Coordinator.AddSymbolAsync("NVDA", ProvisionSource.Scanner);
        var refused = await replay.Coordinator.AddSymbolAsync("ZZZZ", ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.Succeeded, added.Status);
        Assert.Equal(AdditionStatus.Rejected, refused.Status);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out _));
    }

    private sealed class ThrowingObserver(bool onStreamStarted = false, bool onResult = false) : IProvisioningObserver
    {
        public void OnStep(string symbol, StepResult report)
        {
            if (onStreamStarted && report.Step is StartSessionStream && report.Status == StepStatus.Succeeded)
            {
                throw new InvalidOperationException("the progress display has no row for " + symbol);
            }
        }

        public void OnResult(AdditionResult result)
        {
            if (onResult)
            {
                throw new InvalidOperationException("the progress display is closed");
            }
        }
    }
}
