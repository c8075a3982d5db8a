using System;
using Provisioning.Collections;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Planning.Validation;

/// <summary>
/// The answer of Step 0 for one symbol: is it well formed, is it in the store, is its base interval stored, does the
/// stored history cover what requirement analysis asked for. It says what is missing and what would work instead.
/// </summary>
/// <param name="Symbol">The normalised symbol, or the text as given when it is not valid.</param>
public sealed record SymbolValidationResult(string Symbol)
{
    /// <summary>True when the symbol matches the symbol grammar.</summary>
    public bool SymbolWellFormed { get; init; }

    /// <summary>True when the store holds bars of some interval for the symbol.</summary>
    public bool SymbolKnown { get; init; }

    /// <summary>The intervals stored for the symbol, shortest first.</summary>
    public EquatableArray<Interval> StoredIntervals { get; init; }

    /// <summary>The base interval checked; null when none was asked.</summary>
    public Interval? BaseInterval { get; init; }

    /// <summary>True when the base interval is stored for the symbol.</summary>
    public bool BaseIntervalStored { get; init; }

    /// <summary>True when the base interval holds at least one usable bar.</summary>
    public bool HasHistoricalData { get; init; }

    /// <summary>True when history was needed and the store covers it, or when no history was needed.</summary>
    public bool HistoryCovered { get; init; }

    /// <summary>The first bar start needed; null when no history was needed.</summary>
    public DateTime? FirstNeededUtc { get; init; }

    /// <summary>The last bar start needed; null when no history was needed.</summary>
    public DateTime? LastNeededUtc { get; init; }

    /// <summary>What the store holds for the base interval, from metadata; null when not looked at.</summary>
    public SeriesAvailability? Availability { get; init; }

    /// <summary>Everything in the way; empty when the addition can proceed.</summary>
    internal EquatableArray<ValidationProblem> Problems { get; init; }

    /// <summary>What would work instead.</summary>
    public EquatableArray<string> Suggestions { get; init; }

    /// <summary>True when nothing is in the way.</summary>
    public bool CanProceed => Problems.IsEmpty;

    /// <summary>The first problem and the first suggestion, or a sentence saying what was found.</summary>
    public string Reason { get; init; } = string.Empty;
}
