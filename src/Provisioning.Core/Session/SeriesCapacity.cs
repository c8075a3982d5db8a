using System;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Session;

/// <summary>
/// How many bars a series keeps: at least what its base bars can build, plus a full regular session of streaming,
/// plus a margin, so a day of live bars never pushes loaded history out of a series.
/// </summary>
internal static class SeriesCapacity
{
    private const int Margin = 64;

    public static int For(Interval interval, Interval baseInterval, ReadOnlySpan<Bar> baseBars) =>
        Built(interval, baseInterval, baseBars) + PerSession(interval) + Margin;

    /// <summary>The capacity of a base series that holds <paramref name="bars"/> bars: the same as <see cref="For"/> for it.</summary>
    public static int ForBase(Interval baseInterval, int bars) => bars + PerSession(baseInterval) + Margin;

    // At most how many bars of the interval the base bars build. An intraday bar is anchored at its session's open, so
    // on one date the base bars touch at most (their span / interval) + 2 buckets, and never more buckets than bars:
    // a thinly traded symbol (minutes without a trade have no bar) can build nearly one derived bar per base bar.
    private static int Built(Interval interval, Interval baseInterval, ReadOnlySpan<Bar> baseBars)
    {
        if (interval == baseInterval || !interval.IsIntraday || !baseInterval.IsIntraday)
        {
            return baseBars.Length;
        }

        var intervalTicks = interval.TotalSeconds * TimeSpan.TicksPerSecond;
        var baseTicks = baseInterval.TotalSeconds * TimeSpan.TicksPerSecond;
        var total = 0;
        var first = 0;
        for (var i = 1; i <= baseBars.Length; i++)
        {
            if (i < baseBars.Length && baseBars[i].Start.Date == baseBars[first].Start.Date)
            {
                continue;
            }

            var span = baseBars[i - 1].Start.Ticks + baseTicks - baseBars[first].Start.Ticks;
            total += (int)Math.Min(i - first, (span + intervalTicks - 1) / intervalTicks + 2);
            first = i;
        }

        return total;
    }

    private static int PerSession(Interval interval) =>
        interval.IsIntraday ? (int)Math.Ceiling(Interval.MaxIntradayMinutes * 60.0 / interval.TotalSeconds) : 1;
}
