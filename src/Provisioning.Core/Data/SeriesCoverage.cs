using System;
using Provisioning.Collections;
using Provisioning.Intervals;

namespace Provisioning.Data;

/// <summary>
/// Whether the store covers the bars from <see cref="FirstNeededUtc"/> to <see cref="LastNeededUtc"/> (both bar starts,
/// inclusive), answered from metadata: the first stored bar is at or before the first needed, the last stored bar at or
/// after the last needed, no file in between is unusable and no row-group gap swallows a whole session.
/// </summary>
/// <param name="Symbol">The normalised symbol.</param>
/// <param name="Interval">The interval.</param>
/// <param name="FirstNeededUtc">The start of the first bar needed.</param>
/// <param name="LastNeededUtc">The start of the last bar needed.</param>
public sealed record SeriesCoverage(string Symbol, Interval Interval, DateTime FirstNeededUtc, DateTime LastNeededUtc)
{
    /// <summary>True when every needed bar lies inside what the store holds.</summary>
    public bool Covered { get; init; }

    /// <summary>The earliest stored bar start; null when nothing is stored.</summary>
    public DateTime? FirstBarUtc { get; init; }

    /// <summary>The latest stored bar start; null when nothing is stored.</summary>
    public DateTime? LastBarUtc { get; init; }

    /// <summary>Gaps between row groups inside the range that hold whole sessions (found only with a calendar).</summary>
    public EquatableArray<CoverageHole> Holes { get; init; }

    /// <summary>Unusable files of the series.</summary>
    public EquatableArray<BarFileProblem> Problems { get; init; }

    /// <summary>A sentence saying what is covered or what is missing.</summary>
    public string Reason { get; init; } = string.Empty;
}
