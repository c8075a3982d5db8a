using System;
using Provisioning.Intervals;

namespace Provisioning.Calendar;

/// <summary>
/// When a stored or streamed bar ends, and which bar is in progress at an instant, for any interval: what keeps a
/// history load from taking a bar that is not complete yet (today's day bar at 10:30) and a stream from skipping it.
/// </summary>
internal static class BarTimes
{
    /// <summary>
    /// The end of the bar starting at <paramref name="startUtc"/>: start + interval for intraday bars (cut at the close, or
    /// at the break start in the morning of a session with a break),
    /// the session's close for a day bar, the close of the week's last session for a week bar. Day bars stamped at
    /// midnight UTC are read as that date's session. A bar outside every session ends where it starts.
    /// </summary>
    public static DateTime EndUtc(this ITradingCalendar calendar, Interval interval, DateTime startUtc)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        TradingSession session;
        DateOnly date;
        if (startUtc.TimeOfDay == TimeSpan.Zero && !interval.IsIntraday)
        {
            date = DateOnly.FromDateTime(startUtc);
            if (!calendar.TryGetSession(date, out session))
            {
                return startUtc;
            }
        }
        else if (calendar.TrySessionContaining(startUtc, out session))
        {
            // The containing session, not the instant's local date: a CME bar at 18:00 on Sunday belongs to Monday's session.
            date = session.Date;
        }
        else
        {
            date = calendar.ExchangeDate(startUtc);
            if (!calendar.TryGetSession(date, out session))
            {
                return startUtc;
            }
        }

        if (interval.IsIntraday)
        {
            // Cut at the close, or at the break start for a bar of the morning run.
            var cut = session.BreakStartUtc is { } breakStart && startUtc < breakStart ? breakStart : session.CloseUtc;
            var end = startUtc.AddSeconds(interval.TotalSeconds);
            return end < cut ? end : cut;
        }

        if (interval.Unit == IntervalUnit.Day)
        {
            return session.CloseUtc;
        }

        var sunday = date.AddDays(((int)DayOfWeek.Sunday - (int)date.DayOfWeek + 7) % 7);
        var last = session;
        foreach (var later in calendar.SessionsInRange(date, sunday < calendar.LastDate ? sunday : calendar.LastDate))
        {
            last = later;
        }

        return last.CloseUtc;
    }

    /// <summary>
    /// The start of the bar of <paramref name="interval"/> in progress at <paramref name="instantUtc"/>: the bar boundary at
    /// or before it for intraday intervals (anchored at the session open, and again at the end of a break), the session's
    /// open for day and week bars; the instant itself outside sessions and, for intraday intervals, in a break.
    /// </summary>
    public static DateTime StartOfBarInProgress(this ITradingCalendar calendar, Interval interval, DateTime instantUtc)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!calendar.TrySessionContaining(instantUtc, out var session))
        {
            return instantUtc;
        }

        if (!interval.IsIntraday)
        {
            return session.OpenUtc;
        }

        // Anchored at the open, or at the break end in the afternoon run; in the break no bar is in progress.
        if (!SessionBars.TryGetRun(session, instantUtc, out var runStart, out _))
        {
            return instantUtc;
        }

        var length = TimeSpan.FromSeconds(interval.TotalSeconds).Ticks;
        var elapsed = (instantUtc - runStart).Ticks;
        return runStart.AddTicks(elapsed / length * length);
    }
}
