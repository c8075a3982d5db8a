using System;
using System.Collections.Generic;
using Provisioning.Calendar.Definitions;
using Provisioning.Intervals;

namespace Provisioning.Calendar;

/// <summary>
/// A calendar built from an exchange definition (the shipped ones through <see cref="ExchangeCalendars"/>, others from a
/// definition file, docs/calendars.md): every session of the definition's date range is built once, at construction, and
/// queries are answered from a sorted session array and a day-to-session index (a date lookup is one array read).
/// Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Precedence for a date: a day of the week that is not a trading day is never a session; a holiday (after weekend
/// observance), a day between two holidays when the definition says so, or a one-off closure closes the day; otherwise
/// the day is a session with the hours in force on that date, opening at a one-off open if there is one and closing at a
/// one-off early close if there is one, else at the earliest matching early-close rule, else at the regular close.
/// </remarks>
internal sealed class RuleBasedTradingCalendar : ITradingCalendar
{
    private const int NoSession = -1;

    private readonly TradingSession[] _sessions;

    // For each date from FirstDate (index 0) to LastDate: the index of its session in _sessions, or NoSession.
    private readonly int[] _sessionIndexByDay;

    /// <summary>Builds every session of <paramref name="definition"/>.</summary>
    /// <exception cref="ArgumentException">The definition is inconsistent (empty range, open not before close, an early close outside the session).</exception>
    /// <exception cref="TimeZoneNotFoundException">The definition's time zone is not known to the system.</exception>
    internal RuleBasedTradingCalendar(ExchangeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Validate(definition);

        Definition = definition;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZoneId);

        var closed = ClosedDates(definition);
        var earlyCloses = EarlyCloseTimes(definition);
        var lateOpens = new Dictionary<DateOnly, SessionTime>();
        foreach (var open in definition.OneOffOpens)
        {
            lateOpens[open.Date] = open.Open;
        }

        var hours = definition.EffectiveHours;
        foreach (var regular in hours)
        {
            MaxIntradayMinutes = Math.Max(MaxIntradayMinutes, (int)(regular.Close.Offset - regular.Open.Offset).TotalMinutes);
        }

        var dayCount = definition.LastDate.DayNumber - definition.FirstDate.DayNumber + 1;
        _sessionIndexByDay = new int[dayCount];
        var sessions = new List<TradingSession>(dayCount * 5 / 7);
        var period = 0;
        for (var day = 0; day < dayCount; day++)
        {
            var date = definition.FirstDate.AddDays(day);
            while (period + 1 < hours.Count && hours[period + 1].From <= date)
            {
                period++;
            }

            if (!Observance.Contains(definition.TradingDays, date.DayOfWeek) || closed.Contains(date))
            {
                _sessionIndexByDay[day] = NoSession;
                continue;
            }

            _sessionIndexByDay[day] = sessions.Count;
            sessions.Add(BuildSession(
                date,
                hours[period],
                lateOpens.TryGetValue(date, out var lateOpen) ? lateOpen : null,
                earlyCloses.TryGetValue(date, out var early) ? SessionTime.OnDate(early.Close) : null,
                early.Name));
        }

