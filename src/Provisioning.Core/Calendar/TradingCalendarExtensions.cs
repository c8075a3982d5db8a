using System;

namespace Provisioning.Calendar;

/// <summary>
/// Instant-based queries the runtime needs, built on <see cref="ITradingCalendar"/> for every implementation. They assume
/// what every calendar here guarantees: a session opens and closes on its own exchange-local date.
/// Instants are UTC (<see cref="DateTimeKind.Utc"/> or <see cref="DateTimeKind.Unspecified"/> read as UTC; a
/// <see cref="DateTimeKind.Local"/> value is refused with <see cref="ArgumentException"/>).
/// </summary>
public static class TradingCalendarExtensions
{
    /// <summary>The exchange-local date of <paramref name="instantUtc"/>.</summary>
    public static DateOnly ExchangeDate(this ITradingCalendar calendar, DateTime instantUtc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(RequireUtc(instantUtc), calendar.TimeZone));

    /// <summary>The session in progress at <paramref name="instantUtc"/> (open ≤ instant &lt; close); false between sessions.</summary>
    /// <exception cref="CalendarRangeException">The instant's exchange date is outside the calendar's range.</exception>
    public static bool TrySessionContaining(this ITradingCalendar calendar, DateTime instantUtc, out TradingSession session)
    {
        if (calendar.TryGetSession(calendar.ExchangeDate(instantUtc), out session) && session.Contains(instantUtc))
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
        return calendar.TryGetSession(date, out var session) && session.CloseUtc > instantUtc
            ? session
            : calendar.NextSession(date);
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
