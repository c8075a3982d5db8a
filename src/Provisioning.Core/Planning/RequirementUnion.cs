using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Collections;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Planning;

/// <summary>
/// The requirements of several indicator additions of one symbol taken together, so they are checked by one Step 0,
/// planned once and loaded by one read: every interval any of them needs, and per base interval one history load from
/// the earliest start any of them needs to the latest end. It carries no indicator; the planner adds one registration
/// per addition (<see cref="ProvisioningPlanner.PlanTogether"/>).
/// </summary>
internal static class RequirementUnion
{
    /// <summary>
    /// The union of <paramref name="parts"/>, which all proceed and share symbol, source and normalization;
    /// <paramref name="estimator"/> counts the bars of a load whose end another part moves later.
    /// </summary>
    public static ProvisioningRequirements Of(IReadOnlyList<ProvisioningRequirements> parts, HistoryEstimator estimator)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count);
        var first = parts[0];
        var intervals = parts.SelectMany(p => p.IntervalRequirements)
            .DistinctBy(i => i.Interval)
            .OrderBy(i => i.BuiltFrom is null ? 0 : 1)
            .ThenBy(i => i.Interval)
            .ToArray();
        var loads = parts.SelectMany(p => p.HistoryLoads)
            .GroupBy(l => l.Interval)
            .OrderBy(g => g.Key)
            .Select(g => Widest(g.ToList(), estimator))
            .ToArray();
        var bases = parts.Select(p => p.BaseInterval).Distinct().ToArray();
        return first with
        {
            RequiredIntervals = new EquatableArray<Interval>(intervals.Select(i => i.Interval)),
            IntervalRequirements = EquatableArray<IntervalRequirement>.FromOwnedArray(intervals),
            BaseInterval = bases.Length == 1 ? bases[0] : null,
            ExistingIntervals = new EquatableArray<Interval>(parts.SelectMany(p => p.ExistingIntervals).Distinct().Order()),
            History = parts.Select(p => p.History).Where(h => h is not null).MinBy(h => h!.StartUtc),
            HistoryLoads = EquatableArray<HistoryEstimate>.FromOwnedArray(loads),
            NeedsHistorical = loads.Length > 0,
            NeedsSession = parts.Any(p => p.NeedsSession),
            Indicator = null,
            Reason = string.Join(" ", parts.Select(p => p.Reason)),
        };
    }

    // One load of an interval covering each part's: from the earliest start to the latest end.
    private static HistoryEstimate Widest(List<HistoryEstimate> loads, HistoryEstimator estimator)
    {
        var earliest = loads.OrderBy(l => l.StartUtc).ThenByDescending(l => l.EndUtc).First();
        var end = loads.Max(l => l.EndUtc);
        return end == earliest.EndUtc
            ? earliest
            : earliest with
            {
                EndUtc = end,
                Bars = estimator.CountBars(earliest.Interval, earliest.StartUtc, end),
                TradingDays = loads.Max(l => l.TradingDays),
                CalendarDays = loads.Max(l => l.CalendarDays),
            };
    }
}