        _sessions = sessions.ToArray();
    }

    /// <summary>The definition the sessions were built from.</summary>
    internal ExchangeDefinition Definition { get; }

    /// <inheritdoc />
    public string Exchange => Definition.Exchange;

    /// <inheritdoc />
    public TimeZoneInfo TimeZone { get; }

    /// <inheritdoc />
    public DateOnly FirstDate => Definition.FirstDate;

    /// <inheritdoc />
    public DateOnly LastDate => Definition.LastDate;

    /// <summary>
    /// The longest regular session in minutes, open to close (390 for XNYS, 360 for XTKS before its 15:30 close, 1440 for
    /// CME and round-the-clock markets): the longest intraday interval that fits a session of this calendar.
    /// </summary>
    public int MaxIntradayMinutes { get; }

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

    private TradingSession BuildSession(DateOnly date, SessionHours hours, SessionTime? oneOffOpen, SessionTime? earlyClose, string? earlyCloseName)
    {
        var open = oneOffOpen ?? hours.Open;
        var close = earlyClose ?? hours.Close;
        if (open >= close || close > hours.Close)
        {
            throw new ArgumentException(
                $"{Exchange}: the session of {date:yyyy-MM-dd} would open at {open} and close at {close} ({earlyCloseName ?? "regular hours"}), outside the regular hours {hours.Open}–{hours.Close}.",
                "definition");
        }

        DateTime? breakStart = null;
        DateTime? breakEnd = null;
        if (hours.BreakStart is { } start && hours.BreakEnd is { } end)
        {
            if (close <= start || open >= end)
            {
                // A session shortened to one side of its break has no break.
            }
            else if (close <= end || open >= start)
            {
                throw new ArgumentException(
                    $"{Exchange}: the session of {date:yyyy-MM-dd} ({open}–{close}) opens or closes inside its break ({start}–{end}).",
                    "definition");
            }
            else
            {
                breakStart = ToUtc(date, start);
                breakEnd = ToUtc(date, end);
            }
        }

        return new TradingSession(date, ToUtc(date, open), ToUtc(date, close), close < hours.Close)
        {
            BreakStartUtc = breakStart,
            BreakEndUtc = breakEnd,
        };
    }

    private DateTime ToUtc(DateOnly date, SessionTime time) =>
        TimeZoneInfo.ConvertTimeToUtc(time.On(date), TimeZone);

    private CalendarRangeException OutOfRange(DateOnly date) => new(Exchange, date, FirstDate, LastDate);

    private static HashSet<DateOnly> ClosedDates(ExchangeDefinition definition)
    {
        // One year either side: an observed date can cross a year boundary (1 January on a Saturday observed on 31 December).
        var firstYear = definition.FirstDate.Year - 1;
        var lastYear = definition.LastDate.Year + 1;

        // Each holiday's own date first: the "free weekday" observances skip them, and days between two of them may close.
        var ownDates = new HashSet<DateOnly>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            foreach (var holiday in definition.Holidays)
            {
                if (holiday.AppliesIn(year))
                {
                    ownDates.Add(holiday.Date.DateIn(year));
                }
            }
        }

        var closed = new HashSet<DateOnly>();
        var moved = new HashSet<DateOnly>();
        bool IsTaken(DateOnly date) => ownDates.Contains(date) || moved.Contains(date);
        for (var year = firstYear; year <= lastYear; year++)
        {
            foreach (var holiday in definition.Holidays)
            {
                if (!holiday.AppliesIn(year))
                {
                    continue;
                }

                var date = holiday.Date.DateIn(year);
                if (Observance.Apply(date, holiday.Observance, IsTaken) is { } observed)
                {
                    closed.Add(observed);
                    if (observed != date)
                    {
                        moved.Add(observed);
                    }
                }
            }
        }

        if (definition.CloseDaysBetweenHolidays)
        {
            foreach (var date in ownDates)
            {
                if (ownDates.Contains(date.AddDays(2)) && !ownDates.Contains(date.AddDays(1)))
                {
                    closed.Add(date.AddDays(1));
                }
            }
        }

        foreach (var closure in definition.OneOffClosures)
        {
            closed.Add(closure.Date);
        }

        return closed;
    }

    private static Dictionary<DateOnly, (TimeOnly Close, string Name)> EarlyCloseTimes(ExchangeDefinition definition)
    {
        var closes = new Dictionary<DateOnly, (TimeOnly Close, string Name)>();
        for (var year = definition.FirstDate.Year; year <= definition.LastDate.Year; year++)
        {
            foreach (var rule in definition.EarlyCloses)
            {
                if (rule.DateIn(year) is { } date && (!closes.TryGetValue(date, out var existing) || rule.Close < existing.Close))
                {
                    closes[date] = (rule.Close, rule.Name);
                }
            }
        }

        foreach (var oneOff in definition.OneOffEarlyCloses)
        {
            closes[oneOff.Date] = (oneOff.Close, oneOff.Reason);
        }

        return closes;
    }

    private static void Validate(ExchangeDefinition definition)
    {
        if (definition.FirstDate > definition.LastDate)
        {
            throw new ArgumentException($"{definition.Exchange}: the first date is after the last date.", nameof(definition));
        }

        var hours = definition.EffectiveHours;
        for (var i = 0; i < hours.Count; i++)
        {
            if ((i == 0) != (hours[i].From is null) || (i > 0 && hours[i].From <= hours[i - 1].From))
            {
                throw new ArgumentException(
                    $"{definition.Exchange}: the first hours period has no start date and the others start on increasing dates.", nameof(definition));
            }

            if (hours[i].Problem() is { } problem)
            {
                throw new ArgumentException($"{definition.Exchange}: {problem}.", nameof(definition));
            }
        }

        if (definition.Hours.Count == 0 && definition.RegularOpen >= definition.RegularClose)
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

    // An early close must shorten the session in every hours period (the sessions are checked again one by one when built).
    private static void CheckEarlyClose(ExchangeDefinition definition, TimeOnly close, string name)
    {
        var time = SessionTime.OnDate(close);
        foreach (var hours in definition.EffectiveHours)
        {
            if (time <= hours.Open || time >= hours.Close)
            {
                throw new ArgumentException(
                    $"{definition.Exchange}: the early close '{name}' at {close:HH\\:mm} is not inside the regular session.",
                    nameof(definition));
            }
        }
    }
}
