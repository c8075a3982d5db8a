using System;
using System.Collections.Generic;
using Provisioning.Calendar;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Planning;

/// <summary>
/// Turns warm-up needs into the history to load, by walking back over the real sessions of an exchange calendar
/// (weekends, holidays and early closes included) from the instant the history must end at.
/// </summary>
/// <remarks>
/// <para>Only complete bars count. An intraday bar is anchored at the session open and is complete when its end
/// (start + interval, or the close for the last bar of a session, which is cut there) is at or before the end instant;
/// a session in progress at the end contributes the bars it has completed. A day bar is complete at its session's close:
/// an indicator on 1d needs N sessions, not N calendar days.</para>
/// <para>Multi-day and week intervals: a k-day bar is k sessions and a week bar is the sessions of one calendar week,
/// Monday to Sunday in exchange-local dates (weeks without sessions hold no bar); a week bar is complete once the last
/// session of its week has closed. For k &gt; 1, bars are groups of k sessions (or of k weeks that hold sessions) counted
/// back from the last complete one.</para>
/// <para>Dates the calendar does not cover throw <see cref="CalendarRangeException"/>: callers that take the amounts
/// from user configuration report it as a validation error.</para>
/// </remarks>
internal sealed class HistoryEstimator
{
    /// <summary>Creates an estimator over <paramref name="calendar"/>.</summary>
    public HistoryEstimator(ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
    }

    /// <summary>The exchange calendar sessions are taken from.</summary>
    public ITradingCalendar Calendar { get; }

