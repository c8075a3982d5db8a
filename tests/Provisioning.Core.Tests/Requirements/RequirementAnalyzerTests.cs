using System;
using System.Linq;
using System.Text.Json;
using Provisioning.Collections;
using Provisioning.Config;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.State;
using static Provisioning.Core.Tests.Requirements.ExampleSession;

namespace Provisioning.Core.Tests.Requirements;

public sealed class RequirementAnalyzerTests
{
    private static readonly Interval M1 = Interval.Minutes(1);
    private static readonly Interval M5 = Interval.Minutes(5);
    private static readonly Interval M15 = Interval.Minutes(15);
    private static readonly Interval D1 = Interval.Days(1);

    [Fact]
    public void Sma20_on_5m_from_a_1m_base_at_10am_on_Monday_2024_03_11()
    {
        // SMA(20) on 5m, multiplier 2 → 40 five-minute bars, asked at 10:00 EDT on Monday 2024-03-11 = 14:00Z. The window
        // is counted back from the open of the session in progress (09:30 EDT = 13:30Z), not from 10:00: all 40 come from
        // Friday 2024-03-08 (78 bars, EST): 16:00 − 40 × 5 min = 12:40 EST = 17:40Z. Saturday 9 and Sunday 10 are not
        // sessions. Window: 1 trading day (Friday); calendar days 8, 9, 10, 11 March = 4.
        // The 1m base bars read: the window, Friday 12:40–16:00 = 200 = 40 × 5, and Monday's so far, 09:30–10:00 = 30:
        // 230 over 2 trading days (4 calendar days).
        var spec = Sma(20, M5);

        var requirements = Analyzer().Analyze(new IndicatorRequest("aapl", spec, ProvisionSource.Scanner), SessionStateSnapshot.Empty, Monday1000);

        Assert.True(requirements.CanProceed, requirements.Reason);
        Assert.Equal(OperationType.Indicator, requirements.Operation);
        Assert.Equal(ProvisionSource.Scanner, requirements.Source);
        Assert.Equal("AAPL", requirements.Symbol);
        Assert.False(requirements.SymbolExists);
        Assert.Equal(new[] { M1, M5 }, requirements.RequiredIntervals);
        Assert.Equal(new[] { new IntervalRequirement(M1, null), new IntervalRequirement(M5, M1) }, requirements.IntervalRequirements);
        Assert.Equal(M1, requirements.BaseInterval);
        Assert.Empty(requirements.ExistingIntervals);

        var friday1240 = Utc("2024-03-08T17:40:00Z");
        var mondayOpen = Utc("2024-03-11T13:30:00Z");
        var window = new HistoryEstimate(M5, 20, 2.0, 40, 1, 4, friday1240, mondayOpen);
        Assert.Equal(window, requirements.History);
        Assert.Equal(40, requirements.HistoricalBars);
        Assert.Equal(1, requirements.HistoricalDays);
        Assert.Equal(4, requirements.HistoricalCalendarDays);
        // The read carries its window, so that Step 0 advises on what must be stored before the open.
        Assert.Equal(new[] { new HistoryEstimate(M1, 20, 2.0, 230, 2, 4, friday1240, Monday1000) { Window = window } }, requirements.HistoryLoads);
        Assert.True(requirements.NeedsHistorical);
        Assert.True(requirements.NeedsSession);

        Assert.Equal(spec, requirements.Indicator);
        Assert.Equal("sma(20)@5m", requirements.IndicatorKey);
        Assert.False(requirements.MeetsSessionConfigRequirements);
        Assert.Equal(ProvisionSource.Scanner, requirements.AddedBy);
        Assert.Equal(
            "sma(20)@5m for AAPL needs 40 5m bars of history (20 warm-up bars × 2) before the session's open, read with the "
            + "session's bars so far as 230 1m bars, over 2 trading days (4 calendar days) and a live 1m stream (asked by Scanner).",
            requirements.Reason);
    }

