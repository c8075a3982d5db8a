using System;

namespace Provisioning.Calendar.Definitions;

/// <summary>
/// A rule that names one date in a given year, such as "25 December", "the third Monday of January" or
/// "two days before Easter Sunday". Holiday and early-close rules of an <see cref="ExchangeDefinition"/> are built from these.
/// </summary>
internal abstract class DateRule
{
    /// <summary>The date the rule names in <paramref name="year"/>.</summary>
    public abstract DateOnly DateIn(int year);

    /// <summary>A fixed day of a month, such as 4 July.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month or day is not a valid calendar day (29 February is refused).</exception>
    public static DateRule Fixed(int month, int day) => new FixedDateRule(month, day);

    /// <summary>The <paramref name="occurrence"/>-th (1..4) <paramref name="dayOfWeek"/> of a month, such as the fourth Thursday of November.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1..12 or the occurrence is not 1..4.</exception>
    public static DateRule NthWeekday(int month, DayOfWeek dayOfWeek, int occurrence) =>
        new NthWeekdayDateRule(month, dayOfWeek, occurrence);

    /// <summary>The last <paramref name="dayOfWeek"/> of a month, such as the last Monday of May.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1..12.</exception>
    public static DateRule LastWeekday(int month, DayOfWeek dayOfWeek) => new LastWeekdayDateRule(month, dayOfWeek);

    /// <summary>A day relative to Western (Gregorian) Easter Sunday: -2 is Good Friday.</summary>
    public static DateRule Easter(int offsetDays) => new EasterDateRule(offsetDays);

    /// <summary>The March (3) or September (9) equinox date in Japan Standard Time (Japan's Vernal and Autumnal Equinox Days).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 3 or 9.</exception>
    public static DateRule Equinox(int month) => new EquinoxDateRule(month);

    /// <summary>This rule's date moved by <paramref name="days"/> (the day after Thanksgiving is Thanksgiving plus one).</summary>
    public DateRule Plus(int days) => new OffsetDateRule(this, days);
}
