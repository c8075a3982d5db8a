using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Data.Feeds;
using Provisioning.Indicators;
using Provisioning.Indicators.__Internals;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// An addition subscribed a stream and then failed: the subscription is undone, but bars the feed had already queued
/// for it still arrive ("bars already queued may still arrive", <see cref="IBarFeed.UnsubscribeAsync"/>).
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class SubscriptionUndoTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task Bars_queued_for_an_undone_subscription_do_not_reach_a_history_only_series_of_the_symbol()
    {
        var store = sample.OpenStore();
        var calendar = ExchangeCalendars.Xnys;
        Assert.True(calendar.TryGetSession(Tuesday, out var session));
        var eleven = session.OpenUtc.AddMinutes(90);
        var clock = new ReplayClock(eleven);
        var feed = LiveCoordinator.Feed();
        var elevenBar = (await store.ReadAllAsync("NVDA", Interval.Minutes(1), eleven, eleven.AddMinutes(1))).Single();

        // The indicator's factory runs in the last step, after the stream was subscribed: the live 11:00 bar arrives
        // (the feed queues it for the subscription), then the factory fails and the addition is undone.
        var failing = new IndicatorDescriptor("failing", typeof(NeverIndicator), PriceInput.Close, [], _ => 0, _ =>
        {
            feed.Publish(new FeedBar("NVDA", Interval.Minutes(1), elevenBar));
            throw new InvalidOperationException("the indicator could not be created");
        });
        var catalog = new IndicatorCatalog(IndicatorCatalog.Default.Descriptors.Append(failing));
        var coordinator = LiveCoordinator.Create(store, feed, clock, catalog);

        var history = await coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);
        Assert.True(history.Succeeded, history.Reason);
        Assert.True(coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.True(nvda.TryGetBars(Interval.Minutes(1), out var minutes));
        var before = minutes.ToArray();

        var failed = await coordinator.AddIndicatorAsync("NVDA", "failing", [], "1m", ProvisionSource.Strategy);
        Assert.Equal(AdditionStatus.Failed, failed.Status);

        var delivery = coordinator.RunAsync();
        feed.Complete();
        await delivery;

        // Monday's 390 bars and Tuesday's 90 before 11:00, as loaded; the 11:00 bar of the undone stream is not among them.
        Assert.Equal(390 + 90, before.Length);
        Assert.Equal(before, minutes.ToArray());
        Assert.Equal(1, coordinator.Data.UnroutedBars);
    }

    private sealed class NeverIndicator : IIndicator
    {
        public bool IsReady => false;

        public double Value => double.NaN;

        public void Update(in Bar bar)
        {
        }

        public void Reset()
        {
        }
    }
}
