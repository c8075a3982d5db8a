using System;

namespace Provisioning.State;

/// <summary>A span of bar time [<see cref="FromUtc"/>, <see cref="ToUtc"/>) that a series holds or needs.</summary>
/// <param name="FromUtc">The start of the earliest bar, inclusive.</param>
/// <param name="ToUtc">The end of the latest bar, exclusive.</param>
public readonly record struct HistoryRange(DateTime FromUtc, DateTime ToUtc)
{
    /// <summary>True when the range holds no time.</summary>
    public bool IsEmpty => ToUtc <= FromUtc;

    /// <summary>True when this range holds all of [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    public bool Covers(DateTime fromUtc, DateTime toUtc) => FromUtc <= fromUtc && ToUtc >= toUtc;
}
