using System;
using System.Collections.Generic;
using System.Linq;

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
internal sealed record HolidayRule(
    string Name,
    DateRule Date,
    WeekendObservance Observance,
    int? FirstYear = null,
    int? LastYear = null)
{
    /// <summary>Years inside FirstYear..LastYear the rule did not apply (a holiday moved once, such as a jubilee year).</summary>
    public IReadOnlyList<int> ExceptYears { get; init; } = [];

    /// <summary>True when the rule applied in <paramref name="year"/>.</summary>
    public bool AppliesIn(int year) =>
        (FirstYear is null || year >= FirstYear) && (LastYear is null || year <= LastYear) && !ExceptYears.Contains(year);

    /// <summary>
    /// The date the exchange is closed for this holiday in <paramref name="year"/> after weekend observance, or null when the
    /// rule did not apply that year or the holiday falls on a weekend that is not observed. The "free weekday" observances
    /// here ignore other holidays; the calendar engine resolves them against the whole year.
    /// </summary>
    public DateOnly? ObservedDateIn(int year) =>
        AppliesIn(year) ? Definitions.Observance.Apply(Date.DateIn(year), Observance) : null;
}