    [Fact]
    public void Sma3_on_1d_reads_stored_daily_bars_across_Memorial_Day()
    {
        // SMA(3) on 1d, multiplier 2 → 6 daily bars, asked at 16:00 EDT on Tuesday 2024-05-28 = 20:00Z (Tuesday's bar is
        // complete at the close). Memorial Day, Monday 27 May, and the weekend hold no session.
        // Sessions: 28, 24, 23, 22, 21, 20 May → start Monday 20 May 09:30 EDT = 13:30Z; 6 trading days; 20..28 May = 9
        // calendar days. 1d is a base: the 6 daily bars are read as they are, not 6 × 390 one-minute bars.
        var end = Utc("2024-05-28T20:00:00Z");

        var requirements = Analyzer().Analyze(new IndicatorRequest("AAPL", Sma(3, D1)), SessionStateSnapshot.Empty, end);

        Assert.True(requirements.CanProceed, requirements.Reason);
        Assert.Equal(new[] { D1 }, requirements.RequiredIntervals);
        Assert.Equal(D1, requirements.BaseInterval);
        var expected = new HistoryEstimate(D1, 3, 2.0, 6, 6, 9, Utc("2024-05-20T13:30:00Z"), end);
        Assert.Equal(expected, requirements.History);
        Assert.Equal(new[] { expected with { Window = expected } }, requirements.HistoryLoads);
    }

    [Fact]
    public void Bars_of_15m_with_two_days_of_history_asked_mid_session()
    {
        // 15m from the 1m base, 2 trading days, at 10:00 EDT Monday 2024-03-11 (14:00Z).
        // The two most recent closed sessions: Friday 8 and Thursday 7 March (EST, open 14:30Z); Monday has completed
        // 2 fifteen-minute bars (09:30, 09:45), so it is touched too: 3 trading days, start Thursday 14:30Z,
        // calendar days 7..11 March = 5. 15m bars: 26 + 26 + 2 = 54. 1m bars: 390 + 390 + 30 = 810.
        var requirements = Analyzer().Analyze(new BarRequest("AAPL", "15min", Days: 2, Source: ProvisionSource.Strategy), SessionStateSnapshot.Empty, Monday1000);

        Assert.True(requirements.CanProceed, requirements.Reason);
        Assert.Equal(OperationType.Bar, requirements.Operation);
        Assert.Equal(new[] { M1, M15 }, requirements.RequiredIntervals);
        Assert.Equal(M1, requirements.BaseInterval);
        var thursdayOpen = Utc("2024-03-07T14:30:00Z");
        Assert.Equal(new HistoryEstimate(M15, 0, 1.0, 54, 3, 5, thursdayOpen, Monday1000), requirements.History);
        Assert.Equal(new[] { new HistoryEstimate(M1, 0, 1.0, 810, 3, 5, thursdayOpen, Monday1000) }, requirements.HistoryLoads);
        Assert.True(requirements.NeedsSession);
        Assert.Null(requirements.Indicator);
        Assert.Equal(
            "15m bars for AAPL are aggregated from 1m bars and need 2 trading days of history (810 1m bars over 5 calendar days) "
            + "and a live 1m stream (asked by Strategy).",
            requirements.Reason);
    }

