using System;
using System.Globalization;

namespace Provisioning.Calendar.Definitions;

/// <summary>A day relative to Western Easter Sunday (Gregorian computus).</summary>
internal sealed class EasterDateRule : DateRule
{
    private readonly int _offsetDays;

    public EasterDateRule(int offsetDays)
    {
        _offsetDays = offsetDays;
    }

    public override DateOnly DateIn(int year) => EasterSunday(year).AddDays(_offsetDays);

    public override string ToString() => _offsetDays == 0
        ? "Easter Sunday"
        : $"Easter Sunday {_offsetDays.ToString("+0;-0", CultureInfo.InvariantCulture)} days";

    /// <summary>The anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var monthAndDay = h + l - (7 * m) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }
}
