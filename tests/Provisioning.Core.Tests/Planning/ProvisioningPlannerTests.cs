using System;
using Provisioning.Collections;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.State;
using Provisioning.Steps;
using Provisioning.Planning.Validation;
using static Provisioning.Core.Tests.Requirements.ExampleSession;

namespace Provisioning.Core.Tests.Planning;

/// <summary>
/// Plans in the example session (XNYS, streams 1m and 1d, derived 5m and 15m, 5 trading days of history, multiplier 2)
/// around Monday 2024-03-11. New York is EST (UTC-5) on Friday 8 March and EDT (UTC-4) on Monday 11 March.
/// </summary>
public sealed class ProvisioningPlannerTests
{
    private static readonly Interval M1 = Interval.Minutes(1);
    private static readonly Interval M5 = Interval.Minutes(5);
    private static readonly Interval M15 = Interval.Minutes(15);
    private static readonly Interval D1 = Interval.Days(1);

    // Friday 2024-03-08 13:10 EST: where 40 five-minute bars counted back from Monday 10:00 EDT would start.
    private static readonly DateTime Friday1310 = Utc("2024-03-08T18:10:00Z");

    // Friday 2024-03-08 12:40 EST: the start of the 40 five-minute bars SMA(20) × 2 needs on Monday, counted back from
    // Monday's open (09:30 EDT), whatever the time of the addition.
    private static readonly DateTime Friday1240 = Utc("2024-03-08T17:40:00Z");

    private static readonly RequirementAnalyzer Analyzer = new(Resolved(), Estimator);

    private static readonly ProvisioningPlanner Planner = new(Estimator);

    // Phases 1 and 3 of the pipeline (Step 0, which needs a store, is tested on its own and through the session).
    private static (ProvisioningRequirements Requirements, ProvisioningPlan Plan) Prepare(ProvisioningRequest request, SessionStateSnapshot state, DateTime nowUtc)
    {
        var requirements = Analyzer.Analyze(request, state, nowUtc);
        return (requirements, Planner.Plan(requirements, state));
    }

    private static SymbolState Symbol(string symbol, ProvisionSource addedBy, bool meetsConfig, EquatableArray<string> indicators, params IntervalState[] intervals) =>
        new(symbol, addedBy, meetsConfig, AutoProvisioned: addedBy != ProvisionSource.Config, UpgradedFromAdhoc: false, new EquatableArray<IntervalState>(intervals), indicators);

    [Fact]
    public void New_symbol_for_an_indicator_gets_every_step_in_dependency_order()
    {
        // Nothing exists: create AAPL (a scanner's, so auto-provisioned and not meeting the config), add the 1m base and
        // the 5m series built from it, load the 230 one-minute bars over Friday 12:40 EST .. Monday 10:00 EDT
        // (200 + 30, see the analyzer example), stream 1m, then register the SMA, warmed from Friday 12:40 EST.
        var spec = Sma(20, M5);

        var planned = Prepare(new IndicatorRequest("AAPL", spec, ProvisionSource.Scanner), SessionStateSnapshot.Empty, Monday1000);

        Assert.Equal(
            new ProvisioningStep[]
            {
                new CreateSymbol("AAPL", ProvisionSource.Scanner, MeetsSessionConfigRequirements: false, AutoProvisioned: true),
                new AddInterval("AAPL", M1, null),
                new AddInterval("AAPL", M5, M1),
                new LoadHistorical("AAPL", M1, Friday1240, Monday1000, Bars: 230, TradingDays: 2),
                new StartSessionStream("AAPL", M1),
                new RegisterIndicator("AAPL", spec, Friday1240),
            },
            planned.Plan.Steps);
        Assert.Equal("AAPL", planned.Plan.Symbol);
    }

