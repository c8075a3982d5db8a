using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Core.Tests.Aggregation;
using Provisioning.Core.Tests.Feeds.Support;
using Provisioning.Data.Feeds;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Feeds;

/// <summary>
/// One session of five markets on session date Wednesday 2024-03-13: AAPL on XNYS (09:30-16:00 EDT = 13:30-20:00Z),
/// VOD on XLON (08:00-16:30 GMT = 08:00-16:30Z), 7203 on XTKS (09:00-11:30 and 12:30-15:00 JST = 00:00-02:30Z and
/// 03:30-06:00Z), ES on CMES (session D opens 17:00 CDT on D-1: 2024-03-12 22:00Z to 2024-03-13 22:00Z) and BTCUSD on
/// 24/7 (00:00-24:00Z). Each symbol's store holds a one-minute bar for every trading minute of its session, priced by
/// the clock minutes m since its open: O = 1000 + m, H = 1001 + m, L = 999 + m, C = 1000.5 + m, V = 1. A bar built from
/// minutes a..b is therefore O = 1000 + a, H = 1001 + b, L = 999 + a, C = 1000.5 + b, V = the minutes it holds; the
/// expected bars below are written out from that rule by hand.
/// </summary>
public sealed class MixedMarketReplayTests
{
    private static readonly DateOnly Wednesday = new(2024, 3, 13);
    private static readonly Interval Minute = Interval.Minutes(1);

    private static readonly (string Symbol, string Exchange)[] Symbols =
        [("AAPL", "XNYS"), ("VOD", "XLON"), ("7203", "XTKS"), ("ES", "CMES"), ("BTCUSD", "24/7")];

    [Fact]
    public async Task All_markets_bars_arrive_in_time_order_each_from_its_own_session()
    {
        var bars = await ReplayAsync();

        // 390 + 510 + (150 + 150) + 1440 + 1440 = 4080 one-minute bars.
        Assert.Equal(390, bars.Count(b => b.Symbol == "AAPL"));
        Assert.Equal(510, bars.Count(b => b.Symbol == "VOD"));
        Assert.Equal(300, bars.Count(b => b.Symbol == "7203"));
        Assert.Equal(1440, bars.Count(b => b.Symbol == "ES"));
        Assert.Equal(1440, bars.Count(b => b.Symbol == "BTCUSD"));
        Assert.Equal(4080, bars.Count);

        // Time order across markets: each bar ends no earlier than the one before it.
        for (var i = 1; i < bars.Count; i++)
        {
            Assert.True(bars[i - 1].Bar.Start <= bars[i].Bar.Start, $"bar {i}: {bars[i].Symbol} {bars[i].Bar.Start:O} after {bars[i - 1].Symbol} {bars[i - 1].Bar.Start:O}");
        }

        // CME's session 2024-03-13 opens first, on the evening of the 12th; the 24/7 day closes last, at midnight.
        Assert.Equal(("ES", Utc("2024-03-12T22:00")), (bars[0].Symbol, bars[0].Bar.Start));
        Assert.Equal(("BTCUSD", Utc("2024-03-13T23:59")), (bars[^1].Symbol, bars[^1].Bar.Start));

        // ES's bar from the previous session (21:59Z on the 12th) is not replayed; 7203 has no bar in its lunch break.
        Assert.DoesNotContain(bars, b => b.Symbol == "ES" && b.Bar.Start < Utc("2024-03-12T22:00"));
        Assert.DoesNotContain(bars, b => b.Symbol == "7203" && b.Bar.Start >= Utc("2024-03-13T02:30") && b.Bar.Start < Utc("2024-03-13T03:30"));
    }

    [Fact]
    public async Task Tokyo_hour_bars_are_cut_at_the_break_and_start_again_at_its_end()
    {
        var bars = await ReplayAsync();

        // Morning minutes 0-59, 60-119, 120-149 (cut at 11:30); afternoon 210-269, 270-329, 330-359 (cut at 15:00).
        Bar[] expected =
        [
            new(Utc("2024-03-13T00:00"), 1000, 1060, 999, 1059.5, 60),
            new(Utc("2024-03-13T01:00"), 1060, 1120, 1059, 1119.5, 60),
            new(Utc("2024-03-13T02:00"), 1120, 1150, 1119, 1149.5, 30),
            new(Utc("2024-03-13T03:30"), 1210, 1270, 1209, 1269.5, 60),
            new(Utc("2024-03-13T04:30"), 1270, 1330, 1269, 1329.5, 60),
            new(Utc("2024-03-13T05:30"), 1330, 1360, 1329, 1359.5, 30),
        ];
        Assert.Equal(expected, Aggregate(bars, "7203", "XTKS", Interval.Hours(1)));
    }

    [Fact]
    public async Task CME_bars_run_across_midnight_and_its_day_bar_is_the_whole_session()
    {
        var bars = await ReplayAsync();

        // 4h bars from the 17:00 CDT open: minutes 0-239, 240-479, ... ; the second, 21:00-01:00 CDT (02:00-06:00Z),
        // spans Chicago's midnight (05:00Z) and is one bar.
        Bar[] fourHours =
        [
            new(Utc("2024-03-12T22:00"), 1000, 1240, 999, 1239.5, 240),
            new(Utc("2024-03-13T02:00"), 1240, 1480, 1239, 1479.5, 240),
            new(Utc("2024-03-13T06:00"), 1480, 1720, 1479, 1719.5, 240),
            new(Utc("2024-03-13T10:00"), 1720, 1960, 1719, 1959.5, 240),
            new(Utc("2024-03-13T14:00"), 1960, 2200, 1959, 2199.5, 240),
            new(Utc("2024-03-13T18:00"), 2200, 2440, 2199, 2439.5, 240),
        ];
        Assert.Equal(fourHours, Aggregate(bars, "ES", "CMES", Interval.Hours(4)));

        // The 1d bar of session 2024-03-13 is minutes 0-1439, starting at its open on the 12th.
        Assert.Equal([new Bar(Utc("2024-03-12T22:00"), 1000, 2440, 999, 2439.5, 1440)], Aggregate(bars, "ES", "CMES", Interval.Days(1)));
    }

