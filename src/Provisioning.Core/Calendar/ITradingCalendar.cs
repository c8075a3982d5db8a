using System;
using System.Collections.Generic;
using Provisioning.Intervals;

namespace Provisioning.Calendar;

/// <summary>
/// An exchange's trading calendar: which dates are sessions and when each opens and closes.
/// Dates outside <see cref="FirstDate"/>..<see cref="LastDate"/> throw <see cref="CalendarRangeException"/>:
/// the calendar never guesses. <see cref="RuleBasedTradingCalendar"/> implements it from an exchange definition
/// (<see cref="ExchangeCalendars"/> finds the shipped ones and those registered from definition files, docs/calendars.md); <see cref="TradingCalendarExtensions"/> adds instant-based queries
/// (the session containing an instant, the session at or before/after it, an instant's exchange date) and
/// <see cref="SessionBars"/> where the bars of an interval fall in a session.
/// </summary>
public interface ITradingCalendar
{
    /// <summary>The exchange's ISO 10383 MIC, such as "XNYS".</summary>
    string Exchange { get; }

    /// <summary>The exchange's time zone.</summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>The first date the calendar answers for.</summary>
    DateOnly FirstDate { get; }

    /// <summary>The last date the calendar answers for.</summary>
    DateOnly LastDate { get; }

    /// <summary>True when <paramref name="date"/> is a trading session.</summary>
    bool IsSession(DateOnly date);

    /// <summary>The session on <paramref name="date"/>; false on weekends, holidays and closures.</summary>
    bool TryGetSession(DateOnly date, out TradingSession session);

    /// <summary>The first session strictly after <paramref name="date"/>.</summary>
    TradingSession NextSession(DateOnly date);

    /// <summary>The last session strictly before <paramref name="date"/>.</summary>
    TradingSession PreviousSession(DateOnly date);

    /// <summary>The sessions from <paramref name="from"/> to <paramref name="to"/>, both inclusive, in order.</summary>
    IReadOnlyList<TradingSession> SessionsInRange(DateOnly from, DateOnly to);

    /// <summary>
    /// The number of bars of an intraday <paramref name="interval"/> in <paramref name="session"/>, anchored at the open,
    /// the last bar cut at the close (a 13:00 close gives 42 five-minute bars, a full day 78); a session with a break
    /// counts its morning and its afternoon (re-anchored at the break end) apart. One for a day or week interval.
    /// </summary>
    int BarsInSession(TradingSession session, Interval interval);
}
