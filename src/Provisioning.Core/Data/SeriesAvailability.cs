using System;
using Provisioning.Collections;
using Provisioning.Data.CorporateActions;
using Provisioning.Intervals;

namespace Provisioning.Data;

/// <summary>
/// What the store holds for one symbol and interval, answered from file metadata alone: the first and last bar,
/// the row count, the span of every row group, and any file that could not be used.
/// </summary>
/// <param name="Symbol">The normalised symbol, or the text as given when it is not a valid symbol.</param>
/// <param name="Interval">The interval.</param>
public sealed record SeriesAvailability(string Symbol, Interval Interval)
{
    /// <summary>The files found for the symbol and interval, usable or not.</summary>
    public int Files { get; init; }

    /// <summary>The earliest bar start; null when the store has no usable bars.</summary>
    public DateTime? FirstBarUtc { get; init; }

    /// <summary>The latest bar start; null when the store has no usable bars.</summary>
    public DateTime? LastBarUtc { get; init; }

    /// <summary>Rows in the usable files (valid or not: invalid rows are only found when read).</summary>
    public long Rows { get; init; }

    /// <summary>Every row group's span, ordered by first bar.</summary>
    public EquatableArray<StoredSpan> Spans { get; init; }

    /// <summary>Files or directories that could not be used, each naming the path and the problem.</summary>
    public EquatableArray<BarFileProblem> Problems { get; init; }

    /// <summary>
    /// The symbol's corporate-action table beside the bars (all of it, whatever the interval): how many actions, the
    /// range of their ex-dates, the first few. Empty for a store that keeps no tables.
    /// </summary>
    internal ActionDigest CorporateActions { get; init; } = ActionDigest.None;

    /// <summary>True when the store has at least one usable bar.</summary>
    public bool HasData => FirstBarUtc.HasValue;
}
