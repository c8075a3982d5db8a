using Provisioning.Collections;

namespace Provisioning.Planning.Validation;

/// <summary>
/// What Step 0 found for one analysed addition: each store check it made, and whether the symbol, its history and the
/// streams it needs are available. Its own result: it does not write into the requirements it checked.
/// </summary>
/// <param name="Checks">The store checks, one per history load (per base interval), or one for the symbol and its base when no history is needed.</param>
/// <param name="Errors">Why the addition cannot proceed, each problem once with what would work instead; empty when it can.</param>
/// <param name="SymbolValidated">True when the symbol is well formed and known to the store.</param>
/// <param name="HistoricalAvailable">True when the store covers the history needed (or, when none is needed, the base has bars).</param>
/// <param name="SessionAvailable">True when the session's feed streams every base the addition needs live (or it needs none).</param>
public sealed record StepZeroResult(
    EquatableArray<SymbolValidationResult> Checks,
    EquatableArray<string> Errors,
    bool SymbolValidated,
    bool HistoricalAvailable,
    bool SessionAvailable)
{
    /// <summary>Step 0 did not run, because analysis already refused the addition.</summary>
    public static StepZeroResult NotRun { get; } = new(
        EquatableArray<SymbolValidationResult>.Empty, EquatableArray<string>.Empty, false, false, false);

    /// <summary>
    /// Each corporate action whose ex-date falls inside a history window of the addition, with the normalization that
    /// applies ("AAPL 1d history from … spans a 4-for-1 split on …: loaded SplitAdjusted as of …"); empty when none does.
    /// </summary>
    public EquatableArray<string> CorporateActions { get; init; }

    /// <summary>
    /// What does not stop the addition but deserves a look: a history window spanning a corporate action loaded Raw
    /// (its indicators read the action as a price move), a corporate-action table with bad rows.
    /// </summary>
    public EquatableArray<string> Warnings { get; init; }

    /// <summary>True when Step 0 found nothing in the way.</summary>
    public bool CanProceed => Errors.IsEmpty;
}
