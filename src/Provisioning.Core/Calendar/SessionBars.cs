using System;
using Provisioning.Intervals;

namespace Provisioning.Calendar;

/// <summary>
/// Where the bars of an interval fall in a session. Intraday bars are anchored at the session open and the last one is
/// cut at the close (a 13:00 close holds 42 five-minute bars, 09:30–16:00 holds 78, and seven one-hour bars, the last
/// 15:30–16:00). A day or week interval has one bar per session as far as a single session is concerned.
/// </summary>
public static class SessionBars
{
    /// <summary>The number of bars of <paramref name="interval"/> in <paramref name="session"/>: ceiling(length / interval) for intraday intervals, 1 otherwise.</summary>
    /// <exception cref="ArgumentException">The interval is the default (invalid) value.</exception>
    public static int Count(TradingSession session, Interval interval)
    {
        if (!IsIntraday(interval))
        {
            return 1;
        }

        var barTicks = BarTicks(interval);
        return (int)((session.Length.Ticks + barTicks - 1) / barTicks);
    }

    /// <summary>
    /// The number of bars of <paramref name="interval"/> in <paramref name="session"/> that are complete at
    /// <paramref name="instantUtc"/>: a bar is complete when its end (start + interval, or the close for the cut last bar)
    /// is at or before the instant. For a day or week interval: 1 once the session has closed, else 0.
    /// </summary>
    /// <exception cref="ArgumentException">The interval is the default (invalid) value.</exception>
    public static int CompletedAt(TradingSession session, Interval interval, DateTime instantUtc)
    {
        if (!IsIntraday(interval))
        {
            return session.CloseUtc <= instantUtc ? 1 : 0;
        }

        if (instantUtc >= session.CloseUtc)
        {
            return Count(session, interval);
        }

        return instantUtc <= session.OpenUtc ? 0 : (int)((instantUtc - session.OpenUtc).Ticks / BarTicks(interval));
    }

    /// <summary>
    /// The number of bars of an intraday <paramref name="interval"/> in <paramref name="session"/> that start at or after
    /// <paramref name="instantUtc"/> (all of them when the instant is at or before the open).
    /// </summary>
    /// <exception cref="ArgumentException">The interval is not an intraday interval.</exception>
    public static int StartingAtOrAfter(TradingSession session, Interval interval, DateTime instantUtc)
    {
        RequireIntraday(interval);
        var count = Count(session, interval);
        if (instantUtc <= session.OpenUtc)
        {
            return count;
        }

        var barTicks = BarTicks(interval);
        var firstIndex = ((instantUtc - session.OpenUtc).Ticks + barTicks - 1) / barTicks;
        return (int)Math.Max(0, count - firstIndex);
    }

    /// <summary>The start of bar <paramref name="index"/> (0 is the bar that starts at the open) of an intraday interval.</summary>
    /// <exception cref="ArgumentException">The interval is not an intraday interval.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is not a bar of the session.</exception>
    public static DateTime BarStartUtc(TradingSession session, Interval interval, int index)
    {
        RequireIntraday(interval);
        CheckIndex(session, interval, index);
        return session.OpenUtc.AddTicks(index * BarTicks(interval));
    }

    /// <summary>The end (exclusive) of bar <paramref name="index"/> of an intraday interval: start + interval, or the close for the last bar.</summary>
    /// <exception cref="ArgumentException">The interval is not an intraday interval.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is not a bar of the session.</exception>
    public static DateTime BarEndUtc(TradingSession session, Interval interval, int index)
    {
        RequireIntraday(interval);
        CheckIndex(session, interval, index);
        var end = session.OpenUtc.AddTicks((index + 1L) * BarTicks(interval));
        return end < session.CloseUtc ? end : session.CloseUtc;
    }

    /// <summary>The index of the bar of an intraday interval that contains <paramref name="instantUtc"/>; false outside the session.</summary>
    /// <exception cref="ArgumentException">The interval is not an intraday interval.</exception>
    public static bool TryGetBarIndex(TradingSession session, Interval interval, DateTime instantUtc, out int index)
    {
        RequireIntraday(interval);
        if (!session.Contains(instantUtc))
        {
            index = -1;
            return false;
        }

        index = (int)((instantUtc - session.OpenUtc).Ticks / BarTicks(interval));
        return true;
    }

    private static bool IsIntraday(Interval interval)
    {
        if (interval.IsDefault)
        {
            throw new ArgumentException("The interval is the default value, not a valid interval.", nameof(interval));
        }

        return interval.IsIntraday;
    }

    private static void RequireIntraday(Interval interval)
    {
        if (!IsIntraday(interval))
        {
            throw new ArgumentException($"{interval} is not an intraday interval.", nameof(interval));
        }
    }

    private static void CheckIndex(TradingSession session, Interval interval, int index)
    {
        var count = Count(session, interval);
        if (index < 0 || index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The session holds {count} bars of {interval}.");
        }
    }

    private static long BarTicks(Interval interval) => interval.TotalSeconds * TimeSpan.TicksPerSecond;
}
