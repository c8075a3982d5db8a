using System;
using System.Globalization;

namespace Provisioning.Calendar.Definitions;

/// <summary>
/// A local time of a session relative to its date: 17:00 on the day before (CMES opens the evening before), 09:30 on the
/// day itself, or 24:00 (midnight at the end of the day, for round-the-clock markets).
/// </summary>
/// <param name="DayOffset">Days from the session date: -1 the evening before, 0 the date itself, 1 the next day.</param>
/// <param name="Time">The local time of day on that day.</param>
internal readonly record struct SessionTime(int DayOffset, TimeOnly Time) : IComparable<SessionTime>
{
    /// <summary>The time as an offset from the local midnight that starts the session date (negative the evening before).</summary>
    public TimeSpan Offset => TimeSpan.FromDays(DayOffset) + Time.ToTimeSpan();

    /// <summary>A time on the session date itself.</summary>
    public static SessionTime OnDate(TimeOnly time) => new(0, time);

    /// <summary>The local date and time of this time for the session on <paramref name="date"/>.</summary>
    public DateTime On(DateOnly date) => date.AddDays(DayOffset).ToDateTime(Time, DateTimeKind.Unspecified);

    public int CompareTo(SessionTime other) => Offset.CompareTo(other.Offset);

    public static bool operator <(SessionTime left, SessionTime right) => left.CompareTo(right) < 0;

    public static bool operator >(SessionTime left, SessionTime right) => left.CompareTo(right) > 0;

    public static bool operator <=(SessionTime left, SessionTime right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SessionTime left, SessionTime right) => left.CompareTo(right) >= 0;

    public override string ToString()
    {
        var text = Time.ToString("HH\\:mm", CultureInfo.InvariantCulture);
        return DayOffset switch
        {
            0 => text,
            -1 => text + " the day before",
            1 when Time == TimeOnly.MinValue => "24:00",
            _ => $"{text} ({DayOffset.ToString("+0;-0", CultureInfo.InvariantCulture)} days)",
        };
    }
}
