using System;
using Provisioning.Intervals;

namespace Provisioning.Calendar;

/// <summary>
/// Where the bars of an interval fall in a session. Intraday bars are anchored at the session open and the last one is
/// cut at the close (a 13:00 close holds 42 five-minute bars, 09:30–16:00 holds 78, and seven one-hour bars, the last
/// 15:30–16:00). A session with a break (Tokyo's lunch) is two runs of bars: the morning's anchored at the open and cut
/// at the break start, the afternoon's anchored again at the break end and cut at the close; bar indexes run through
/// both. A day or week interval has one bar per session as far as a single session is concerned.
/// </summary>
internal static class SessionBars
{
    /// <summary>The number of bars of <paramref name="interval"/> in <paramref name="session"/>: ceiling(length / interval) per run of trading for intraday intervals, 1 otherwise.</summary>
    /// <exception cref="ArgumentException">The interval is the default (invalid) value.</exception>
    public static int Count(TradingSession session, Interval interval)
    {
        if (!IsIntraday(interval))
        {
            return 1;
        }

        var barTicks = BarTicks(interval);
        var (first, second) = Runs(session);
        return CountIn(first, barTicks) + (second is { } afternoon ? CountIn(afternoon, barTicks) : 0);
    }

    /// <summary>
    /// The number of bars of <paramref name="interval"/> in <paramref name="session"/> that are complete at
    /// <paramref name="instantUtc"/>: a bar is complete when its end (start + interval, or the break start or the close for
    /// a cut bar) is at or before the instant. For a day or week interval: 1 once the session has closed, else 0.
    /// </summary>
    /// <exception cref="ArgumentException">The interval is the default (invalid) value.</exception>
    public static int CompletedAt(TradingSession session, Interval interval, DateTime instantUtc)
    {
        if (!IsIntraday(interval))
        {
            return session.CloseUtc <= instantUtc ? 1 : 0;
        }

        var barTicks = BarTicks(interval);
        var (first, second) = Runs(session);
        return CompletedIn(first, barTicks, instantUtc) + (second is { } afternoon ? CompletedIn(afternoon, barTicks, instantUtc) : 0);
    }

    /// <summary>
    /// The number of bars of an intraday <paramref name="interval"/> in <paramref name="session"/> that start at or after
    /// <paramref name="instantUtc"/> (all of them when the instant is at or before the open).
    /// </summary>
    /// <exception cref="ArgumentException">The interval is not an intraday interval.</exception>
    public static int StartingAtOrAfter(TradingSession session, Interval interval, DateTime instantUtc)
    {
        RequireIntraday(interval);
        var barTicks = BarTicks(interval);
        var (first, second) = Runs(session);
        return StartingIn(first, barTicks, instantUtc) + (second is { } afternoon ? StartingIn(afternoon, barTicks, instantUtc) : 0);
    }

    /// <summary>The start of bar <paramref name="index"/> (0 is the bar that starts at the open) of an intraday interval.</summary>
    /// <exception cref="ArgumentException">The interval is not an intraday interval.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is not a bar of the session.</exception>
    public static DateTime BarStartUtc(TradingSession session, Interval interval, int index)
    {
        RequireIntraday(interval);
        CheckIndex(session, interval, index);
        var (run, indexInRun) = Locate(session, BarTicks(interval), index);
        return run.Start.AddTicks(indexInRun * BarTicks(interval));
    }

    /// <summary>The end (exclusive) of bar <paramref name="index"/> of an intraday interval: start + interval, or the break start or the close for a cut bar.</summary>
    /// <exception cref="ArgumentException">The interval is not an intraday interval.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is not a bar of the session.</exception>
    public static DateTime BarEndUtc(TradingSession session, Interval interval, int index)
    {
        RequireIntraday(interval);
        CheckIndex(session, interval, index);
        var (run, indexInRun) = Locate(session, BarTicks(interval), index);
        var end = run.Start.AddTicks((indexInRun + 1L) * BarTicks(interval));
        return end < run.End ? end : run.End;
    }

    /// <summary>The index of the bar of an intraday interval that contains <paramref name="instantUtc"/>; false outside the session and in its break.</summary>
    /// <exception cref="ArgumentException">The interval is not an intraday interval.</exception>
    public static bool TryGetBarIndex(TradingSession session, Interval interval, DateTime instantUtc, out int index)
    {
        RequireIntraday(interval);
        if (!session.IsTrading(instantUtc))
        {
            index = -1;
            return false;
        }

        var barTicks = BarTicks(interval);
        var (first, second) = Runs(session);
        index = second is { } afternoon && instantUtc >= afternoon.Start
            ? CountIn(first, barTicks) + (int)((instantUtc - afternoon.Start).Ticks / barTicks)
            : (int)((instantUtc - first.Start).Ticks / barTicks);
        return true;
    }

    /// <summary>The run of trading (the morning or the afternoon of a session with a break, else the whole session) that contains <paramref name="instantUtc"/>; false outside them.</summary>
    internal static bool TryGetRun(TradingSession session, DateTime instantUtc, out DateTime startUtc, out DateTime endUtc)
    {
        var (first, second) = Runs(session);
        foreach (var run in second is { } afternoon ? new[] { first, afternoon } : new[] { first })
        {
            if (instantUtc >= run.Start && instantUtc < run.End)
            {
                (startUtc, endUtc) = run;
                return true;
            }
        }

        startUtc = endUtc = default;
        return false;
    }

    // The runs of trading of a session: open to close, or open to break start and break end to close.
    private static (Run First, Run? Second) Runs(TradingSession session) =>
        session.BreakStartUtc is { } start && session.BreakEndUtc is { } end
            ? (new Run(session.OpenUtc, start), new Run(end, session.CloseUtc))
            : (new Run(session.OpenUtc, session.CloseUtc), null);

    private static (Run Run, int IndexInRun) Locate(TradingSession session, long barTicks, int index)
    {
        var (first, second) = Runs(session);
        var inFirst = CountIn(first, barTicks);
        return second is { } afternoon && index >= inFirst ? (afternoon, index - inFirst) : (first, index);
    }

    private static int CountIn(Run run, long barTicks) => (int)(((run.End - run.Start).Ticks + barTicks - 1) / barTicks);

    private static int CompletedIn(Run run, long barTicks, DateTime instantUtc)
    {
        if (instantUtc >= run.End)
        {
            return CountIn(run, barTicks);
        }

        return instantUtc <= run.Start ? 0 : (int)((instantUtc - run.Start).Ticks / barTicks);
    }

    private static int StartingIn(Run run, long barTicks, DateTime instantUtc)
    {
        var count = CountIn(run, barTicks);
        if (instantUtc <= run.Start)
        {
            return count;
        }

        var firstIndex = ((instantUtc - run.Start).Ticks + barTicks - 1) / barTicks;
        return (int)Math.Max(0, count - firstIndex);
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

    private readonly record struct Run(DateTime Start, DateTime End);
}
