using System;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Session;

/// <summary>
/// How many bars a series keeps: at least what its base bars can build, plus the longest regular session of its
/// market of streaming (<c>sessionMinutes</c>: 390 on XNYS, 1440 on a 24/7 market), plus a margin, so a day of live
/// bars never pushes loaded history out of a series.
/// </summary>
internal static class SeriesCapacity
{
    private const int Margin = 64;

    /// <summary>The capacity of a series of <paramref name="interval"/> built from <paramref name="baseBars"/>, on a market whose longest session is <paramref name="sessionMinutes"/>.</summary>
    public static int For(Interval interval, Interval baseInterval, ReadOnlySpan<Bar> baseBars, int sessionMinutes) =>
        Built(interval, baseInterval, baseBars) + PerSession(interval, sessionMinutes) + Margin;

    /// <summary>The capacity of a base series that holds <paramref name="bars"/> bars: the same as <see cref="For"/> for it.</summary>
    public static int ForBase(Interval baseInterval, int bars, int sessionMinutes) => bars + PerSession(baseInterval, sessionMinutes) + Margin;

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

    // A session with a break has fewer bars than its length holds, so the length open to close is an upper bound.
    private static int PerSession(Interval interval, int sessionMinutes) =>
        interval.IsIntraday ? (int)Math.Ceiling(Math.Clamp(sessionMinutes, 1, Interval.MaxIntradayMinutes) * 60.0 / interval.TotalSeconds) : 1;
}