    [Fact]
    public void Partially_provisioned_symbol_gets_only_what_is_missing()
    {
        // AAPL has a streaming 1m series holding bars from Friday 14:00 EST (19:00Z). The SMA needs 1m from 12:40 EST:
        // only 12:40–14:00 is missing, 80 one-minute bars in one session (Friday). 5m and the SMA are missing; the 1m
        // stream already runs and is not started again; the symbol exists and is not recreated.
        var spec = Sma(20, M5);
        var friday1400 = Utc("2024-03-08T19:00:00Z");
        var state = SessionStateSnapshot.Empty.With(Symbol(
            "AAPL",
            ProvisionSource.Strategy,
            false,
            EquatableArray<string>.Empty,
            new IntervalState(M1, null, IsStreaming: true, new HistoryRange(friday1400, Monday1000))));

        var plan = Prepare(new IndicatorRequest("AAPL", spec, ProvisionSource.Strategy), state, Monday1000).Plan;

        Assert.Equal(
            new ProvisioningStep[]
            {
                new AddInterval("AAPL", M5, M1),
                new LoadHistorical("AAPL", M1, Friday1240, friday1400, Bars: 80, TradingDays: 1),
                new RegisterIndicator("AAPL", spec, Friday1240),
            },
            plan.Steps);
    }

    [Fact]
    public void Fully_provisioned_symbol_gives_an_empty_plan()
    {
        // What the first example leaves behind: 1m streaming since the load, holding Friday 12:40 EST onwards,
        // 5m built from it, the SMA registered.
        var spec = Sma(20, M5);
        var state = SessionStateSnapshot.Empty.With(Symbol(
            "AAPL",
            ProvisionSource.Scanner,
            false,
            EquatableArray<string>.Of(spec.Key),
            new IntervalState(M1, null, IsStreaming: true, new HistoryRange(Friday1240, Monday1000)),
            new IntervalState(M5, M1)));

        var now = Prepare(new IndicatorRequest("AAPL", spec, ProvisionSource.Scanner), state, Monday1000);

        // An hour later (11:00 EDT = 15:00Z) the 40 bars still start at Friday 12:40 EST (counted back from Monday's
        // open), and the series holds them; the stream has kept its end current.
        var later = Prepare(new IndicatorRequest("AAPL", spec, ProvisionSource.Scanner), state, Utc("2024-03-11T15:00:00Z"));

        Assert.True(now.Plan.IsEmpty);
        Assert.True(now.Requirements.CanProceed);
        Assert.Equal("AAPL: nothing to do", now.Plan.ToString());
        Assert.True(later.Plan.IsEmpty);
    }

    [Fact]
    public void Ad_hoc_symbol_named_by_the_config_is_upgraded_in_place()
    {
        // MSFT was added by a scanner at 10:00 EDT with SMA(20) on 5m: 1m streaming from Friday 13:10 EST, 5m from 1m.
        // At 10:30 EDT (14:30Z) the config names it. Config history: 5 trading days of 1m and of 1d.
        // 1m: the five sessions closed before now are 4–8 March (EST, 4 March opens at 14:30Z); Monday is in progress.
        //     MSFT already holds 1m from Friday 13:10 EST and streams: missing is 4 March 09:30 .. 8 March 13:10 EST,
        //     4 × 390 + 220 (Friday 09:30–13:10) = 1,780 bars over 5 sessions (4, 5, 6, 7, 8 March).
        // 1d: MSFT has no daily series: 5 daily bars (4–8 March; Monday's is not complete), 5 sessions.
        // Missing series: 1d and 15m (1m and 5m exist). Streams: 1d (1m runs). No indicator in a symbol request.
        var spec = Sma(20, M5);
        var now = Utc("2024-03-11T14:30:00Z");
        var monday4 = Utc("2024-03-04T14:30:00Z");
        var state = SessionStateSnapshot.Empty.With(Symbol(
            "MSFT",
            ProvisionSource.Scanner,
            false,
            EquatableArray<string>.Of(spec.Key),
            new IntervalState(M1, null, IsStreaming: true, new HistoryRange(Friday1310, now)),
            new IntervalState(M5, M1)));

        var planned = Prepare(new SymbolRequest("MSFT", ProvisionSource.Config), state, now);

        Assert.Equal(
            new ProvisioningStep[]
            {
                new UpgradeSymbol("MSFT", ProvisionSource.Config),
                new AddInterval("MSFT", D1, null),
                new AddInterval("MSFT", M15, M1),
                new LoadHistorical("MSFT", M1, monday4, Friday1310, Bars: 1780, TradingDays: 5),
                new LoadHistorical("MSFT", D1, monday4, now, Bars: 5, TradingDays: 5),
                new StartSessionStream("MSFT", D1),
            },
            planned.Plan.Steps);
        Assert.True(planned.Requirements.SymbolExists);
        Assert.True(planned.Requirements.MeetsSessionConfigRequirements);
        Assert.Equal(new[] { M1, M5 }, planned.Requirements.ExistingIntervals);
    }

