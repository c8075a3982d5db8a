using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Config;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Execution;
using Provisioning.Data.Feeds;
using Provisioning.Intervals;
using Provisioning.Reporting;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// One running session on XNYS (the default) with 7203 on XTKS and ES on CMES, replaying session date Friday
/// 2024-03-22 from a Parquet store, 1m streamed, 5m and 1d derived, three trading days of history. Times by hand
/// (US daylight saving since 10 March, Japan has none): XNYS 09:30-16:00 EDT = 13:30-20:00Z; XTKS 09:00-11:30 and
/// 12:30-15:00 JST = 00:00-02:30Z and 03:30-06:00Z; CMES session D runs 17:00 CDT on D−1 to 17:00 CDT on D = 22:00Z
/// to 22:00Z. Wednesday 2024-03-20 is Vernal Equinox Day, a Japanese holiday on which NYSE and CME trade: the three
/// XTKS sessions before the 22nd are the 21st, 19th and 18th. The store holds a one-minute bar for every trading
/// minute of each symbol's sessions from Monday the 18th (CMES: from the session of the 19th), priced by the clock
/// minutes m since that session's open: O = 1000 + m, H = 1001 + m, L = 999 + m, C = 1000.5 + m, V = 1; so a bar of
/// minutes a..b is O = 1000 + a, H = 1001 + b, L = 999 + a, C = 1000.5 + b, V = the minutes it holds.
/// </summary>
public sealed class MixedMarketSessionTests : IDisposable
{
    private static readonly DateOnly Friday = new(2024, 3, 22);
    private static readonly Interval Minute = Interval.Minutes(1);
    private static readonly Interval FiveMinutes = Interval.Minutes(5);

    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_Tokyo_symbol_builds_its_5m_bars_around_its_lunch_break_in_a_New_York_session()
    {
        var run = await RunAsync();

        Assert.True(run.Coordinator.Data.TryGetSymbol("7203", out var symbol));
        Assert.Equal("XTKS", symbol.Calendar.Exchange);
        Assert.True(symbol.TryGetBars(FiveMinutes, out var series));
        var today = series.ToArray().Where(b => b.Start >= Utc("2024-03-22T00:00")).ToArray();

        // Morning 00:00-02:30Z: minutes 0-149 in 30 bars, the last 02:25Z (minutes 145-149). The afternoon re-anchors at
        // the break's end, 03:30Z = minute 210: 30 bars, the first minutes 210-214, the last 05:55Z (minutes 355-359).
        var expected = new List<Bar>();
        for (var k = 0; k < 30; k++)
        {
            expected.Add(FiveMinuteBar(Utc("2024-03-22T00:00").AddMinutes(5 * k), 5 * k));
        }

        for (var k = 0; k < 30; k++)
        {
            expected.Add(FiveMinuteBar(Utc("2024-03-22T03:30").AddMinutes(5 * k), 210 + (5 * k)));
        }

        Assert.Equal(expected, today);
        Assert.Equal(new Bar(Utc("2024-03-22T02:25"), 1145, 1150, 1144, 1149.5, 5), today[29]);
        Assert.Equal(new Bar(Utc("2024-03-22T03:30"), 1210, 1215, 1209, 1214.5, 5), today[30]);
    }

    [Fact]
    public async Task A_Tokyo_symbol_warms_up_on_Tokyo_sessions_across_a_Japanese_holiday()
    {
        var run = await RunAsync();

        var added = run.Start.Results.Single(r => r.Requirements.Symbol == "7203" && r.Requirements.Operation == OperationType.Symbol);
        Assert.Equal(AdditionStatus.Succeeded, added.Status);

        // Step 0 on XTKS: the 21st, the 19th and the 18th (the 20th is a holiday in Tokyo), so from the 18th's open; the
        // store has no bar on the 20th and that is no gap. On XNYS the 20th would be a missing session.
        var check = Assert.Single(added.Validation!.Checks);
        Assert.Equal(Utc("2024-03-18T00:00"), check.FirstNeededUtc);
        Assert.True(check.HistoryCovered, check.Reason);
        Assert.Empty(check.Problems);

        // The history held: 3 sessions × 300 minutes, then the 22nd's 300 replayed; nothing on the 20th.
        Assert.True(run.Coordinator.Data.TryGetSymbol("7203", out var symbol));
        Assert.True(symbol.TryGetBars(Minute, out var minutes));
        var bars = minutes.ToArray();
        Assert.Equal(1200, bars.Length);
        Assert.Equal(Utc("2024-03-18T00:00"), bars[0].Start);
        Assert.DoesNotContain(bars, b => b.Start.Date == new DateTime(2024, 3, 20));
        Assert.Equal(Utc("2024-03-22T05:59"), bars[^1].Start);
    }

