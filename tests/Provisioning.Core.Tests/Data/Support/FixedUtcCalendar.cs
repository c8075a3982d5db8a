using System;
using System.Collections.Generic;
using Provisioning.Calendar;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Data.Support;

/// <summary>
/// A hand-written calendar double for tests: sessions on weekdays from 14:30 to 21:00 UTC (390 minutes), except the
/// listed holidays; listed early closes end at 18:00 UTC (210 minutes). Its zone is UTC, so no daylight saving.
/// </summary>
internal sealed class FixedUtcCalendar : ITradingCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _earlyCloses;

    public FixedUtcCalendar(IEnumerable<DateOnly>? holidays = null, IEnumerable<DateOnly>? earlyCloses = null)
    {
        _holidays = new HashSet<DateOnly>(holidays ?? []);
        _earlyCloses = new HashSet<DateOnly>(earlyCloses ?? []);
    }

    public string Exchange => "TEST";

    public TimeZoneInfo TimeZone => TimeZoneInfo.Utc;

    public DateOnly FirstDate => new(2000, 1, 1);

    public DateOnly LastDate => new(2030, 12, 31);

    public bool IsSession(DateOnly date) => TryGetSession(date, out _);

    public bool TryGetSession(DateOnly date, out TradingSession session)
    {
        Check(date);
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || _holidays.Contains(date))
        {
            session = default;
            return false;
        }

        var day = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var early = _earlyCloses.Contains(date);
        session = new TradingSession(date, day.AddHours(14).AddMinutes(30), day.AddHours(early ? 18 : 21), early);
        return true;
    }

    public TradingSession NextSession(DateOnly date)
    {
        for (var d = date.AddDays(1); ; d = d.AddDays(1))
        {
            if (TryGetSession(d, out var session))
            {
                return session;
            }
        }
    }

    public TradingSession PreviousSession(DateOnly date)
    {
        for (var d = date.AddDays(-1); ; d = d.AddDays(-1))
        {
            if (TryGetSession(d, out var session))
            {
                return session;
            }
        }
    }

    public IReadOnlyList<TradingSession> SessionsInRange(DateOnly from, DateOnly to)
    {
        var sessions = new List<TradingSession>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (TryGetSession(d, out var session))
            {
                sessions.Add(session);
            }
        }

        return sessions;
    }

    public int BarsInSession(TradingSession session, Interval interval)
    {
        if (!interval.IsIntraday)
        {
            return 1;
        }

        var seconds = (long)session.Length.TotalSeconds;
        return (int)((seconds + interval.TotalSeconds - 1) / interval.TotalSeconds);
    }

    private void Check(DateOnly date)
    {
        if (date < FirstDate || date > LastDate)
        {
            throw new CalendarRangeException(Exchange, date, FirstDate, LastDate);
        }
    }
}