    [Fact]
    public async Task Each_other_market_closes_its_last_bar_at_its_own_close()
    {
        var bars = await ReplayAsync();

        // XNYS: the 7th hour bar runs 15:30-16:00 EDT (19:30-20:00Z), minutes 360-389.
        Assert.Equal(new Bar(Utc("2024-03-13T19:30"), 1360, 1390, 1359, 1389.5, 30), Aggregate(bars, "AAPL", "XNYS", Interval.Hours(1))[^1]);

        // XLON: the 9th hour bar runs 16:00-16:30 GMT, minutes 480-509.
        Assert.Equal(new Bar(Utc("2024-03-13T16:00"), 1480, 1510, 1479, 1509.5, 30), Aggregate(bars, "VOD", "XLON", Interval.Hours(1))[^1]);

        // 24/7: 12h bars 00:00-12:00Z (minutes 0-719) and 12:00-24:00Z (720-1439); the 1d bar runs 00:00-24:00Z.
        Bar[] halves =
        [
            new(Utc("2024-03-13T00:00"), 1000, 1720, 999, 1719.5, 720),
            new(Utc("2024-03-13T12:00"), 1720, 2440, 1719, 2439.5, 720),
        ];
        Assert.Equal(halves, Aggregate(bars, "BTCUSD", "24/7", Interval.Hours(12)));
        Assert.Equal([new Bar(Utc("2024-03-13T00:00"), 1000, 2440, 999, 2439.5, 1440)], Aggregate(bars, "BTCUSD", "24/7", Interval.Days(1)));
    }

    [Fact]
    public void A_replay_of_a_day_no_market_trades_is_refused()
    {
        // Saturday 2024-03-16: XNYS, XLON, XTKS and CMES are closed; only a 24/7 market trades on Saturdays.
        var markets = new SessionMarkets(ExchangeCalendars.Get("XNYS"), new Dictionary<string, ITradingCalendar> { ["ES"] = ExchangeCalendars.Get("CMES") });

        var error = Assert.Throws<ArgumentException>(() => new ReplayBarFeed(new InMemoryBarStore(), markets, new DateOnly(2024, 3, 16), [Minute], new ReplayClock(Utc("2024-03-16T00:00"))));

        Assert.Contains("2024-03-16 is not a session on any market of this session (XNYS, CMES)", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<FeedBar>> ReplayAsync()
    {
        var store = new InMemoryBarStore();
        var calendars = new Dictionary<string, ITradingCalendar>();
        foreach (var (symbol, exchange) in Symbols)
        {
            var calendar = ExchangeCalendars.Get(exchange);
            calendars[symbol] = calendar;
            Assert.True(calendar.TryGetSession(Wednesday, out var session));
            store.Add(symbol, Minute, MinuteBars(session));
        }

        // The previous CME session's last bar, which a replay of the 13th must leave out.
        store.Add("ES", Minute, [new Bar(Utc("2024-03-12T21:59"), 1, 1, 1, 1, 1)]);

        var markets = new SessionMarkets(ExchangeCalendars.Get("XNYS"), calendars);
        var clock = new ReplayClock(Utc("2024-03-12T22:00"));
        var feed = new ReplayBarFeed(store, markets, Wednesday, [Minute], clock);
        Assert.Equal(Utc("2024-03-12T22:00"), feed.OpenUtc);
        Assert.Equal(Utc("2024-03-14T00:00"), feed.CloseUtc);
        foreach (var (symbol, _) in Symbols)
        {
            await feed.SubscribeAsync(symbol, Minute, feed.OpenUtc);
        }

        await feed.RunAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var bars = new List<FeedBar>();
        await foreach (var bar in feed.Bars.ReadAllAsync())
        {
            bars.Add(bar);
        }

        return bars;
    }

    // The one-minute bars of every trading minute of a session (none in a break), priced by clock minutes since the open.
    private static IEnumerable<Bar> MinuteBars(TradingSession session)
    {
        for (var start = session.OpenUtc; start < session.CloseUtc; start = start.AddMinutes(1))
        {
            if (session.BreakStartUtc is { } breakStart && session.BreakEndUtc is { } breakEnd && start >= breakStart && start < breakEnd)
            {
                continue;
            }

            var m = (start - session.OpenUtc).TotalMinutes;
            yield return new Bar(start, 1000 + m, 1001 + m, 999 + m, 1000.5 + m, 1);
        }
    }

    private static Bar[] Aggregate(List<FeedBar> bars, string symbol, string exchange, Interval interval)
    {
        var aggregator = new BarAggregator(ExchangeCalendars.Get(exchange), Minute, interval);
        var recorder = new RecordingSubscriber();
        aggregator.Subscribe(recorder);
        foreach (var bar in bars.Where(b => b.Symbol == symbol))
        {
            aggregator.Push(bar.Bar);
        }

        aggregator.AdvanceTo(Utc("2024-03-14T00:00"));
        return [.. recorder.Bars];
    }

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), DateTimeKind.Utc);
}