    /// <summary>The bars to load for <paramref name="warmupBars"/> warm-up bars: ceiling(warm-up × multiplier).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The warm-up is negative, the multiplier is below 1 or not finite, or the product does not fit an <see cref="int"/>.</exception>
    public static int BarsNeeded(int warmupBars, double multiplier)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warmupBars);
        if (!double.IsFinite(multiplier) || multiplier < 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "The warm-up multiplier must be a finite number of at least 1.");
        }

        if (warmupBars * multiplier >= int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, $"{warmupBars} warm-up bars × {multiplier} is more bars than can be counted.");
        }

        // Decimal keeps 50 × 1.1 at 55 where binary floating point gives 55.00000000000001 and a ceiling of 56.
        return (int)Math.Ceiling((decimal)warmupBars * (decimal)multiplier);
    }

    /// <summary>
    /// The history that holds ceiling(<paramref name="warmupBars"/> × <paramref name="multiplier"/>) complete bars of
    /// <paramref name="interval"/> ending at <paramref name="endUtc"/> (exclusive). <see cref="HistoryEstimate.StartUtc"/>
    /// is the start of the earliest bar needed; <see cref="HistoryEstimate.TradingDays"/> the sessions that contributed
    /// bars (a session in progress at the end included when it completed a bar); <see cref="HistoryEstimate.CalendarDays"/>
    /// the days from the exchange-local date of the earliest bar's start (the evening before the session's date for CME) to
    /// the end's exchange-local date, both inclusive. No warm-up gives an empty
    /// estimate (no bars, start = end).
    /// </summary>
    /// <exception cref="ArgumentException">The interval is the default value, or <paramref name="endUtc"/> is a local time.</exception>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="BarsNeeded"/>.</exception>
    /// <exception cref="CalendarRangeException">The history would reach outside the calendar's range.</exception>
    public HistoryEstimate EstimateBars(Interval interval, int warmupBars, DateTime endUtc, double multiplier = 2.0)
    {
        RequireInterval(interval);
        var bars = BarsNeeded(warmupBars, multiplier);
        var end = TradingCalendarExtensions.RequireUtc(endUtc, nameof(endUtc));
        if (bars == 0)
        {
            return new HistoryEstimate(interval, warmupBars, multiplier, 0, 0, 0, end, end);
        }

        var walk = interval.Unit switch
        {
            IntervalUnit.Day => WalkSessions(end, (long)bars * interval.Count),
            IntervalUnit.Week => WalkWeeks(end, (long)bars * interval.Count),
            _ => WalkIntraday(interval, end, bars),
        };

        return new HistoryEstimate(interval, warmupBars, multiplier, bars, walk.TradingDays, CalendarDays(walk.StartUtc, end), walk.StartUtc, end);
    }

    /// <summary>
    /// The instant an indicator's warm-up window is counted back from when it is added at <paramref name="nowUtc"/>: the
    /// open of the session in progress, or <paramref name="nowUtc"/> itself between sessions (where counting back from it
    /// and from the next open find the same bars). Counted from here, the window starts at the same bar whatever the
    /// moment of the session the indicator is added at.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="nowUtc"/> is a local time.</exception>
    /// <exception cref="CalendarRangeException">The instant is outside the calendar's range.</exception>
    public DateTime WarmupAnchor(DateTime nowUtc)
    {
        var now = TradingCalendarExtensions.RequireUtc(nowUtc, nameof(nowUtc));
        return Calendar.TrySessionContaining(now, out var session) ? session.OpenUtc : now;
    }

    /// <summary>
    /// The history an indicator added at <paramref name="nowUtc"/> reads, in bars of <paramref name="interval"/> (the base
    /// it is built from): from the start of its warm-up <paramref name="window"/> to <paramref name="nowUtc"/>, that is the
    /// window and the bars the session completed since (from <see cref="WarmupAnchor"/> on). <see cref="HistoryEstimate.Bars"/>
    /// counts the complete bars in that range, <see cref="HistoryEstimate.TradingDays"/> the sessions that hold one, and
    /// <see cref="HistoryEstimate.CalendarDays"/> the days from the first of them to the end's date; the warm-up bars and the
    /// multiplier are the window's, and <see cref="HistoryEstimate.Window"/> is the window itself.
    /// </summary>
    /// <exception cref="ArgumentException">The interval is the default value, or <paramref name="nowUtc"/> is a local time.</exception>
    /// <exception cref="CalendarRangeException">The range reaches outside the calendar's range.</exception>
    public HistoryEstimate WarmupRead(HistoryEstimate window, Interval interval, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(window);
        RequireInterval(interval);
        var end = TradingCalendarExtensions.RequireUtc(nowUtc, nameof(nowUtc));
        var start = window.StartUtc < end ? window.StartUtc : end;
        var bars = CountBars(interval, start, end);
        var tradingDays = 0;
        DateOnly? first = null;
        foreach (var session in Calendar.SessionsInRange(Calendar.ExchangeDate(start), Calendar.ExchangeDate(end)))
        {
            // A session counts when it holds a complete bar of the range: an intraday one, or (day and week bars) all of it.
            var holdsBar = interval.IsIntraday
                ? CountIntradayBars([session], interval, start, end) > 0
                : session.OpenUtc >= start && session.CloseUtc <= end;
            if (holdsBar)
            {
                tradingDays++;
                first ??= Calendar.ExchangeDate(session.OpenUtc > start ? session.OpenUtc : start);
            }
        }

        return new HistoryEstimate(interval, window.WarmupBars, window.Multiplier, bars, tradingDays, first is { } date ? CalendarDays(date, end) : 0, start, end)
        {
            // Step 0 advises on the window (what must be stored before the anchor), not on the whole read.
            Window = window,
        };
    }

    /// <summary>
    /// The history of the last <paramref name="tradingDays"/> sessions before <paramref name="endUtc"/>: the N most recent
    /// sessions that closed at or before the end, plus what a session in progress at the end has completed — the same
    /// history a symbol provisioned before that session's open would have, extended by the bars streamed since.
    /// <see cref="HistoryEstimate.Bars"/> is the number of complete bars of <paramref name="interval"/> in that history;
    /// <see cref="HistoryEstimate.TradingDays"/> is N, plus one when the session in progress completed a bar;
    /// <see cref="HistoryEstimate.WarmupBars"/> is 0 and <see cref="HistoryEstimate.Multiplier"/> 1.
    /// Zero days gives an empty estimate.
    /// </summary>
    /// <exception cref="ArgumentException">The interval is the default value, or <paramref name="endUtc"/> is a local time.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tradingDays"/> is negative.</exception>
    /// <exception cref="CalendarRangeException">The history would reach outside the calendar's range.</exception>
    public HistoryEstimate EstimateDays(Interval interval, int tradingDays, DateTime endUtc)
    {
        RequireInterval(interval);
        ArgumentOutOfRangeException.ThrowIfNegative(tradingDays);
        var end = TradingCalendarExtensions.RequireUtc(endUtc, nameof(endUtc));
        if (tradingDays == 0)
        {
            return new HistoryEstimate(interval, 0, 1.0, 0, 0, 0, end, end);
        }

        var session = Calendar.SessionAtOrBefore(end);
        var touched = tradingDays;
        if (session.CloseUtc > end)
        {
            if (SessionBars.CompletedAt(session, interval, end) > 0)
            {
                touched++;
            }

            session = Calendar.PreviousSession(session.Date);
        }

        for (var i = 1; i < tradingDays; i++)
        {
            session = Calendar.PreviousSession(session.Date);
        }

        var bars = CountBars(interval, session.OpenUtc, end);
        return new HistoryEstimate(interval, 0, 1.0, bars, touched, CalendarDays(session.OpenUtc, end), session.OpenUtc, end);
    }

    /// <summary>
    /// The number of complete bars of <paramref name="interval"/> that lie wholly in [<paramref name="fromUtc"/>,
    /// <paramref name="toUtc"/>) across sessions: what must be read of a base interval to cover a range.
    /// </summary>
    /// <exception cref="ArgumentException">The interval is the default value, or an instant is a local time.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fromUtc"/> is after <paramref name="toUtc"/>.</exception>
    /// <exception cref="CalendarRangeException">The range reaches outside the calendar's range.</exception>
    public int CountBars(Interval interval, DateTime fromUtc, DateTime toUtc)
    {
        RequireInterval(interval);
        var from = TradingCalendarExtensions.RequireUtc(fromUtc, nameof(fromUtc));
        var to = TradingCalendarExtensions.RequireUtc(toUtc, nameof(toUtc));
        if (from > to)
        {
            throw new ArgumentOutOfRangeException(nameof(fromUtc), fromUtc, "The range starts after it ends.");
        }

        // One date past the end: a session can open the evening before its date (CME), so bars before the end may be its.
        var lastDate = Calendar.ExchangeDate(to);
        var sessions = Calendar.SessionsInRange(Calendar.ExchangeDate(from), lastDate < Calendar.LastDate ? lastDate.AddDays(1) : lastDate);
        return interval.Unit switch
        {
            IntervalUnit.Day => CountClosedSessions(sessions, from, to) / interval.Count,
            IntervalUnit.Week => CountWholeWeeks(sessions, from, to) / interval.Count,
            _ => CountIntradayBars(sessions, interval, from, to),
        };
    }

    private static int CountIntradayBars(IReadOnlyList<TradingSession> sessions, Interval interval, DateTime from, DateTime to)
    {
        var total = 0;
        foreach (var session in sessions)
        {
            var firstIndex = SessionBars.Count(session, interval) - SessionBars.StartingAtOrAfter(session, interval, from);
            total += Math.Max(0, SessionBars.CompletedAt(session, interval, to) - firstIndex);
        }

        return total;
    }

    private static int CountClosedSessions(IReadOnlyList<TradingSession> sessions, DateTime from, DateTime to)
    {
        var count = 0;
        foreach (var session in sessions)
        {
            if (session.OpenUtc >= from && session.CloseUtc <= to)
            {
                count++;
            }
        }

        return count;
    }

    private int CountWholeWeeks(IReadOnlyList<TradingSession> sessions, DateTime from, DateTime to)
    {
        var count = 0;
        var i = 0;
        while (i < sessions.Count)
        {
            var week = WeekStart(sessions[i].Date);
            var first = sessions[i];
            var last = first;
            while (i < sessions.Count && WeekStart(sessions[i].Date) == week)
            {
                last = sessions[i];
                i++;
            }

            if (first.OpenUtc >= from && last.CloseUtc <= to
                && !HasSessionInWeekBefore(first.Date) && !HasSessionInWeekAfter(last.Date))
            {
                count++;
            }
        }

        return count;
    }

    private Walk WalkIntraday(Interval interval, DateTime end, int bars)
    {
        var session = Calendar.SessionAtOrBefore(end);
        var remaining = bars;
        var tradingDays = 0;
        while (true)
        {
            var completed = SessionBars.CompletedAt(session, interval, end);
            if (completed > 0)
            {
                tradingDays++;
                if (completed >= remaining)
                {
                    return new Walk(SessionBars.BarStartUtc(session, interval, completed - remaining), session.Date, tradingDays);
                }

                remaining -= completed;
            }

            session = Calendar.PreviousSession(session.Date);
        }
    }

    private Walk WalkSessions(DateTime end, long sessionsNeeded)
    {
        var session = LatestClosedSession(end);
        for (long i = 1; i < sessionsNeeded; i++)
        {
            session = Calendar.PreviousSession(session.Date);
        }

        return new Walk(session.OpenUtc, session.Date, checked((int)sessionsNeeded));
    }

    private Walk WalkWeeks(DateTime end, long weeksNeeded)
    {
        var latest = LatestClosedSession(end);
        var week = WeekStart(latest.Date);
        if (HasSessionInWeekAfter(latest.Date))
        {
            // The latest closed session's week still has a session to come: its bar is not complete.
            week = week.AddDays(-7);
        }

        var tradingDays = 0;
        long weeks = 0;
        while (true)
        {
            var sessions = Calendar.SessionsInRange(week, week.AddDays(6));
            if (sessions.Count > 0)
            {
                weeks++;
                tradingDays += sessions.Count;
                if (weeks == weeksNeeded)
                {
                    return new Walk(sessions[0].OpenUtc, sessions[0].Date, tradingDays);
                }
            }

            week = week.AddDays(-7);
        }
    }

    private TradingSession LatestClosedSession(DateTime end)
    {
        var session = Calendar.SessionAtOrBefore(end);
        return session.CloseUtc <= end ? session : Calendar.PreviousSession(session.Date);
    }

    private bool HasSessionInWeekBefore(DateOnly date)
    {
        for (var day = WeekStart(date); day < date; day = day.AddDays(1))
        {
            if (Calendar.IsSession(day))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasSessionInWeekAfter(DateOnly date)
    {
        var weekEnd = WeekStart(date).AddDays(6);
        for (var day = date.AddDays(1); day <= weekEnd; day = day.AddDays(1))
        {
            if (Calendar.IsSession(day))
            {
                return true;
            }
        }

        return false;
    }

    private int CalendarDays(DateOnly firstDate, DateTime end) =>
        Calendar.ExchangeDate(end).DayNumber - firstDate.DayNumber + 1;

    // The days from the exchange-local date history starts on to the end's, both inclusive: a CME session opens the
    // evening before its date, so history from its open touches that evening's date too.
    private int CalendarDays(DateTime startUtc, DateTime end) => CalendarDays(Calendar.ExchangeDate(startUtc), end);

    private static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static void RequireInterval(Interval interval)
    {
        if (interval.IsDefault)
        {
            throw new ArgumentException("The interval is the default value, not a valid interval.", nameof(interval));
        }
    }

    private readonly record struct Walk(DateTime StartUtc, DateOnly FirstDate, int TradingDays);
}
