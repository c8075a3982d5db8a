using System;
using Provisioning.Calendar;
using Provisioning.Intervals;

namespace Provisioning.Data.Store;

/// <summary>
/// Decides whether a bar start falls in a session of the calendar, remembering the current session and the current
/// stretch between sessions so that rows in time order cost a calendar look-up only once per session.
/// Intraday bars must start in [open, close). Day bars must fall on a session date; a day bar stamped at midnight
/// (a date) or at any other hour is moved to its session's open, the store's convention for day bars.
/// Bars on dates the calendar does not cover are kept unchecked.
/// </summary>
internal sealed class SessionFilter
{
    private readonly ITradingCalendar _calendar;
    private readonly bool _daily;
    private long _inFrom = -1;
    private long _inTo = -1;
    private long _outFrom = -1;
    private long _outTo = -1;

    private SessionFilter(ITradingCalendar calendar, bool daily)
    {
        _calendar = calendar;
        _daily = daily;
    }

    /// <summary>A filter for <paramref name="interval"/>, or null when the interval is not checked (weeks, multi-day).</summary>
    public static SessionFilter? For(ITradingCalendar? calendar, Interval interval)
    {
        if (calendar is null)
        {
            return null;
        }

        if (interval.IsIntraday)
        {
            return new SessionFilter(calendar, daily: false);
        }

        return interval.Unit == IntervalUnit.Day && interval.Count == 1 ? new SessionFilter(calendar, daily: true) : null;
    }

    /// <summary>True when the bar at <paramref name="ticks"/> is in a session; day bars are moved to the session open.</summary>
    public bool Accept(ref long ticks)
    {
        if (ticks >= _inFrom && ticks < _inTo)
        {
            return true;
        }

        if (ticks >= _outFrom && ticks < _outTo)
        {
            return false;
        }

        return _daily ? AcceptDay(ref ticks) : AcceptIntraday(ticks);
    }

    private bool AcceptIntraday(long ticks)
    {
        var utc = new DateTime(ticks, DateTimeKind.Utc);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, _calendar.TimeZone));
        if (date < _calendar.FirstDate || date > _calendar.LastDate)
        {
            return true;
        }

        // The session not yet closed at the bar: CME's session D opens on D−1's evening, so the bar's own date is not enough.
        TradingSession session;
        try
        {
            session = _calendar.SessionAtOrAfter(utc);
        }
        catch (CalendarRangeException)
        {
            return false;
        }

        if (session.Contains(utc))
        {
            _inFrom = session.OpenUtc.Ticks;
            _inTo = session.CloseUtc.Ticks;
            return true;
        }

        _outFrom = ticks;
        _outTo = session.OpenUtc.Ticks;
        return false;
    }

    private bool AcceptDay(ref long ticks)
    {
        // A day bar stamped inside a session (at its open, CME's the evening before its date) belongs to that session;
        // one stamped at midnight names its date.
        if (ticks % TimeSpan.TicksPerDay != 0)
        {
            var utc = new DateTime(ticks, DateTimeKind.Utc);
            var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, _calendar.TimeZone));
            if (local >= _calendar.FirstDate && local <= _calendar.LastDate && _calendar.TrySessionContaining(utc, out var containing))
            {
                ticks = containing.OpenUtc.Ticks;
                return true;
            }
        }

        var date = ticks % TimeSpan.TicksPerDay == 0
            ? DateOnly.FromDateTime(new DateTime(ticks, DateTimeKind.Utc))
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(new DateTime(ticks, DateTimeKind.Utc), _calendar.TimeZone));
        if (date < _calendar.FirstDate || date > _calendar.LastDate)
        {
            return true;
        }

        if (!_calendar.TryGetSession(date, out var session))
        {
            return false;
        }

        ticks = session.OpenUtc.Ticks;
        return true;
    }
}