    [Fact]
    public void Historical_only_daily_bars_need_no_stream()
    {
        // "1D" is 1d, a base. 3 trading days at 10:00 EDT Monday 2024-03-11: Monday's daily bar is not complete, so the
        // sessions are Friday 8, Thursday 7, Wednesday 6 March; start Wednesday 09:30 EST = 14:30Z; 3 bars;
        // calendar days 6..11 March = 6.
        var requirements = Analyzer().Analyze(new BarRequest("AAPL", "1D", 3, HistoricalOnly: true), SessionStateSnapshot.Empty, Monday1000);

        Assert.True(requirements.CanProceed, requirements.Reason);
        Assert.Equal(new[] { D1 }, requirements.RequiredIntervals);
        Assert.Equal(D1, requirements.BaseInterval);
        var expected = new HistoryEstimate(D1, 0, 1.0, 3, 3, 6, Utc("2024-03-06T14:30:00Z"), Monday1000);
        Assert.Equal(expected, requirements.History);
        Assert.Equal(new[] { expected }, requirements.HistoryLoads);
        Assert.False(requirements.NeedsSession);
        Assert.Contains("1d bars for AAPL are a base interval", requirements.Reason, StringComparison.Ordinal);
        Assert.Contains("no live stream", requirements.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bars_without_days_need_no_history()
    {
        var requirements = Analyzer().Analyze(new BarRequest("AAPL", "5m"), SessionStateSnapshot.Empty, Monday1000);

        Assert.True(requirements.CanProceed, requirements.Reason);
        Assert.Null(requirements.History);
        Assert.Empty(requirements.HistoryLoads);
        Assert.False(requirements.NeedsHistorical);
        Assert.Equal(0, requirements.HistoricalBars);
        Assert.True(requirements.NeedsSession);
    }

    [Fact]
    public void A_config_symbol_before_the_open_gets_the_config_intervals_and_five_days()
    {
        // At 08:00 EDT on Monday 2024-03-11 Monday has not opened: the five most recent sessions are 4–8 March
        // (EST, open 14:30Z). 1m: 5 × 390 = 1,950 bars; 1d: 5 bars. Trading days 5; calendar days 4..11 March = 8.
        var requirements = Analyzer().Analyze(new SymbolRequest("AAPL", ProvisionSource.Config), SessionStateSnapshot.Empty, Monday0800);

        Assert.True(requirements.CanProceed, requirements.Reason);
        Assert.Equal(OperationType.Symbol, requirements.Operation);
        Assert.Equal(new[] { M1, D1, M5, M15 }, requirements.RequiredIntervals);
        Assert.Equal(
            new[] { new IntervalRequirement(M1, null), new IntervalRequirement(D1, null), new IntervalRequirement(M5, M1), new IntervalRequirement(M15, M1) },
            requirements.IntervalRequirements);
        Assert.Null(requirements.BaseInterval);
        var monday4 = Utc("2024-03-04T14:30:00Z");
        var oneMinute = new HistoryEstimate(M1, 0, 1.0, 1950, 5, 8, monday4, Monday0800);
        Assert.Equal(oneMinute, requirements.History);
        Assert.Equal(new[] { oneMinute, new HistoryEstimate(D1, 0, 1.0, 5, 5, 8, monday4, Monday0800) }, requirements.HistoryLoads);
        Assert.Equal(5, requirements.HistoricalDays);
        Assert.Equal(8, requirements.HistoricalCalendarDays);
        Assert.True(requirements.NeedsSession);
        Assert.True(requirements.MeetsSessionConfigRequirements);
        Assert.Equal(ProvisionSource.Config, requirements.AddedBy);
        Assert.Equal(
            "AAPL needs 1m, 1d, 5m and 15m bars with 5 trading days of 1m and 1d history (8 calendar days) and live 1m and 1d "
            + "streams, as the session config asks of every symbol (asked by Config).",
            requirements.Reason);
    }

    [Fact]
    public void A_config_symbol_with_history_per_interval_loads_each_intervals_days()
    {
        // "historical": { "enabled": true, "data": [{ "interval": "5m", "trailingDays": 2 }, { "interval": "1d", "trailingDays": 5 }] }
        // at 08:00 EDT on Monday 2024-03-11, before the open. 5m loads its base 1m: the two most recent sessions are
        // Thursday 7 and Friday 8 March (EST, open 14:30Z), 2 x 390 = 780 bars, calendar days 7..11 March = 5.
        // 1d: 4-8 March, 5 bars, calendar days 4..11 March = 8.
        var config = NewConfig();
        config.Historical = new()
        {
            Enabled = true,
            Data = new() { new() { Interval = "5m", TrailingDays = 2 }, new() { Interval = "1d", TrailingDays = 5 } },
        };

        var requirements = new RequirementAnalyzer(config.Resolve(), Estimator)
            .Analyze(new SymbolRequest("AAPL", ProvisionSource.Config), SessionStateSnapshot.Empty, Monday0800);

        Assert.True(requirements.CanProceed, requirements.Reason);
        var oneMinute = new HistoryEstimate(M1, 0, 1.0, 780, 2, 5, Utc("2024-03-07T14:30:00Z"), Monday0800);
        var daily = new HistoryEstimate(D1, 0, 1.0, 5, 5, 8, Utc("2024-03-04T14:30:00Z"), Monday0800);
        Assert.Equal(new[] { oneMinute, daily }, requirements.HistoryLoads);
        Assert.Contains("with 2 trading days of 1m and 5 trading days of 1d history (5 calendar days)", requirements.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void History_in_both_forms_is_refused_and_loads_nothing()
    {
        var config = NewConfig();
        config.Historical.Data = new() { new() { Interval = "1m", TrailingDays = 2 } };

        var resolved = config.Resolve();

        var error = Assert.Single(resolved.Errors);
        Assert.Equal("historical.data", error.Path);
        Assert.Contains("keep one form", error.Message, StringComparison.Ordinal);
        Assert.False(resolved.Historical.Enabled);
    }

    [Fact]
    public void A_symbol_without_configured_history_needs_none()
    {
        var config = NewConfig();
        config.Historical.Enabled = false;

        var requirements = new RequirementAnalyzer(config.Resolve(), Estimator)
            .Analyze(new SymbolRequest("AAPL"), SessionStateSnapshot.Empty, Monday0800);

        Assert.True(requirements.CanProceed, requirements.Reason);
        Assert.False(requirements.NeedsHistorical);
        Assert.Empty(requirements.HistoryLoads);
        Assert.Null(requirements.History);
    }

    [Fact]
    public void Analysing_never_changes_the_session_config()
    {
        // The seed wrote `required_intervals = config.streams; required_intervals.extend(config.derived_intervals)`,
        // growing the config's stream list on every symbol. Here the config, its resolution and the answer stay the same.
        var config = NewConfig();
        var streams = config.Streams;
        var json = JsonSerializer.Serialize(config);
        var resolved = config.Resolve();
        var analyzer = new RequirementAnalyzer(resolved, Estimator);

        var first = analyzer.Analyze(new SymbolRequest("AAPL", ProvisionSource.Config), SessionStateSnapshot.Empty, Monday0800);
        var second = analyzer.Analyze(new SymbolRequest("MSFT", ProvisionSource.Config), SessionStateSnapshot.Empty, Monday0800);
        _ = analyzer.Analyze(new BarRequest("AAPL", "15m", 2), SessionStateSnapshot.Empty, Monday1000);

        Assert.Equal(json, JsonSerializer.Serialize(config));
        Assert.Same(streams, config.Streams);
        Assert.Equal(new[] { "1m", "1d" }, config.Streams);
        Assert.Equal(config.Resolve(), resolved);
        Assert.Equal(new[] { M1, D1 }, resolved.BaseIntervals);
        Assert.Equal(new[] { M1, D1, M5, M15 }, first.RequiredIntervals);
        Assert.Equal(first.RequiredIntervals, second.RequiredIntervals);
    }

    [Fact]
    public void Existing_symbol_and_intervals_are_reported()
    {
        var state = SessionStateSnapshot.Empty.With(new SymbolState(
            "AAPL",
            ProvisionSource.Scanner,
            false,
            true,
            false,
            EquatableArray<IntervalState>.Of(new IntervalState(M1, null, true)),
            EquatableArray<string>.Empty));

        var requirements = Analyzer().Analyze(new IndicatorRequest("aapl", Sma(20, M5), ProvisionSource.Strategy), state, Monday1000);

        Assert.True(requirements.SymbolExists);
        Assert.Equal(new[] { M1 }, requirements.ExistingIntervals);
        Assert.Equal(ProvisionSource.Strategy, requirements.AddedBy);
    }

    [Theory]
    [InlineData(ProvisionSource.Config, true)]
    [InlineData(ProvisionSource.Scanner, false)]
    [InlineData(ProvisionSource.Strategy, false)]
    [InlineData(ProvisionSource.Adhoc, false)]
    public void Metadata_follows_the_source(ProvisionSource source, bool meetsConfig)
    {
        var requirements = Analyzer().Analyze(new BarRequest("AAPL", "5m", Source: source), SessionStateSnapshot.Empty, Monday1000);

        Assert.Equal(meetsConfig, requirements.MeetsSessionConfigRequirements);
        Assert.Equal(source, requirements.AddedBy);
        Assert.Equal(source, requirements.Source);
    }
}
