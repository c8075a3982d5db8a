using System;
using System.Globalization;

namespace Provisioning.Calendar;

/// <summary>
/// How texts write an instant: "2024-11-25 21:00Z (the close of the 2024-11-25 session)", the date and where the instant
/// falls among the sessions, since a time at the previous close reads as today's time without them.
/// </summary>
internal static class SessionTimeText
{
    /// <summary>The instant and where it falls in the session at or before it; the instant alone outside the calendar's range.</summary>
    public static string Of(ITradingCalendar calendar, DateTime utc)
    {
        try
        {
            return Of(calendar.SessionAtOrBefore(utc), utc);
        }
        catch (CalendarRangeException)
        {
            return Instant(utc);
        }
    }

    /// <summary>The instant and where it falls relative to <paramref name="session"/>.</summary>
    public static string Of(TradingSession session, DateTime utc)
    {
        var date = session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var where = utc < session.OpenUtc ? "before the open of the " + date + " session"
            : utc == session.OpenUtc ? "the open of the " + date + " session"
            : utc < session.CloseUtc ? "in the " + date + " session"
            : utc == session.CloseUtc ? "the close of the " + date + " session"
            : "after the close of the " + date + " session";
        return Instant(utc) + " (" + where + ")";
    }

    private static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
