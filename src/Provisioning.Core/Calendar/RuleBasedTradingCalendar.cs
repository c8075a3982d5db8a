using System;
using System.Collections.Generic;
using Provisioning.Calendar.Definitions;
using Provisioning.Intervals;

namespace Provisioning.Calendar;

/// <summary>
/// The general calendar engine: turns an <see cref="ExchangeDefinition"/> into every session of its date range once,
/// at construction, and answers queries from a sorted session array and a day-to-session index
/// (a date lookup is one array read). Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Precedence for a date: a weekend is never a session; a holiday (after weekend observance) or a one-off closure
/// closes the day; otherwise the day is a session that closes at a one-off early close if there is one, else at the
/// earliest matching early-close rule, else at the regular close.
/// </remarks>
public sealed class RuleBasedTradingCalendar : ITradingCalendar
{
    private const int NoSession = -1;

    private readonly TradingSession[] _sessions;

    // For each date from FirstDate (index 0) to LastDate: the index of its session in _sessions, or NoSession.
    private readonly int[] _sessionIndexByDay;

    /// <summary>Builds every session of <paramref name="definition"/>.</summary>
    /// <exception cref="ArgumentException">The definition is inconsistent (empty range, open not before close, an early close outside the session).</exception>
    /// <exception cref="TimeZoneNotFoundException">The definition's time zone is not known to the system.</exception>
    public RuleBasedTradingCalendar(ExchangeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Validate(definition);

        Definition = definition;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZoneId);

        var closed = ClosedDates(definition);
        var earlyCloses = EarlyCloseTimes(definition);

        var dayCount = definition.LastDate.DayNumber - definition.FirstDate.DayNumber + 1;
        _sessionIndexByDay = new int[dayCount];
        var sessions = new List<TradingSession>(dayCount * 5 / 7);
        for (var day = 0; day < dayCount; day++)
        {
            var date = definition.FirstDate.AddDays(day);
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || closed.Contains(date))
            {
                _sessionIndexByDay[day] = NoSession;
                continue;
            }

