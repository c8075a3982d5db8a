using Provisioning.Collections;
using Provisioning.Data.CorporateActions;
using Provisioning.Indicators;
using Provisioning.Intervals;

namespace Provisioning.Requirements;

/// <summary>
/// Everything one addition needs, as immutable data you can print and compare: the result of requirement analysis, and
/// nothing else. Step 0 answers it with its own result (<c>StepZeroResult</c>) and planning with a plan; neither writes
/// into it.
/// </summary>
public sealed record ProvisioningRequirements
{
    /// <summary>What is added: a symbol, bars, or an indicator.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>Who asked: config, scanner, strategy or ad hoc.</summary>
    public required ProvisionSource Source { get; init; }

    /// <summary>The normalised symbol (upper case), or the text as given when it is not a valid symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>True when the session already has the symbol.</summary>
    public bool SymbolExists { get; init; }

    /// <summary>Every interval the addition needs, bases first, in ascending order.</summary>
    public EquatableArray<Interval> RequiredIntervals { get; init; }

    /// <summary>
    /// The required intervals with where each comes from: bases first (ascending), then derived intervals (ascending)
    /// with the base each is aggregated from. The planner adds missing series from this list.
    /// </summary>
    internal EquatableArray<IntervalRequirement> IntervalRequirements { get; init; }

    /// <summary>
    /// The base interval the requested interval is built from (itself when it is a base); null when none, and for
    /// symbol additions, which ask for every configured base.
    /// </summary>
    public Interval? BaseInterval { get; init; }

    /// <summary>The required intervals the symbol already has in the session.</summary>
    public EquatableArray<Interval> ExistingIntervals { get; init; }

    /// <summary>True when history must be loaded.</summary>
    public bool NeedsHistorical { get; init; }

    /// <summary>
    /// How much history, in bars of the requested interval and in trading and calendar days, and from when; null when
    /// none. For a symbol addition, the estimate of its finest historical interval; for an indicator, its warm-up window,
    /// which ends at the open of the session in progress, or at the addition between sessions (<see cref="HistoryLoads"/>
    /// add the session's bars so far).
    /// </summary>
    public HistoryEstimate? History { get; init; }

    /// <summary>
    /// The history to read from the store, one estimate per base interval, in that base's bars (an SMA(20) on 5m from
    /// a 1m base: 200 one-minute bars for 40 five-minute bars). Empty when no history is needed. The planner turns
    /// the parts the session does not hold yet into load-historical steps.
    /// </summary>
    public EquatableArray<HistoryEstimate> HistoryLoads { get; init; }

    /// <summary>How the history loaded is adjusted for corporate actions (the symbol's mode in the session config).</summary>
    internal NormalizationMode Normalization { get; init; }

    /// <summary>Bars of history to load (warm-up bars × multiplier for indicators); 0 when none.</summary>
    public int HistoricalBars => History?.Bars ?? 0;

    /// <summary>Trading days (sessions) of history; 0 when none.</summary>
    public int HistoricalDays => History?.TradingDays ?? 0;

    /// <summary>Calendar days the history spans; 0 when none.</summary>
    public int HistoricalCalendarDays => History?.CalendarDays ?? 0;

    /// <summary>True when the symbol's base interval must stream during the session.</summary>
    public bool NeedsSession { get; init; }

    /// <summary>The indicator, for indicator additions.</summary>
    public IndicatorSpec? Indicator { get; init; }

    /// <summary>The indicator's canonical key (<c>sma(20)@5m</c>), for indicator additions.</summary>
    public string? IndicatorKey => Indicator?.Key;

    /// <summary>Why analysis refused the addition (a malformed symbol, an interval no base builds); empty when it did not.</summary>
    public EquatableArray<string> ValidationErrors { get; init; }

    /// <summary>True when analysis found nothing in the way (Step 0 may still refuse the addition).</summary>
    public bool CanProceed => ValidationErrors.IsEmpty;

    /// <summary>True when the symbol will meet the session config's requirements (config additions and upgrades).</summary>
    public bool MeetsSessionConfigRequirements { get; init; }

    /// <summary>The source recorded as the symbol's added-by.</summary>
    public ProvisionSource AddedBy { get; init; }

    /// <summary>A sentence saying what is needed and why.</summary>
    public string Reason { get; init; } = string.Empty;
}
