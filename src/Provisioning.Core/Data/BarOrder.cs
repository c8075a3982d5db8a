using System;
using System.Linq;

namespace Provisioning.Data;

/// <summary>
/// The one rule for bars in time order: strictly increasing starts, and of bars with the same start the first one read
/// is kept. A store, a replay and a merge of history may each meet bars out of order or repeated.
/// </summary>
internal static class BarOrder
{
    /// <summary>True when every bar starts after the one before it (no repeats, no going back).</summary>
    public static bool IsStrictlyIncreasing(ReadOnlySpan<Bar> bars)
    {
        for (var i = 1; i < bars.Length; i++)
        {
            if (bars[i].Start <= bars[i - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every bar starts before the one before it (newest first, no repeats).</summary>
    public static bool IsStrictlyDecreasing(ReadOnlySpan<Bar> bars)
    {
        for (var i = 1; i < bars.Length; i++)
        {
            if (bars[i].Start >= bars[i - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The bars by start, strictly increasing, in a new array: a stable sort, so of bars with the same start the first
    /// in <paramref name="bars"/> is the one kept.
    /// </summary>
    public static Bar[] SortedByStart(ReadOnlySpan<Bar> bars) =>
        [.. bars.ToArray().OrderBy(static bar => bar.Start).DistinctBy(static bar => bar.Start)];
}
