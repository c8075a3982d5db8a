using System;
using System.Globalization;

namespace Provisioning.Calendar.Definitions;

/// <summary>The n-th occurrence of a day of the week in a month.</summary>
internal sealed class NthWeekdayDateRule : DateRule
{
    private readonly int _month;
    private readonly DayOfWeek _dayOfWeek;
    private readonly int _occurrence;

    public NthWeekdayDateRule(int month, DayOfWeek dayOfWeek, int occurrence)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1..12.");
        }

        // A fifth occurrence does not exist in every month of every year; use LastWeekday for "the last".
        if (occurrence is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(occurrence), occurrence, "The occurrence is 1..4.");
        }

        _month = month;
        _dayOfWeek = dayOfWeek;
        _occurrence = occurrence;
    }

    public override DateOnly DateIn(int year)
    {
        var first = new DateOnly(year, _month, 1);
        var toWeekday = ((int)_dayOfWeek - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toWeekday + (7 * (_occurrence - 1)));
    }

    public override string ToString() =>
        $"{Ordinal(_occurrence)} {_dayOfWeek} of {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(_month)}";

    private static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => "fourth",
    };
}
