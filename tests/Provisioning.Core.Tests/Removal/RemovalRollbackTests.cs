using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Feeds;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Session;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// A removal whose step fails is undone like an addition: the session, its live streams, its indicators and every
/// requester's holds are as they were, and the same removal succeeds once the step works.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class RemovalRollbackTests(SampleStoreFixture sample)
{
    [Theory]
    [InlineData(typeof(DropSymbol))]
    [InlineData(typeof(DropInterval))]
    [InlineData(typeof(StopSessionStream))]
    [InlineData(typeof(UnregisterIndicator))]
    public async Task A_removal_whose_step_fails_leaves_the_session_and_its_holds_as_they_were(Type failingStep)
    {
        var failing = new FailingStepDispatcher(failingStep);
        using var coordinator = Coordinator(FailingStepDispatcher.Around(failing), out var feed);
        await coordinator.StartAsync();
        Assert.True((await coordinator.AddIndicatorAsync("NVDA", "sma", [new("period", 20)], "5m", ProvisionSource.Scanner)).Succeeded);
        Assert.True(coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        var state = coordinator.Data.Snapshot();
        var holds = coordinator.Data.Holds.Of("NVDA");
        var subscribers = nvda.Slots[Interval.Minutes(5)].Aggregator.SubscriberCount;

        var removal = await coordinator.RemoveSymbolAsync("NVDA", ProvisionSource.Scanner);

        Assert.Equal(RemovalStatus.Failed, removal.Status);
        Assert.Equal(1, failing.Failures);
        Assert.Contains($"{failingStep.Name} fails on purpose", removal.Reason, StringComparison.Ordinal);
        Assert.Equal(failingStep, removal.FailedStep!.Step.GetType());
        Assert.All(removal.Steps.TakeWhile(s => s.Step.GetType() != failingStep), s => Assert.Equal(StepStatus.Compensated, s.Status));
        Assert.Equal(state, coordinator.Data.Snapshot());
        Assert.Equal(holds, coordinator.Data.Holds.Of("NVDA"));
        Assert.Same(nvda, coordinator.Data.TryGetSymbol("NVDA", out var still) ? still : null);
        Assert.True(nvda.Slots[Interval.Minutes(1)].IsStreaming);
        Assert.Equal(subscribers, nvda.Slots[Interval.Minutes(5)].Aggregator.SubscriberCount);
        Assert.True(nvda.TryGetIndicator("sma(20)@5m", out _));
    }

    [Fact]
    public async Task A_removal_commit_that_throws_part_way_takes_back_the_changes_it_made()
    {
        using var coordinator = Coordinator(Provisioning.Steps.__Internals.StepDispatcher.Default, out _);
        await coordinator.StartAsync();
        Assert.True((await coordinator.AddIndicatorAsync("NVDA", "sma", [new("period", 20)], "5m", ProvisionSource.Scanner)).Succeeded);
        Assert.True(coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        var state = coordinator.Data.Snapshot();
        var subscribers = nvda.Slots[Interval.Minutes(5)].Aggregator.SubscriberCount;

        // The indicator is detached and the stream stopped before the drop of a series NVDA does not have throws.
        var transaction = new RemovalTransaction(coordinator.Data, nvda);
        transaction.UnregisterIndicator("sma(20)@5m");
        transaction.StopStream(Interval.Minutes(1));
        transaction.DropInterval(Interval.Minutes(15));

        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(transaction.Commit);
        Assert.Equal(state, coordinator.Data.Snapshot());
        Assert.True(nvda.TryGetIndicator("sma(20)@5m", out _));
        Assert.Equal(subscribers, nvda.Slots[Interval.Minutes(5)].Aggregator.SubscriberCount);
        Assert.True(nvda.Slots[Interval.Minutes(1)].IsStreaming);
    }

    private SessionCoordinator Coordinator(Provisioning.Steps.__Internals.IStepDispatcher dispatcher, out ReplayBarFeed feed)
    {
        var store = sample.OpenStore();
        var calendar = ExchangeCalendars.Xnys;
        Assert.True(calendar.TryGetSession(new DateOnly(2024, 11, 26), out var session));
        var config = ReplaySession.Config(["AAPL"], trailingDays: 1).Resolve();
        var clock = new ReplayClock(session.OpenUtc);
        feed = new ReplayBarFeed(store, session, config.BaseIntervals, clock);
        return new SessionCoordinator(config, calendar, store, feed, clock, dispatcher: dispatcher);
    }
}