    [Fact]
    public void New_config_symbol_before_the_open_gets_the_whole_config()
    {
        // 08:00 EDT Monday: the five sessions 4–8 March, 1,950 one-minute and 5 daily bars (see the analyzer example).
        var monday4 = Utc("2024-03-04T14:30:00Z");

        var plan = Prepare(new SymbolRequest("AAPL", ProvisionSource.Config), SessionStateSnapshot.Empty, Monday0800).Plan;

        Assert.Equal(
            new ProvisioningStep[]
            {
                new CreateSymbol("AAPL", ProvisionSource.Config, MeetsSessionConfigRequirements: true, AutoProvisioned: false),
                new AddInterval("AAPL", M1, null),
                new AddInterval("AAPL", D1, null),
                new AddInterval("AAPL", M5, M1),
                new AddInterval("AAPL", M15, M1),
                new LoadHistorical("AAPL", M1, monday4, Monday0800, Bars: 1950, TradingDays: 5),
                new LoadHistorical("AAPL", D1, monday4, Monday0800, Bars: 5, TradingDays: 5),
                new StartSessionStream("AAPL", M1),
                new StartSessionStream("AAPL", D1),
            },
            plan.Steps);
    }

    [Fact]
    public void A_config_symbol_is_not_upgraded_again_and_a_scanner_does_not_upgrade_an_ad_hoc_symbol()
    {
        var config = SessionStateSnapshot.Empty.With(Symbol("AAPL", ProvisionSource.Config, true, EquatableArray<string>.Empty, new IntervalState(M1, null, true)));
        var adhoc = SessionStateSnapshot.Empty.With(Symbol("AAPL", ProvisionSource.Adhoc, false, EquatableArray<string>.Empty, new IntervalState(M1, null, true)));

        var configAgain = Prepare(new BarRequest("AAPL", "5m", Source: ProvisionSource.Config), config, Monday1000).Plan;
        var scanner = Prepare(new BarRequest("AAPL", "5m", Source: ProvisionSource.Scanner), adhoc, Monday1000).Plan;

        Assert.Equal(new ProvisioningStep[] { new AddInterval("AAPL", M5, M1) }, configAgain.Steps);
        Assert.Equal(new ProvisioningStep[] { new AddInterval("AAPL", M5, M1) }, scanner.Steps);
    }

    [Fact]
    public void History_held_without_a_stream_is_completed_before_and_after()
    {
        // 1m history needed over Thursday 7 March 09:30 EST (14:30Z) .. Monday 11 March 10:00 EDT (14:00Z): 810 bars.
        // The series holds Friday 8 March 09:30–16:00 EST (14:30Z–21:00Z) and does not stream.
        // Before: Thursday's whole session, 390 bars, 1 session (Friday opens at 14:30Z, the end of the part).
        // After: Friday 16:00 EST .. Monday 10:00 EDT: Monday 09:30–10:00, 30 bars, 1 session (Friday closed at 21:00Z).
        var thursday = Utc("2024-03-07T14:30:00Z");
        var fridayOpen = Utc("2024-03-08T14:30:00Z");
        var fridayClose = Utc("2024-03-08T21:00:00Z");
        var requirements = new ProvisioningRequirements
        {
            Operation = OperationType.Bar,
            Source = ProvisionSource.Adhoc,
            AddedBy = ProvisionSource.Adhoc,
            Symbol = "AAPL",
            IntervalRequirements = EquatableArray<IntervalRequirement>.Of(new IntervalRequirement(M1, null)),
            HistoryLoads = EquatableArray<HistoryEstimate>.Of(new HistoryEstimate(M1, 0, 1.0, 810, 3, 5, thursday, Monday1000)),
            NeedsHistorical = true,
            NeedsSession = false,
        };
        var state = SessionStateSnapshot.Empty.With(Symbol(
            "AAPL", ProvisionSource.Adhoc, false, EquatableArray<string>.Empty, new IntervalState(M1, null, false, new HistoryRange(fridayOpen, fridayClose))));

        var plan = new ProvisioningPlanner(Estimator).Plan(requirements, state);

        Assert.Equal(
            new ProvisioningStep[]
            {
                new LoadHistorical("AAPL", M1, thursday, fridayOpen, Bars: 390, TradingDays: 1),
                new LoadHistorical("AAPL", M1, fridayClose, Monday1000, Bars: 30, TradingDays: 1),
            },
            plan.Steps);
    }

