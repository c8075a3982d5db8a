using System;
using Provisioning.Intervals;

namespace Provisioning.Session;

/// <summary>
/// How many bars a series keeps: what it was loaded with, plus a full regular session of streaming, plus a margin,
/// so a day of live bars never pushes loaded history out of a series.
/// </summary>
internal static class SeriesCapacity
{
    private const int Margin = 64;

    public static int For(Interval interval, Interval baseInterval, int baseBars)
    {
        var bars = interval == baseInterval || !interval.IsIntraday || !baseInterval.IsIntraday
            ? baseBars
            : (int)Math.Ceiling(baseBars * (double)baseInterval.TotalSeconds / interval.TotalSeconds);
        return bars + PerSession(interval) + Margin;
    }

    private static int PerSession(Interval interval) =>
        interval.IsIntraday ? (int)Math.Ceiling(Interval.MaxIntradayMinutes * 60.0 / interval.TotalSeconds) : 1;
}
