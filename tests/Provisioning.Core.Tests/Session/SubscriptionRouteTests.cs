using System;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Data.Feeds;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// The route a replay subscription keeps to its symbol's base slot (resolved at its first bar, so delivery needs no
/// lookup by symbol) is given up when the session or the symbol changes: a removed symbol gets no more bars, a symbol
/// added again, a replaced base slot and a derived slot added later get the next bar.
/// </summary>
public sealed class SubscriptionRouteTests
{
    private static readonly ITradingCalendar Calendar = ExchangeCalendars.Xnys;
    private static readonly Interval Minute = Interval.Minutes(1);

    // Tuesday 2024-11-26, XNYS opens at 09:30 EST = 14:30Z.
    private static readonly DateTime Open = new(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void A_removed_symbol_gets_no_more_bars_and_the_symbol_added_again_gets_the_next()
    {
        var data = new SessionData();
        var stream = new ReplayStream(null!, "AAPL", Minute, Open, Open.AddHours(1));
        var first = Streaming("AAPL");
        data.Publish(first);

        Deliver(data, stream, 0);
        Deliver(data, stream, 1);
        Assert.Equal(2, BaseCount(first));

        data.Unpublish(first);
        Deliver(data, stream, 2);
        Assert.Equal(2, BaseCount(first));
        Assert.Equal(1, data.UnroutedBars);

        var again = Streaming("AAPL");
        data.Publish(again);
        Deliver(data, stream, 3);
        Assert.Equal(2, BaseCount(first));
        Assert.Equal(1, BaseCount(again));
        Assert.Equal(1, data.UnroutedBars);
    }

    [Fact]
    public void A_replaced_base_slot_gets_the_next_bar_and_the_one_it_replaced_none()
    {
        var data = new SessionData();
        var stream = new ReplayStream(null!, "AAPL", Minute, Open, Open.AddHours(1));
        var symbol = Streaming("AAPL");
        data.Publish(symbol);
        Deliver(data, stream, 0);
        var replaced = symbol.Slots[Minute];

        lock (symbol.Gate)
        {
            symbol.SetSlot(BaseSlot());
        }

        Deliver(data, stream, 1);
        Assert.Equal(1, replaced.Series.Count);
        Assert.Equal(1, symbol.Slots[Minute].Series.Count);
        Assert.Equal(Open.AddMinutes(1), symbol.Slots[Minute].Series[0].Start);
    }

    [Fact]
    public void A_base_that_stopped_streaming_takes_no_bar()
    {
        var data = new SessionData();
        var stream = new ReplayStream(null!, "AAPL", Minute, Open, Open.AddHours(1));
        var symbol = Streaming("AAPL");
        data.Publish(symbol);
        Deliver(data, stream, 0);

        symbol.Slots[Minute].IsStreaming = false;
        Deliver(data, stream, 1);
        Assert.Equal(1, BaseCount(symbol));
        Assert.Equal(1, data.UnroutedBars);
    }

    [Fact]
    public void A_derived_slot_added_after_the_route_was_kept_is_fed()
    {
        var data = new SessionData();
        var stream = new ReplayStream(null!, "AAPL", Minute, Open, Open.AddHours(1));
        var symbol = Streaming("AAPL");
        data.Publish(symbol);
        Deliver(data, stream, 0);

        var five = Interval.Minutes(5);
        lock (symbol.Gate)
        {
            symbol.SetSlot(new IntervalSlot(new BarSeries(five, Minute, 16), new BarAggregator(Calendar, Minute, five), Calendar));
        }

        // 09:31 to 09:36: the 09:35 bucket (09:35-09:40) is still open, so only 09:30's closes, built from 09:31-09:34.
        for (var minute = 1; minute <= 6; minute++)
        {
            Deliver(data, stream, minute);
        }

        var fiveMinute = symbol.Slots[five].Series;
        Assert.Equal(1, fiveMinute.Count);
        Assert.Equal(Open, fiveMinute[0].Start);
        Assert.Equal(101.0, fiveMinute[0].Open);
        Assert.Equal(104.5, fiveMinute[0].Close);
    }

    // The bar of minute n after the open: opens at 100 + n, closes half a point higher.
    private static void Deliver(SessionData data, ReplayStream stream, int minute)
    {
        var bar = new Bar(Open.AddMinutes(minute), 100 + minute, 101 + minute, 99 + minute, 100.5 + minute, 1_000);
        data.Deliver(new FeedBar(stream.Symbol, stream.Interval, bar), stream);
    }

    private static int BaseCount(SymbolData symbol) => symbol.Slots[Minute].Series.Count;

    private static SymbolData Streaming(string name)
    {
        var symbol = new SymbolData(name, new SymbolMetadata(ProvisionSource.Config, true, false, false, Open, null), Calendar);
        symbol.SetSlot(BaseSlot());
        return symbol;
    }

    private static IntervalSlot BaseSlot() =>
        new(new BarSeries(Minute, null, 64), new BarAggregator(Calendar, Minute, Minute), Calendar) { IsStreaming = true };
}
