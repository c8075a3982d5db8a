using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Calendar;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Aggregation;

/// <summary>
/// A hand-written stand-in for the XNYS calendar, so aggregation tests do not depend on the real one. Sessions are
/// written out in UTC by hand (09:30–16:00 New York: 14:30Z–21:00Z in winter, 13:30Z–20:00Z in summer):
/// <list type="bullet">
/// <item>2024-03-04..08 (EST) and 2024-03-11..15 (EDT; DST began Sunday 2024-03-10): a week either side of the change;</item>
/// <item>2024-11-25..27 (EST), 2024-11-28 Thanksgiving closed, 2024-11-29 early close 13:00 EST = 18:00Z;</item>
/// <item>2024-12-02..06 (EST).</item>
/// </list>
/// Every other date between <see cref="FirstDate"/> and <see cref="LastDate"/> is closed; dates outside throw.
/// </summary>
internal sealed class TestCalendar : ITradingCalendar
{
    private readonly List<TradingSession> _sessions = [];

    public TestCalendar()
    {
        for (var day = 4; day <= 8; day++)
        {
            Add(2024, 3, day, 14, 30, 21, 0);
        }

        for (var day = 11; day <= 15; day++)
        {
            Add(2024, 3, day, 13, 30, 20, 0);
        }

        for (var day = 25; day <= 27; day++)
        {
            Add(2024, 11, day, 14, 30, 21, 0);
        }

        Add(2024, 11, 29, 14, 30, 18, 0, early: true);
        for (var day = 2; day <= 6; day++)
        {
            Add(2024, 12, day, 14, 30, 21, 0);
        }
    }

    public string Exchange => "TEST";

    public TimeZoneInfo TimeZone { get; } = NewYorkLikeZone();

    public DateOnly FirstDate => new(2024, 3, 4);

    public DateOnly LastDate => new(2024, 12, 6);

    public IReadOnlyList<TradingSession> Sessions => _sessions;

    public static TradingSession Session(int month, int day) =>
        new TestCalendar()._sessions.Single(s => s.Date == new DateOnly(2024, month, day));

    public bool IsSession(DateOnly date) => TryGetSession(date, out _);

    public bool TryGetSession(DateOnly date, out TradingSession session)
    {
        CheckRange(date);
        foreach (var candidate in _sessions)
        {
            if (candidate.Date == date)
            {
                session = candidate;
                return true;
            }
        }

        session = default;
        return false;
    }

    public TradingSession NextSession(DateOnly date)
    {
        CheckRange(date);
        foreach (var candidate in _sessions)
        {
            if (candidate.Date > date)
            {
                return candidate;
            }
        }

        throw new CalendarRangeException(Exchange, date.AddDays(1), FirstDate, LastDate);
    }

    public TradingSession PreviousSession(DateOnly date)
    {
        CheckRange(date);
        for (var i = _sessions.Count - 1; i >= 0; i--)
        {
            if (_sessions[i].Date < date)
            {
                return _sessions[i];
            }
        }

        throw new CalendarRangeException(Exchange, date.AddDays(-1), FirstDate, LastDate);
    }

    public IReadOnlyList<TradingSession> SessionsInRange(DateOnly from, DateOnly to)
    {
        CheckRange(from);
        CheckRange(to);
        return _sessions.Where(s => s.Date >= from && s.Date <= to).ToList();
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

    // UTC-5 with US daylight saving since 2007: second Sunday of March to first Sunday of November, 02:00 local.
    private static TimeZoneInfo NewYorkLikeZone()
    {
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2007, 1, 1),
            new DateTime(2099, 12, 31),
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone(
            "Test/New_York", TimeSpan.FromHours(-5), "Test New York", "EST", "EDT", [rule]);
    }

    private void Add(int year, int month, int day, int openHour, int openMinute, int closeHour, int closeMinute, bool early = false) =>
        _sessions.Add(new TradingSession(
            new DateOnly(year, month, day),
            new DateTime(year, month, day, openHour, openMinute, 0, DateTimeKind.Utc),
            new DateTime(year, month, day, closeHour, closeMinute, 0, DateTimeKind.Utc),
            early));

    private void CheckRange(DateOnly date)
    {
        if (date < FirstDate || date > LastDate)
        {
            throw new CalendarRangeException(Exchange, date, FirstDate, LastDate);
        }
    }
}
