using System;
using System.Globalization;

namespace Provisioning.Calendar.Definitions;

/// <summary>The last occurrence of a day of the week in a month.</summary>
internal sealed class LastWeekdayDateRule : DateRule
{
    private readonly int _month;
    private readonly DayOfWeek _dayOfWeek;

    public LastWeekdayDateRule(int month, DayOfWeek dayOfWeek)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1..12.");
        }

        _month = month;
        _dayOfWeek = dayOfWeek;
    }

    public override DateOnly DateIn(int year)
    {
        var last = new DateOnly(year, _month, DateTime.DaysInMonth(year, _month));
        var back = ((int)last.DayOfWeek - (int)_dayOfWeek + 7) % 7;
        return last.AddDays(-back);
    }

    public override string ToString() =>
        $"last {_dayOfWeek} of {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(_month)}";
}
