using System;
using System.Globalization;

namespace Provisioning.Calendar.Definitions;

/// <summary>A fixed day of a month in every year.</summary>
internal sealed class FixedDateRule : DateRule
{
    private readonly int _month;
    private readonly int _day;

    public FixedDateRule(int month, int day)
    {
        // 2001 is not a leap year, so 29 February is refused: a rule must name a date in every year.
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2001, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{month}-{day} is not a day that exists in every year.");
        }

        _month = month;
        _day = day;
    }

    public override DateOnly DateIn(int year) => new(year, _month, _day);

    public override string ToString() =>
        new DateOnly(2001, _month, _day).ToString("d MMMM", CultureInfo.InvariantCulture);
}