    [Fact]
    public void History_already_held_is_not_loaded_again()
    {
        var thursday = Utc("2024-03-07T14:30:00Z");
        var requirements = new ProvisioningRequirements
        {
            Operation = OperationType.Bar,
            Source = ProvisionSource.Adhoc,
            AddedBy = ProvisionSource.Adhoc,
            Symbol = "AAPL",
            IntervalRequirements = EquatableArray<IntervalRequirement>.Of(new IntervalRequirement(M1, null)),
            HistoryLoads = EquatableArray<HistoryEstimate>.Of(new HistoryEstimate(M1, 0, 1.0, 810, 3, 5, thursday, Monday1000)),
            NeedsHistorical = true,
        };
        var state = SessionStateSnapshot.Empty.With(Symbol(
            "AAPL", ProvisionSource.Adhoc, false, EquatableArray<string>.Empty, new IntervalState(M1, null, false, new HistoryRange(thursday.AddDays(-1), Monday1000))));

        Assert.True(new ProvisioningPlanner(Estimator).Plan(requirements, state).IsEmpty);
    }

    [Fact]
    public void Bases_come_before_derived_intervals_whatever_the_requirement_order()
    {
        var requirements = new ProvisioningRequirements
        {
            Operation = OperationType.Bar,
            Source = ProvisionSource.Adhoc,
            AddedBy = ProvisionSource.Adhoc,
            Symbol = "AAPL",
            IntervalRequirements = EquatableArray<IntervalRequirement>.Of(new IntervalRequirement(M15, M1), new IntervalRequirement(D1, null), new IntervalRequirement(M1, null)),
        };

        var plan = new ProvisioningPlanner(Estimator).Plan(requirements, SessionStateSnapshot.Empty);

        Assert.Equal(
            new ProvisioningStep[]
            {
                new CreateSymbol("AAPL", ProvisionSource.Adhoc, false, true),
                new AddInterval("AAPL", M1, null),
                new AddInterval("AAPL", D1, null),
                new AddInterval("AAPL", M15, M1),
            },
            plan.Steps);
    }

    [Fact]
    public void A_rejected_requirement_plans_nothing()
    {
        var rejected = Prepare(new BarRequest("AAPL", "7x"), SessionStateSnapshot.Empty, Monday1000);

        Assert.False(rejected.Requirements.CanProceed);
        Assert.True(rejected.Plan.IsEmpty);
    }

    [Fact]
    public void A_step_zero_refusal_after_analysis_empties_the_plan()
    {
        // Step 0 runs between analysis and planning; a refusal there leaves nothing to run.
        var pipeline = new ProvisioningPipeline(
            Analyzer,
            new StepZero(new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = "unused" }), Estimator.Calendar, _ => true),
            Planner);
        var requirements = pipeline.Analyze(new BarRequest("AAPL", "5m", 2), SessionStateSnapshot.Empty, Monday1000);
        var passed = new StepZeroResult(EquatableArray<SymbolValidationResult>.Empty, EquatableArray<string>.Empty, true, true, true);
        Assert.False(pipeline.Plan(requirements, passed, SessionStateSnapshot.Empty).IsEmpty);

        var refused = passed with { Errors = EquatableArray<string>.Of("AAPL has no 1m bars in the store for 2024-03-07..2024-03-11.") };

        Assert.True(pipeline.Plan(requirements, refused, SessionStateSnapshot.Empty).IsEmpty);
    }
}
