using System;

namespace Provisioning.Calendar.Definitions;

/// <summary>
/// The date of the March or September equinox in Japan Standard Time (UTC+9), from the approximation the Japanese almanac
/// uses for its holiday forecasts: day = floor(c + 0.242194 × (year − 1980) − floor((year − 1980) / 4)), with c fitted per
/// century (1900–2150). Japan's Vernal and Autumnal Equinox Days are these dates.
/// </summary>
internal sealed class EquinoxDateRule : DateRule
{
    public const int FirstYear = 1900;
    public const int LastYear = 2150;

    private readonly int _month;

    public EquinoxDateRule(int month)
    {
        if (month is not (3 or 9))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "An equinox is in March (3) or September (9).");
        }

        _month = month;
    }

    public override DateOnly DateIn(int year)
    {
        var constant = (_month, year) switch
        {
            (_, < FirstYear or > LastYear) => throw new ArgumentOutOfRangeException(nameof(year), year, $"The equinox approximation covers {FirstYear}..{LastYear}."),
            (3, < 1980) => 20.8357,
            (3, < 2100) => 20.8431,
            (3, _) => 21.8510,
            (_, < 1980) => 23.2588,
            (_, < 2100) => 23.2488,
            _ => 24.2488,
        };

        var years = year - 1980;
        var day = (int)Math.Floor(constant + (0.242194 * years) - Math.Floor(years / 4.0));
        return new DateOnly(year, _month, day);
    }

    public override string ToString() => _month == 3 ? "March equinox (JST)" : "September equinox (JST)";
}
