using System.Linq;
using Provisioning.Collections;
using Provisioning.Intervals;

namespace Provisioning.Config;

/// <summary>The checked <c>historical</c> section: which base intervals load how many trading days of history.</summary>
/// <param name="Enabled">True when config symbols load history.</param>
/// <param name="TrailingDays">Trading days (sessions) of history; at least 1 when enabled (the most of any interval in the per-interval form).</param>
/// <param name="Intervals">The base intervals whose history is loaded, ascending (a derived interval in the config is replaced by its base).</param>
internal sealed record HistoricalSettings(bool Enabled, int TrailingDays, EquatableArray<Interval> Intervals)
{
    /// <summary>No history.</summary>
    public static HistoricalSettings Disabled { get; } = new(false, 0, EquatableArray<Interval>.Empty);

    /// <summary>
    /// The trading days of each base interval from the per-interval form (<c>"historical": { "data": [...] }</c>),
    /// ascending; empty when one <see cref="TrailingDays"/> serves every interval.
    /// </summary>
    public EquatableArray<HistoricalInterval> PerInterval { get; init; } = EquatableArray<HistoricalInterval>.Empty;

    /// <summary>The settings of the per-interval form: <paramref name="perInterval"/> ascending, one entry per base.</summary>
    public static HistoricalSettings Of(HistoricalInterval[] perInterval) =>
        perInterval.Length == 0
            ? Disabled
            : new HistoricalSettings(
                true,
                perInterval.Max(h => h.TrailingDays),
                EquatableArray<Interval>.FromOwnedArray(perInterval.Select(h => h.Interval).ToArray()))
            {
                PerInterval = EquatableArray<HistoricalInterval>.FromOwnedArray(perInterval),
            };

    /// <summary>The trading days of history <paramref name="interval"/> loads.</summary>
    public int DaysFor(Interval interval)
    {
        foreach (var entry in PerInterval)
        {
            if (entry.Interval == interval)
            {
                return entry.TrailingDays;
            }
        }

        return TrailingDays;
    }
}
