using System.Collections.Generic;
using System.Linq;

namespace Provisioning.Intervals;

/// <summary>
/// Chooses the base interval a derived interval is aggregated from: the coarsest available base that can build it,
/// since it reads the fewest bars (a 20-day SMA on 1d uses stored daily bars, not 7,800 one-minute bars).
/// </summary>
internal static class BaseIntervalResolver
{
    /// <summary>Resolves <paramref name="target"/> against the bases a session streams or stores.</summary>
    public static BaseResolution Resolve(Interval target, IEnumerable<Interval> bases)
    {
        // Read the bases once: callers may pass a one-shot sequence, and the reason lists them again.
        var candidates = bases.Where(b => !b.IsDefault).ToList();
        var best = default(Interval);
        foreach (var candidate in candidates)
        {
            if (target.CanBeBuiltFrom(candidate) && (best.IsDefault || candidate > best))
            {
                best = candidate;
            }
        }

        if (!best.IsDefault)
        {
            return BaseResolution.Found(target, best);
        }

        var available = candidates.Count == 0
            ? "none"
            : string.Join(", ", candidates.Distinct().OrderBy(b => b).Select(b => b.ToString()));
        return BaseResolution.Missing(
            target,
            "No base interval can build " + target + " bars (bases: " + available + "); add a base such as "
            + SuggestedBase(target) + ".");
    }

    /// <summary>The base a session would most commonly add to build <paramref name="target"/>.</summary>
    public static Interval SuggestedBase(Interval target)
    {
        if (!target.IsIntraday)
        {
            return Interval.Days(1);
        }

        return target.TotalSeconds % 60 == 0 ? Interval.Minutes(1) : Interval.Seconds(1);
    }
}
