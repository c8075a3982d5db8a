using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Feeds;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// Where loaded history meets the stream of a symbol added during the session: the first streamed bar (the bar in
/// progress at the session clock) must reach the derived series and the indicators, not only the base series.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class StreamJoinTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Monday = new(2024, 11, 25);
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task A_day_indicator_added_mid_session_for_a_new_symbol_takes_todays_day_bar_at_the_close()
    {
        var store = sample.OpenStore();
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        AdditionResult? added = null;
        replay.Feed.Schedule(replay.At(10, 30), async ct =>
            added = await replay.Coordinator.AddIndicatorAsync("NVDA", "sma", [new("period", 2)], "1d", ProvisionSource.Scanner, ct));

        await replay.RunAsync();

        Assert.True(added!.Succeeded, added.Reason);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.True(nvda.TryGetIndicator("sma(2)@1d", out var sma));

        // After Tuesday's close the two newest day bars are Monday's and Tuesday's: SMA(2) is the mean of their closes.
        var monday = await DayBarAsync(store, "NVDA", Monday);
        var tuesday = await DayBarAsync(store, "NVDA", Tuesday);
        Assert.Equal((monday.Close + tuesday.Close) / 2, sma.Indicator.Value, 9);
    }

    [Fact]
    public async Task A_symbol_added_between_two_bar_boundaries_on_a_live_feed_aggregates_the_first_streamed_bar()
    {
        var store = sample.OpenStore();
        var calendar = ExchangeCalendars.Xnys;
        Assert.True(calendar.TryGetSession(Tuesday, out var session));
        var tenThirty = session.OpenUtc.AddMinutes(60);

        // A live session: the clock stands 20 seconds into the 10:30 minute when a strategy asks for 5m bars of AAPL.
        var clock = new ReplayClock(tenThirty.AddSeconds(20));
        var feed = LiveCoordinator.Feed();
        var coordinator = LiveCoordinator.Create(store, feed, clock);
        var tuesdayMinutes = (await store.ReadAllAsync("AAPL", Interval.Minutes(1), session.OpenUtc, session.CloseUtc)).ToArray();
        foreach (var bar in tuesdayMinutes.Where(b => b.Start < tenThirty))
        {
            feed.Publish(new FeedBar("AAPL", Interval.Minutes(1), bar));
        }

        var added = await coordinator.AddBarsAsync("AAPL", "5m", days: 1, source: ProvisionSource.Strategy);
        Assert.True(added.Succeeded, added.Reason);

        var delivery = coordinator.RunAsync();
        foreach (var bar in tuesdayMinutes.Where(b => b.Start >= tenThirty && b.Start < tenThirty.AddMinutes(10)))
        {
            feed.Publish(new FeedBar("AAPL", Interval.Minutes(1), bar));
        }

        feed.Complete();
        await delivery;

        // The 10:30 five-minute bar is the 10:30..10:34 one-minute bars: open of the first, highest high, lowest low,
        // close of the last, summed volume (computed here by hand from the stored bars).
        var parts = tuesdayMinutes.Where(b => b.Start >= tenThirty && b.Start < tenThirty.AddMinutes(5)).ToArray();
        Assert.Equal(5, parts.Length);
        var expected = new Bar(tenThirty, parts[0].Open, parts.Max(b => b.High), parts.Min(b => b.Low), parts[^1].Close, parts.Sum(b => b.Volume));
        Assert.True(coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.True(aapl.TryGetBars(Interval.Minutes(5), out var fives));
        var actual = fives.ToArray().Single(b => b.Start == tenThirty);
        Assert.Equal(expected.Open, actual.Open);
        Assert.Equal(expected.High, actual.High);
        Assert.Equal(expected.Low, actual.Low);
        Assert.Equal(expected.Close, actual.Close);
        Assert.Equal(expected.Volume, actual.Volume, 6);
    }

    [Fact]
    public async Task A_history_only_series_that_starts_streaming_later_has_no_gap_between_its_history_and_the_stream()
    {
        var store = sample.OpenStore();
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        AdditionResult? history = null;
        AdditionResult? streamed = null;

        // 10:00: a scanner loads NVDA's one-minute history only. 11:00: a strategy wants live 5m bars of it, no more history.
        replay.Feed.Schedule(replay.At(10, 0), async ct =>
            history = await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner, cancellationToken: ct));
        replay.Feed.Schedule(replay.At(11, 0), async ct =>
            streamed = await replay.Coordinator.AddBarsAsync("NVDA", "5m", source: ProvisionSource.Strategy, cancellationToken: ct));

        await replay.RunAsync();

        Assert.True(history!.Succeeded, history.Reason);
        Assert.True(streamed!.Succeeded, streamed.Reason);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));

        // Monday's session and all of Tuesday's, every stored minute once: 390 + 390, the 10:00..10:59 minutes included.
        Assert.True(nvda.TryGetBars(Interval.Minutes(1), out var minutes));
        var monday = replay.Calendar.PreviousSession(Tuesday);
        Assert.Equal((await store.ReadAllAsync("NVDA", Interval.Minutes(1), monday.OpenUtc, replay.Session.CloseUtc)).ToArray(), minutes.ToArray());
        Assert.Equal(390 + 390, minutes.Count);
        Assert.Equal(0, nvda.DuplicateBars);

        // And the 5m series has every five minutes of both sessions: 78 + 78.
        Assert.True(nvda.TryGetBars(Interval.Minutes(5), out var fives));
        Assert.Equal(78 + 78, fives.Count);
    }

    private static async Task<Bar> DayBarAsync(IHistoricalBarStore store, string symbol, DateOnly date)
    {
        Assert.True(ExchangeCalendars.Xnys.TryGetSession(date, out var session));
        var bars = await store.ReadAllAsync(symbol, Interval.Days(1), session.OpenUtc.Date, session.CloseUtc);
        return Assert.Single(bars);
    }
}