    [Fact]
    public async Task The_report_measures_a_Tokyo_symbol_s_quality_on_Tokyo_sessions()
    {
        var run = await RunAsync();

        var reported = SessionReportSource.Of(run.Coordinator).Symbols.Single(s => s.Symbol == "7203");
        var minutes = reported.Series.Single(s => s.Interval == Minute);

        // Four whole XTKS sessions of 300 minutes (18th, 19th, 21st, 22nd); no cell for the 20th.
        var cells = SessionQualityCell.Of(minutes.Bars, Minute, reported.Calendar!, Utc("2024-03-22T22:00"));
        Assert.Equal(
            [new DateOnly(2024, 3, 18), new DateOnly(2024, 3, 19), new DateOnly(2024, 3, 21), new DateOnly(2024, 3, 22)],
            cells.Select(c => c.Date));
        Assert.All(cells, c => Assert.Equal((300, 300, 0), (c.ExpectedBars, c.PresentBars, c.GapCount)));
    }

    [Fact]
    public async Task A_CME_symbol_s_day_bar_is_its_whole_session_from_the_evening_before()
    {
        var run = await RunAsync();

        Assert.True(run.Coordinator.Data.TryGetSymbol("ES", out var symbol));
        Assert.Equal("CMES", symbol.Calendar.Exchange);
        Assert.True(symbol.TryGetBars(Interval.Days(1), out var days));

        // Sessions 19th, 20th and 21st from history, the 22nd replayed: each minutes 0-1439 from 22:00Z the day before.
        Bar[] expected =
        [
            new(Utc("2024-03-18T22:00"), 1000, 2440, 999, 2439.5, 1440),
            new(Utc("2024-03-19T22:00"), 1000, 2440, 999, 2439.5, 1440),
            new(Utc("2024-03-20T22:00"), 1000, 2440, 999, 2439.5, 1440),
            new(Utc("2024-03-21T22:00"), 1000, 2440, 999, 2439.5, 1440),
        ];
        Assert.Equal(expected, days.ToArray());
    }

    [Fact]
    public async Task The_New_York_symbol_keeps_its_own_day()
    {
        var run = await RunAsync();

        Assert.True(run.Coordinator.Data.TryGetSymbol("AAPL", out var symbol));
        Assert.Equal("XNYS", symbol.Calendar.Exchange);
        Assert.True(symbol.TryGetBars(Interval.Days(1), out var days));

        // The 22nd's day bar: minutes 0-389 from 13:30Z.
        Assert.Equal(new Bar(Utc("2024-03-22T13:30"), 1000, 1390, 999, 1389.5, 390), days.ToArray()[^1]);
    }

    [Fact]
    public async Task An_exchange_qualified_ad_hoc_symbol_is_added_on_that_exchange_under_its_bare_name()
    {
        var run = await RunAsync(start: false);

        var result = await run.Coordinator.AddSymbolAsync("XTKS:6758");

        Assert.Equal(AdditionStatus.Succeeded, result.Status);
        Assert.Equal("6758", result.Requirements.Symbol);
        Assert.True(run.Coordinator.Data.TryGetSymbol("6758", out var symbol));
        Assert.Equal("XTKS", symbol.Calendar.Exchange);

        // The clock stands at 22:00Z on the 21st: three XTKS sessions of history (21st, 19th, 18th), 900 minutes.
        Assert.True(symbol.TryGetBars(Minute, out var minutes));
        Assert.Equal(900, minutes.Count);
        Assert.Equal(Utc("2024-03-18T00:00"), minutes[0].Start);

        // Named again, alone or with its exchange, it is the same symbol.
        Assert.Equal(AdditionStatus.AlreadySatisfied, (await run.Coordinator.AddSymbolAsync("6758")).Status);
        Assert.Equal(AdditionStatus.AlreadySatisfied, (await run.Coordinator.AddSymbolAsync("xtks:6758")).Status);
    }

