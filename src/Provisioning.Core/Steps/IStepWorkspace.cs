using System;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Steps;

/// <summary>
/// The staging area of one addition to one symbol, as the built-in step handlers see it: they record their changes
/// here and the session applies them all at once after the last step succeeded. Undoing a step that only staged a
/// change is dropping the workspace; a step that touches the outside world first (a feed subscription) returns its own
/// undo. The session implements it; handlers never see the session itself.
/// </summary>
internal interface IStepWorkspace
{
    /// <summary>The symbol the addition provisions.</summary>
    string Symbol { get; }

    /// <summary>The session clock when the addition was analysed: history ends and streams start here.</summary>
    DateTime NowUtc { get; }

    /// <summary>Stages the symbol's creation with its metadata.</summary>
    void CreateSymbol(ProvisionSource addedBy, bool meetsSessionConfigRequirements, bool autoProvisioned);

    /// <summary>Stages the upgrade of an ad-hoc symbol to meet the session config.</summary>
    void UpgradeSymbol(ProvisionSource addedBy);

    /// <summary>True when the symbol has, or this addition adds, bars of <paramref name="interval"/>.</summary>
    bool HasInterval(Interval interval);

    /// <summary>Stages a new series of <paramref name="interval"/>, aggregated from <paramref name="builtFrom"/> when it is derived.</summary>
    void AddInterval(Interval interval, Interval? builtFrom);

    /// <summary>The end of the newest <paramref name="baseInterval"/> bar the symbol holds or this addition loaded; null when none.</summary>
    DateTime? HeldUntil(Interval baseInterval);

    /// <summary>Records what one history load read against what it expected, whether or not its bars are kept.</summary>
    void RecordLoad(HistoryLoad load);

    /// <summary>
    /// A buffer for a load of <paramref name="expectedBars"/> <paramref name="baseInterval"/> bars, sized as the series
    /// that keeps them will be, so the commit can adopt it rather than copy it.
    /// </summary>
    HistoryBuffer NewHistory(Interval baseInterval, int expectedBars);

    /// <summary>Takes the bars of one history load; the workspace owns <paramref name="bars"/> from now on.</summary>
    void AddHistory(Interval baseInterval, HistoryBuffer bars);

    /// <summary>Starts holding the bars the feed delivers for <paramref name="baseInterval"/> until the commit joins them.</summary>
    void OpenPendingStream(Interval baseInterval);

    /// <summary>Drops the bars held for <paramref name="baseInterval"/> (the subscription was refused or undone).</summary>
    void DropPendingStream(Interval baseInterval);

    /// <summary>Stages the stream of <paramref name="baseInterval"/> as live.</summary>
    void AddStream(Interval baseInterval);

    /// <summary>Stages <paramref name="indicator"/>, warmed at commit on the symbol's bars from <paramref name="warmupFromUtc"/> (all of them when null).</summary>
    void AddIndicator(IndicatorSpec spec, IIndicator indicator, DateTime? warmupFromUtc);
}
