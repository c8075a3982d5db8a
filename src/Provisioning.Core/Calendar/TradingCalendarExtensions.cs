using System;
using Provisioning.Intervals;

namespace Provisioning.Calendar;

/// <summary>
/// Instant-based queries the runtime needs, built on <see cref="ITradingCalendar"/> for every implementation. A session
/// may open on the day before its date (CME) or close at midnight after it (24:00), so the queries look at the sessions of
/// the instant's exchange date and of the dates either side.
/// Instants are UTC (<see cref="DateTimeKind.Utc"/> or <see cref="DateTimeKind.Unspecified"/> read as UTC; a
/// <see cref="DateTimeKind.Local"/> value is refused with <see cref="ArgumentException"/>).
/// </summary>
internal static class TradingCalendarExtensions
{
    /// <summary>The exchange-local date of <paramref name="instantUtc"/>.</summary>
    public static DateOnly ExchangeDate(this ITradingCalendar calendar, DateTime instantUtc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(RequireUtc(instantUtc), calendar.TimeZone));

    /// <summary>
    /// The longest intraday interval, in minutes, that fits a regular session of <paramref name="calendar"/>: its longest
    /// session for a calendar built from a definition, else <see cref="Interval.MaxIntradayMinutes"/> (a US equity day).
    /// </summary>
    public static int MaxIntradayMinutes(this ITradingCalendar calendar) =>
        calendar is RuleBasedTradingCalendar rules ? rules.MaxIntradayMinutes : Interval.MaxIntradayMinutes;

    /// <summary>The session in progress at <paramref name="instantUtc"/> (open ≤ instant &lt; close); false between sessions.</summary>
    /// <exception cref="CalendarRangeException">The instant's exchange date is outside the calendar's range.</exception>
    public static bool TrySessionContaining(this ITradingCalendar calendar, DateTime instantUtc, out TradingSession session)
    {
        var date = calendar.ExchangeDate(instantUtc);
        if (calendar.TryGetSession(date, out session) && session.Contains(instantUtc))
        {
            return true;
        }

        if ((TryGetSessionInRange(calendar, date.AddDays(1), out session) && session.Contains(instantUtc))
            || (TryGetSessionInRange(calendar, date.AddDays(-1), out session) && session.Contains(instantUtc)))
        {
            return true;
        }

        session = default;
        return false;
    }

    /// <summary>
    /// The last session that opened at or before <paramref name="instantUtc"/>: the session in progress, or else the
    /// most recent one that has closed.
    /// </summary>
    /// <exception cref="CalendarRangeException">The answer lies outside the calendar's range.</exception>
    public static TradingSession SessionAtOrBefore(this ITradingCalendar calendar, DateTime instantUtc)
    {
        var date = calendar.ExchangeDate(instantUtc);
        if (TryGetSessionInRange(calendar, date.AddDays(1), out var next) && next.OpenUtc <= instantUtc)
        {
            return next;
        }

        return calendar.TryGetSession(date, out var session) && session.OpenUtc <= instantUtc
            ? session
            : calendar.PreviousSession(date);
    }

    /// <summary>
    /// The first session that has not closed at <paramref name="instantUtc"/>: the session in progress, or else the next
    /// one to open.
    /// </summary>
    /// <exception cref="CalendarRangeException">The answer lies outside the calendar's range.</exception>
    public static TradingSession SessionAtOrAfter(this ITradingCalendar calendar, DateTime instantUtc)
    {
        var date = calendar.ExchangeDate(instantUtc);
        if (TryGetSessionInRange(calendar, date.AddDays(-1), out var previous) && previous.CloseUtc > instantUtc)
        {
            return previous;
        }

        return calendar.TryGetSession(date, out var session) && session.CloseUtc > instantUtc
            ? session
            : calendar.NextSession(date);
    }

    // The session on a neighbouring date; false (not an exception) when the date is just outside the calendar's range.
    private static bool TryGetSessionInRange(ITradingCalendar calendar, DateOnly date, out TradingSession session)
    {
        if (date < calendar.FirstDate || date > calendar.LastDate)
        {
            session = default;
            return false;
        }

        return calendar.TryGetSession(date, out session);
    }

    internal static DateTime RequireUtc(DateTime instantUtc, string parameterName = "instantUtc")
    {
        if (instantUtc.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("The instant must be UTC, not a local time.", parameterName);
        }

        return DateTime.SpecifyKind(instantUtc, DateTimeKind.Utc);
    }
}