    [Fact]
    public async Task A_symbol_named_on_another_exchange_than_its_own_is_rejected_naming_both()
    {
        var run = await RunAsync();

        var held = await run.Coordinator.AddSymbolAsync("XTKS:AAPL");
        var configured = await run.Coordinator.AddBarsAsync("XNYS:7203", "5m");

        Assert.Equal(AdditionStatus.Rejected, held.Status);
        Assert.Contains("Cannot add AAPL on XTKS: the session holds it on XNYS.", held.Reason, StringComparison.Ordinal);
        Assert.Equal(AdditionStatus.Rejected, configured.Status);
        Assert.Contains("Cannot add 7203 on XNYS: the session holds it on XTKS.", configured.Reason, StringComparison.Ordinal);
        Assert.True(run.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.Equal("XNYS", aapl.Calendar.Exchange);
    }

    [Fact]
    public async Task An_unknown_exchange_is_rejected_naming_it_and_the_known_ones_and_nothing_is_kept()
    {
        var run = await RunAsync(start: false);

        var unknown = await run.Coordinator.AddSymbolAsync("XXXX:6758");

        Assert.Equal(AdditionStatus.Rejected, unknown.Status);
        Assert.Equal("6758", unknown.Requirements.Symbol);
        Assert.Contains("no exchange calendar is named \"XXXX\"; the known ones are XNYS, XLON, XTKS, CMES, 24/7, 24/5", unknown.Reason, StringComparison.Ordinal);
        Assert.False(run.Coordinator.Data.TryGetSymbol("6758", out _));

        // An escaped, clipped echo of a hostile exchange text.
        var hostile = await run.Coordinator.AddSymbolAsync("X/Y" + new string('Z', 25) + ":6758");
        Assert.Equal(AdditionStatus.Rejected, hostile.Status);
        Assert.Contains("no exchange calendar is named \"X/YZZZZZZZZZZZZZZZZZZZZZZZZZ\"", hostile.Reason, StringComparison.Ordinal);
        var forged = await run.Coordinator.AddSymbolAsync("XTKS\nerror PRV0000:6758");
        Assert.Equal(AdditionStatus.Rejected, forged.Status);
        Assert.DoesNotContain("\n", forged.Reason, StringComparison.Ordinal);
        Assert.True(forged.Reason!.Length < 400, forged.Reason);
    }

    [Fact]
    public async Task Ad_hoc_exchange_placements_are_kept_only_for_symbols_the_session_holds()
    {
        var run = await RunAsync(start: false);

        // Twenty symbols the store does not have, each named on XTKS: every one is rejected and none stays placed.
        for (var i = 0; i < 20; i++)
        {
            var result = await run.Coordinator.AddSymbolAsync($"XTKS:NONE{i}");
            Assert.Equal(AdditionStatus.Rejected, result.Status);
        }

        Assert.Equal(0, run.Coordinator.Markets.AdhocCount);
        Assert.Equal(AdditionStatus.Succeeded, (await run.Coordinator.AddSymbolAsync("XTKS:6758")).Status);
        Assert.Equal(1, run.Coordinator.Markets.AdhocCount);
    }

    [Fact]
    public async Task Removing_an_ad_hoc_symbol_lets_go_of_the_exchange_it_was_named_on()
    {
        var run = await RunAsync(start: false);
        Assert.Equal(AdditionStatus.Succeeded, (await run.Coordinator.AddSymbolAsync("XTKS:6758")).Status);
        Assert.Equal(AdditionStatus.Rejected, (await run.Coordinator.AddSymbolAsync("XNYS:6758")).Status);

        var removed = await run.Coordinator.RemoveSymbolAsync("6758");

        Assert.Equal(RemovalStatus.Removed, removed.Status);
        Assert.Equal(0, run.Coordinator.Markets.AdhocCount);

        // Named again on another exchange, it is placed there: no longer refused as held on XTKS.
        var again = await run.Coordinator.AddSymbolAsync("XNYS:6758");
        Assert.DoesNotContain("holds it on XTKS", again.Reason ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("has it on XTKS", again.Reason ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removal_may_name_the_symbol_with_its_exchange_and_is_refused_on_another()
    {
        var run = await RunAsync(start: false);
        Assert.Equal(AdditionStatus.Succeeded, (await run.Coordinator.AddSymbolAsync("XTKS:6758")).Status);

        var elsewhere = await run.Coordinator.RemoveSymbolAsync("XNYS:6758");

        Assert.Equal(RemovalStatus.Rejected, elsewhere.Status);
        Assert.Contains("the session holds 6758 on XTKS", elsewhere.Reason, StringComparison.Ordinal);
        Assert.True(run.Coordinator.Data.TryGetSymbol("6758", out _));

        var removed = await run.Coordinator.RemoveSymbolAsync("xtks:6758");

        Assert.Equal(RemovalStatus.Removed, removed.Status);
        Assert.False(run.Coordinator.Data.TryGetSymbol("6758", out _));
    }

    private async Task<Run> RunAsync(bool start = true)
    {
        var xnys = ExchangeCalendars.Get("XNYS");
        var xtks = ExchangeCalendars.Get("XTKS");
        var cmes = ExchangeCalendars.Get("CMES");
        var markets = new SessionMarkets(xnys, new Dictionary<string, ITradingCalendar> { ["7203"] = xtks, ["ES"] = cmes });
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }, markets);
        var writer = new ParquetBarWriter(store, new ParquetBarWriterOptions { RowGroupPeriod = BarRowGroupPeriod.Day });
        await writer.WriteAsync("AAPL", Minute, Minutes(xnys, new DateOnly(2024, 3, 18)).ToArray());
        await writer.WriteAsync("7203", Minute, Minutes(xtks, new DateOnly(2024, 3, 18)).ToArray());
        await writer.WriteAsync("6758", Minute, Minutes(xtks, new DateOnly(2024, 3, 18)).ToArray());
        await writer.WriteAsync("ES", Minute, Minutes(cmes, new DateOnly(2024, 3, 19)).ToArray());

        var config = new SessionConfig
        {
            Exchange = "XNYS",
            Symbols = ["AAPL", "7203", "ES"],
            SymbolExchanges = { ["7203"] = "XTKS", ["ES"] = "CMES" },
            Streams = ["1m"],
            DerivedIntervals = ["5m", "1d"],
            Historical = new HistoricalConfig { Enabled = true, TrailingDays = 3, Intervals = ["1m"] },
        }.Resolve();
        Assert.True(config.IsValid, string.Join("; ", config.Errors));

        // The replay of the 22nd starts at the earliest open: CME's, 17:00 CDT on the 21st.
        var clock = new ReplayClock(Utc("2024-03-21T22:00"));
        var feed = new ReplayBarFeed(store, markets, Friday, config.BaseIntervals, clock);
        var coordinator = new SessionCoordinator(config, markets, store, feed, clock, observer: new RecordingObserver(null));
        if (!start)
        {
            return new Run(coordinator, new SessionStartReport(default));
        }

        var report = await coordinator.StartAsync();
        Assert.All(report.Results, r => Assert.True(r.Succeeded, r.Reason));
        await Task.WhenAll(feed.RunAsync(), coordinator.RunAsync()).WaitAsync(TimeSpan.FromMinutes(2));
        return new Run(coordinator, report);
    }

    // Every trading minute of the calendar's sessions from `from` to the 22nd (none in a break), priced by minutes since the open.
    private static IEnumerable<Bar> Minutes(ITradingCalendar calendar, DateOnly from)
    {
        foreach (var session in calendar.SessionsInRange(from, Friday))
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
    }

    // Five minutes a..a+4 of a session by the price rule.
    private static Bar FiveMinuteBar(DateTime start, int a) => new(start, 1000 + a, 1001 + a + 4, 999 + a, 1000.5 + a + 4, 5);

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), DateTimeKind.Utc);

    private sealed record Run(SessionCoordinator Coordinator, SessionStartReport Start);
}
