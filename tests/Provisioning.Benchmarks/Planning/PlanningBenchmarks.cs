using System;
using BenchmarkDotNet.Attributes;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Config;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.State;

namespace Provisioning.Benchmarks.Planning;

/// <summary>
/// Figure 7: requirement analysis and planning of one addition (phases 1 and 3 of the pipeline) in a session
/// on XNYS streaming 1m and 1d with derived 5m and 15m, five trading days of history, warm-up multiplier 2, at Monday
/// 2024-03-11 10:00 New York. The baseline is the analysis alone of the largest case.
/// </summary>
[Config(typeof(RatioConfig))]
[MemoryDiagnoser]
public class PlanningBenchmarks
{
    private static readonly Interval M1 = Interval.Minutes(1);
    private static readonly Interval M5 = Interval.Minutes(5);
    private static readonly DateTime Now = new(2024, 3, 11, 14, 0, 0, DateTimeKind.Utc);
    private static readonly IndicatorSpec Sma20On5m =
        new("sma", EquatableArray<IndicatorParameter>.Of(new IndicatorParameter("period", 20)), M5, warmupBars: 20);

    private readonly IndicatorRequest _newSymbolIndicator = new("NVDA", Sma20On5m, ProvisionSource.Scanner);
    private readonly IndicatorRequest _existingSymbolIndicator = new("AAPL", Sma20On5m, ProvisionSource.Strategy);
    private readonly SymbolRequest _newSymbol = new("NVDA", ProvisionSource.Scanner);
    private RequirementAnalyzer _analyzer = null!;
    private ProvisioningPlanner _planner = null!;
    private SessionStateSnapshot _state = null!;
    private SessionStateSnapshot _satisfied = null!;

    /// <summary>The session: AAPL and MSFT from the config, streaming 1m with a week of history, and 5m, 15m, 1d.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var config = new SessionConfig
        {
            Exchange = "XNYS",
            Symbols = ["AAPL", "MSFT"],
            Streams = ["1m", "1d"],
            DerivedIntervals = ["5m", "15m"],
            Historical = new() { Enabled = true, TrailingDays = 5 },
            WarmupMultiplier = 2.0,
        }.Resolve();
        var estimator = new HistoryEstimator(ExchangeCalendars.Xnys);
        _analyzer = new RequirementAnalyzer(config, estimator);
        _planner = new ProvisioningPlanner(estimator);
        var history = new HistoryRange(new DateTime(2024, 3, 4, 14, 30, 0, DateTimeKind.Utc), Now);
        SymbolState ConfigSymbol(string symbol, params string[] indicators) => new(
            symbol,
            ProvisionSource.Config,
            MeetsSessionConfigRequirements: true,
            AutoProvisioned: false,
            UpgradedFromAdhoc: false,
            EquatableArray<IntervalState>.Of(
                new IntervalState(M1, null, IsStreaming: true, history),
                new IntervalState(M5, M1, Loaded: history),
                new IntervalState(Interval.Minutes(15), M1, Loaded: history),
                new IntervalState(Interval.Days(1), null, IsStreaming: true, history)),
            EquatableArray<string>.Of(indicators));
        _state = new SessionStateSnapshot([ConfigSymbol("AAPL"), ConfigSymbol("MSFT")]);
        _satisfied = new SessionStateSnapshot([ConfigSymbol("AAPL", Sma20On5m.Key), ConfigSymbol("MSFT")]);

        Expect(nameof(IndicatorOnNewSymbol), IndicatorOnNewSymbol(), nonEmpty: true);
        Expect(nameof(IndicatorOnProvisionedSymbol), IndicatorOnProvisionedSymbol(), nonEmpty: true);
        Expect(nameof(NewSymbol), NewSymbol(), nonEmpty: true);
        Expect(nameof(AlreadySatisfied), AlreadySatisfied(), nonEmpty: false);
    }

    /// <summary>The baseline: analysis alone of an indicator on a symbol the session does not have.</summary>
    [Benchmark(Baseline = true)]
    public ProvisioningRequirements AnalyzeIndicatorOnNewSymbol() => _analyzer.Analyze(_newSymbolIndicator, _state, Now);

    /// <summary>SMA(20)@5m for a symbol the session does not have: create, add 1m and 5m, load, stream, register.</summary>
    [Benchmark]
    public (ProvisioningRequirements Requirements, ProvisioningPlan Plan) IndicatorOnNewSymbol() => Prepare(_newSymbolIndicator, _state);

    /// <summary>SMA(20)@5m for a config symbol that has its bars and history: register only.</summary>
    [Benchmark]
    public (ProvisioningRequirements Requirements, ProvisioningPlan Plan) IndicatorOnProvisionedSymbol() => Prepare(_existingSymbolIndicator, _state);

    /// <summary>A scanner's symbol: every configured interval and its history.</summary>
    [Benchmark]
    public (ProvisioningRequirements Requirements, ProvisioningPlan Plan) NewSymbol() => Prepare(_newSymbol, _state);

    /// <summary>The indicator again: nothing is missing, the plan is empty.</summary>
    [Benchmark]
    public (ProvisioningRequirements Requirements, ProvisioningPlan Plan) AlreadySatisfied() => Prepare(_existingSymbolIndicator, _satisfied);

    // Phases 1 and 3 of the pipeline; Step 0 reads the store and is measured by the Step 0 burst benchmarks.
    private (ProvisioningRequirements Requirements, ProvisioningPlan Plan) Prepare(ProvisioningRequest request, SessionStateSnapshot state)
    {
        var requirements = _analyzer.Analyze(request, state, Now);
        return (requirements, _planner.Plan(requirements, state));
    }

    private static void Expect(string benchmark, (ProvisioningRequirements Requirements, ProvisioningPlan Plan) planned, bool nonEmpty)
    {
        if (!planned.Requirements.CanProceed || planned.Plan.Steps.IsEmpty == nonEmpty)
        {
            throw new InvalidOperationException($"{benchmark}: can proceed {planned.Requirements.CanProceed}, {planned.Plan.Steps.Count} steps; {planned.Requirements.Reason}");
        }
    }
}
