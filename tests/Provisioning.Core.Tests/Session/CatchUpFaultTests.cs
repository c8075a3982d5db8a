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
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Session;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// One policy for an indicator that throws on a live bar, whether the bar arrives after its addition committed or
/// while the addition ran (kept aside, then caught up at the commit): the fault is counted, the bar stays in its series
/// and reaches the other intervals, and no derived series is ever ahead of its base.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class CatchUpFaultTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task A_fault_on_a_bar_caught_up_at_the_commit_is_counted_and_the_bar_kept_like_a_live_one()
    {
        var run = await RunAsync(liveBarsDuringTheAddition: true);

        // Every step ran and the commit stood: the indicator is there and the 1m series streams.
        Assert.Equal(AdditionStatus.Succeeded, run.Added.Status);
        Assert.Null(run.Added.Reason);
        Assert.Contains(run.Added.Steps, s => s.Step is StartSessionStream && s.Status == StepStatus.Succeeded);
        AssertTheSessionHoldsEveryBarAndCountedTheFaults(run);
    }

    [Fact]
    public async Task A_fault_on_a_live_bar_after_the_commit_is_counted_and_the_bar_kept()
    {
        var run = await RunAsync(liveBarsDuringTheAddition: false);

        Assert.Equal(AdditionStatus.Succeeded, run.Added.Status);
        AssertTheSessionHoldsEveryBarAndCountedTheFaults(run);
    }

    // Both paths end the same way. By hand: history holds Monday's 390 minutes and Tuesday's 09:30..09:59 (30), the
    // stream brings 10:00..10:29 (30): 450 minutes; five-minute bars 78 + 6 + 6 = 90. The indicator throws on the
    // five-minute bars from 10:10 on: 10:10, 10:15, 10:20 and 10:25, four faults.
    private void AssertTheSessionHoldsEveryBarAndCountedTheFaults(Run run)
    {
        var symbol = run.Symbol;
        Assert.True(symbol.TryGetBars(Interval.Minutes(1), out var minutes));
        Assert.True(symbol.TryGetBars(Interval.Minutes(5), out var fives));
        Assert.Equal(run.Stored.Where(b => b.Start < run.TenThirty).ToArray(), minutes.ToArray());
        Assert.Equal(390 + 30 + 30, minutes.Count);
        Assert.Equal(78 + 6 + 6, fives.Count);
        Assert.Equal(4, run.Coordinator.DeliveryFaults);
        Assert.True(symbol.TryGetIndicator("throwsfrom()@5m", out _));
        Assert.True(symbol.ToState().IsStreaming(Interval.Minutes(1)));
        AssertNoDerivedSeriesAheadOfItsBase(symbol);

        // The 10:25 five-minute bar, on which the indicator threw, is the 10:25..10:29 minutes aggregated by hand.
        var parts = run.Stored.Where(b => b.Start >= run.TenThirty.AddMinutes(-5) && b.Start < run.TenThirty).ToArray();
        Assert.Equal(
            new Bar(parts[0].Start, parts[0].Open, parts.Max(b => b.High), parts.Min(b => b.Low), parts[^1].Close, parts.Sum(b => b.Volume)),
            fives[fives.Count - 1]);
    }

    private static void AssertNoDerivedSeriesAheadOfItsBase(SymbolData symbol)
    {
        Assert.True(symbol.TryGetBars(Interval.Minutes(1), out var minutes));
        Assert.True(minutes.TryGetLast(out var lastMinute));
        Assert.True(symbol.TryGetBars(Interval.Minutes(5), out var fives));
        Assert.True(fives.TryGetLast(out var lastFive));
        Assert.True(
            lastFive.Start.AddMinutes(5) <= lastMinute.Start.AddMinutes(1),
            $"The 5m series ends {lastFive.Start.AddMinutes(5):u}, after its 1m base ({lastMinute.Start.AddMinutes(1):u}).");
    }

    // A live session at 10:00:20 on Tuesday. 1) A scanner loads AAPL's 1m and 5m bars as history only (to 10:00).
    // 2) A strategy adds an indicator on 5m that throws on bars from 10:10: the plan subscribes the 1m stream from 10:00.
    // The 10:00..10:29 minutes come either while the addition runs (the feed delivers them right after the
    // subscription, before the commit) or after it.
    private async Task<Run> RunAsync(bool liveBarsDuringTheAddition)
    {
        var store = sample.OpenStore();
        var calendar = ExchangeCalendars.Xnys;
        Assert.True(calendar.TryGetSession(Tuesday, out var session));
        var ten = session.OpenUtc.AddMinutes(30);
        var tenThirty = ten.AddMinutes(30);
        var monday = calendar.PreviousSession(Tuesday);
        var stored = (await store.ReadAllAsync("AAPL", Interval.Minutes(1), monday.OpenUtc, session.CloseUtc)).ToArray();
        var liveMinutes = stored.Where(b => b.Start >= ten && b.Start < tenThirty).ToArray();
        Assert.Equal(30, liveMinutes.Length);

        var catalog = new IndicatorCatalog(IndicatorCatalog.Default.Descriptors.Append(ThrowsFrom.Descriptor(ten.AddMinutes(10))));
        var feed = LiveCoordinator.Feed();
        var observer = new DeliverAfterSubscription();
        var config = ReplaySession.Config([]).Resolve();
        var coordinator = new SessionCoordinator(config, calendar, store, feed, new ReplayClock(ten.AddSeconds(20)), catalog: catalog, observer: observer);

        var history = await coordinator.AddBarsAsync("AAPL", "5m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);
        Assert.True(history.Succeeded, history.Reason);
        Assert.True(coordinator.Data.TryGetSymbol("AAPL", out var symbol));
        Assert.True(symbol.TryGetBars(Interval.Minutes(1), out var minutes));
        Assert.Equal(390 + 30, minutes.Count);

        if (liveBarsDuringTheAddition)
        {
            observer.Arm(() =>
            {
                foreach (var bar in liveMinutes)
                {
                    coordinator.Data.Deliver(new FeedBar("AAPL", Interval.Minutes(1), bar));
                }
            });
        }

        var added = await coordinator.AddIndicatorAsync("AAPL", "throwsfrom", [], "5m", ProvisionSource.Strategy);
        Assert.True(observer.Delivered == liveBarsDuringTheAddition, "The bars were not delivered as the test meant.");
        AssertNoDerivedSeriesAheadOfItsBase(symbol);

        var delivery = coordinator.RunAsync();
        if (!liveBarsDuringTheAddition)
        {
            foreach (var bar in liveMinutes)
            {
                feed.Publish(new FeedBar("AAPL", Interval.Minutes(1), bar));
            }
        }

        feed.Complete();
        await delivery;
        return new Run(coordinator, symbol, added, stored, tenThirty);
    }

    private sealed record Run(SessionCoordinator Coordinator, SymbolData Symbol, AdditionResult Added, Bar[] Stored, DateTime TenThirty);

    // Delivers bars once, right after a stream subscription succeeded: they are kept aside for the addition's commit.
    private sealed class DeliverAfterSubscription : IProvisioningObserver
    {
        private Action? _deliver;

        public bool Delivered { get; private set; }

        public void Arm(Action deliver) => _deliver = deliver;

        public void OnStep(string symbol, StepResult report)
        {
            if (report.Step is StartSessionStream && report.Status == StepStatus.Succeeded && _deliver is { } deliver)
            {
                _deliver = null;
                deliver();
                Delivered = true;
            }
        }
    }

    // A user's indicator with a bug that shows on bars from a given time: warm-up passes, later bars throw.
    private sealed class ThrowsFrom(DateTime fromUtc) : IIndicator
    {
        public bool IsReady => true;

        public double Value => 0;

        public static IndicatorDescriptor Descriptor(DateTime fromUtc) =>
            new("throwsfrom", typeof(ThrowsFrom), PriceInput.Close, [], _ => 1, _ => new ThrowsFrom(fromUtc));

        public void Update(in Bar bar)
        {
            if (bar.Start >= fromUtc)
            {
                throw new InvalidOperationException("A bug in a user's indicator.");
            }
        }

        public void Reset()
        {
        }
    }
}
