using System;

namespace Provisioning.Calendar;

/// <summary>A date was asked of a calendar outside the range it knows: an explicit error rather than a wrong answer.</summary>
public sealed class CalendarRangeException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception for <paramref name="date"/> outside <paramref name="first"/>..<paramref name="last"/>.</summary>
    public CalendarRangeException(string exchange, DateOnly date, DateOnly first, DateOnly last)
        : base(nameof(date), date, $"{exchange} calendar covers {first:yyyy-MM-dd}..{last:yyyy-MM-dd}; {date:yyyy-MM-dd} is outside it.")
    {
        Date = date;
    }

    /// <summary>The date that was asked.</summary>
    public DateOnly Date { get; }
}