            var close = earlyCloses.TryGetValue(date, out var early) ? early : definition.RegularClose;
            _sessionIndexByDay[day] = sessions.Count;
            sessions.Add(new TradingSession(
                date,
                ToUtc(date, definition.RegularOpen),
                ToUtc(date, close),
                close < definition.RegularClose));
        }

        _sessions = sessions.ToArray();
    }

    /// <summary>The definition the sessions were built from.</summary>
    public ExchangeDefinition Definition { get; }

    /// <inheritdoc />
    public string Exchange => Definition.Exchange;

    /// <inheritdoc />
    public TimeZoneInfo TimeZone { get; }

    /// <inheritdoc />
    public DateOnly FirstDate => Definition.FirstDate;

    /// <inheritdoc />
    public DateOnly LastDate => Definition.LastDate;

    /// <summary>Every session of the range, in date order (no copy: for hot paths).</summary>
    public ReadOnlySpan<TradingSession> Sessions => _sessions;

    /// <inheritdoc />
    public bool IsSession(DateOnly date) => _sessionIndexByDay[DayIndex(date)] != NoSession;

    /// <inheritdoc />
    public bool TryGetSession(DateOnly date, out TradingSession session)
    {
        var index = _sessionIndexByDay[DayIndex(date)];
        if (index == NoSession)
        {
            session = default;
            return false;
        }

        session = _sessions[index];
        return true;
    }

    /// <inheritdoc />
    /// <exception cref="CalendarRangeException">
    /// <paramref name="date"/> is outside the range, or no session follows it inside the range (the exception then names
    /// the day after <see cref="LastDate"/>, where the answer would have to be looked for).
    /// </exception>
    public TradingSession NextSession(DateOnly date)
    {
        var index = FirstSessionIndexOnOrAfter(DayIndex(date) + 1);
        if (index >= _sessions.Length)
        {
            throw OutOfRange(LastDate.AddDays(1));
        }

        return _sessions[index];
    }

    /// <inheritdoc />
    /// <exception cref="CalendarRangeException">
    /// <paramref name="date"/> is outside the range, or no session precedes it inside the range (the exception then names
    /// the day before <see cref="FirstDate"/>).
    /// </exception>
    public TradingSession PreviousSession(DateOnly date)
    {
        var index = LastSessionIndexOnOrBefore(DayIndex(date) - 1);
        if (index < 0)
        {
            throw OutOfRange(FirstDate.AddDays(-1));
        }

        return _sessions[index];
    }

    /// <inheritdoc />
    /// <remarks>Returns a read-only view over the session array (no copy); empty when <paramref name="from"/> is after <paramref name="to"/>.</remarks>
    public IReadOnlyList<TradingSession> SessionsInRange(DateOnly from, DateOnly to)
    {
        var fromDay = DayIndex(from);
        var toDay = DayIndex(to);
        if (fromDay > toDay)
        {
            return Array.Empty<TradingSession>();
        }

        var first = FirstSessionIndexOnOrAfter(fromDay);
        var last = LastSessionIndexOnOrBefore(toDay);
        return last < first ? Array.Empty<TradingSession>() : new SessionSlice(_sessions, first, last - first + 1);
    }

    /// <inheritdoc />
    public int BarsInSession(TradingSession session, Interval interval) => SessionBars.Count(session, interval);

    private int DayIndex(DateOnly date)
    {
        if (date < FirstDate || date > LastDate)
        {
            throw OutOfRange(date);
        }

        return date.DayNumber - FirstDate.DayNumber;
    }

    // The first session on or after a day index (which may be one past the end); _sessions.Length when there is none.
    private int FirstSessionIndexOnOrAfter(int day)
    {
        for (; day < _sessionIndexByDay.Length; day++)
        {
            if (_sessionIndexByDay[day] != NoSession)
            {
                return _sessionIndexByDay[day];
            }
        }

        return _sessions.Length;
    }

    // The last session on or before a day index (which may be -1); -1 when there is none.
    private int LastSessionIndexOnOrBefore(int day)
    {
        for (; day >= 0; day--)
        {
            if (_sessionIndexByDay[day] != NoSession)
            {
                return _sessionIndexByDay[day];
            }
        }

        return -1;
    }

    private DateTime ToUtc(DateOnly date, TimeOnly localTime) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(localTime, DateTimeKind.Unspecified), TimeZone);

    private CalendarRangeException OutOfRange(DateOnly date) => new(Exchange, date, FirstDate, LastDate);

    private static HashSet<DateOnly> ClosedDates(ExchangeDefinition definition)
    {
        var closed = new HashSet<DateOnly>();

        // One year either side: an observed date can cross a year boundary (1 January on a Saturday observed on 31 December).
        for (var year = definition.FirstDate.Year - 1; year <= definition.LastDate.Year + 1; year++)
        {
            foreach (var holiday in definition.Holidays)
            {
                if (holiday.ObservedDateIn(year) is { } observed)
                {
                    closed.Add(observed);
                }
            }
        }

        foreach (var closure in definition.OneOffClosures)
        {
            closed.Add(closure.Date);
        }

        return closed;
    }

    private static Dictionary<DateOnly, TimeOnly> EarlyCloseTimes(ExchangeDefinition definition)
    {
        var closes = new Dictionary<DateOnly, TimeOnly>();
        for (var year = definition.FirstDate.Year; year <= definition.LastDate.Year; year++)
        {
            foreach (var rule in definition.EarlyCloses)
            {
                if (rule.DateIn(year) is { } date && (!closes.TryGetValue(date, out var existing) || rule.Close < existing))
                {
                    closes[date] = rule.Close;
                }
            }
        }

        foreach (var oneOff in definition.OneOffEarlyCloses)
        {
            closes[oneOff.Date] = oneOff.Close;
        }

        return closes;
    }

    private static void Validate(ExchangeDefinition definition)
    {
        if (definition.FirstDate > definition.LastDate)
        {
            throw new ArgumentException($"{definition.Exchange}: the first date is after the last date.", nameof(definition));
        }

        if (definition.RegularOpen >= definition.RegularClose)
        {
            throw new ArgumentException($"{definition.Exchange}: the regular open must be before the regular close.", nameof(definition));
        }

        foreach (var rule in definition.EarlyCloses)
        {
            CheckEarlyClose(definition, rule.Close, rule.Name);
        }

        foreach (var oneOff in definition.OneOffEarlyCloses)
        {
            CheckEarlyClose(definition, oneOff.Close, oneOff.Reason);
        }
    }

    private static void CheckEarlyClose(ExchangeDefinition definition, TimeOnly close, string name)
    {
        if (close <= definition.RegularOpen || close >= definition.RegularClose)
        {
            throw new ArgumentException(
                $"{definition.Exchange}: the early close '{name}' at {close:HH\\:mm} is not inside the regular session.",
                nameof(definition));
        }
    }
}
