using System;

namespace Provisioning.Calendar.Definitions;

/// <summary>
/// A recurring full-day closure: a named date rule, the years it applied (the year of the holiday itself, not of the
/// day it is observed on) and what happens when it falls on a weekend.
/// </summary>
/// <param name="Name">The holiday's name, such as "Independence Day".</param>
/// <param name="Date">The rule that gives the holiday's date in a year.</param>
/// <param name="Observance">Where a weekend occurrence moves to.</param>
/// <param name="FirstYear">The first year the exchange closed for it; null when it applies from the start of the definition.</param>
/// <param name="LastYear">The last year the exchange closed for it; null when it still applies.</param>
public sealed record HolidayRule(
    string Name,
    DateRule Date,
    WeekendObservance Observance,
    int? FirstYear = null,
    int? LastYear = null)
{
    /// <summary>True when the rule applied in <paramref name="year"/>.</summary>
    public bool AppliesIn(int year) => (FirstYear is null || year >= FirstYear) && (LastYear is null || year <= LastYear);

    /// <summary>
    /// The date the exchange is closed for this holiday in <paramref name="year"/> after weekend observance, or null when the
    /// rule did not apply that year or the holiday falls on a weekend that is not observed.
    /// </summary>
    public DateOnly? ObservedDateIn(int year)
    {
        if (!AppliesIn(year))
        {
            return null;
        }

        var date = Date.DateIn(year);
        return (date.DayOfWeek, Observance) switch
        {
            (DayOfWeek.Saturday, WeekendObservance.SaturdayToFridaySundayToMonday) => date.AddDays(-1),
            (DayOfWeek.Sunday, WeekendObservance.SaturdayToFridaySundayToMonday) => date.AddDays(1),
            (DayOfWeek.Sunday, WeekendObservance.SundayToMondayOnly) => date.AddDays(1),
            (DayOfWeek.Saturday or DayOfWeek.Sunday, _) => null,
            _ => date,
        };
    }
}
