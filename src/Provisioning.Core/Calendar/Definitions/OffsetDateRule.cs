using System;
using System.Globalization;

namespace Provisioning.Calendar.Definitions;

/// <summary>Another rule's date moved by a number of days.</summary>
internal sealed class OffsetDateRule : DateRule
{
    private readonly DateRule _inner;
    private readonly int _days;

    public OffsetDateRule(DateRule inner, int days)
    {
        _inner = inner;
        _days = days;
    }

    public override DateOnly DateIn(int year) => _inner.DateIn(year).AddDays(_days);

    public override string ToString() =>
        $"{_inner} {_days.ToString("+0;-0", CultureInfo.InvariantCulture)} days";
}
