using Provisioning.Collections;
using Provisioning.Intervals;

namespace Provisioning.Config;

/// <summary>The checked <c>historical</c> section: which base intervals load how many trading days of history.</summary>
/// <param name="Enabled">True when config symbols load history.</param>
/// <param name="TrailingDays">Trading days (sessions) of history; at least 1 when enabled.</param>
/// <param name="Intervals">The base intervals whose history is loaded, ascending (a derived interval in the config is replaced by its base).</param>
internal sealed record HistoricalSettings(bool Enabled, int TrailingDays, EquatableArray<Interval> Intervals)
{
    /// <summary>No history.</summary>
    public static HistoricalSettings Disabled { get; } = new(false, 0, EquatableArray<Interval>.Empty);
}
