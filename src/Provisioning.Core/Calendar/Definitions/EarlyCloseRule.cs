using System;
using System.Collections.Generic;

namespace Provisioning.Calendar.Definitions;

/// <summary>
/// A recurring early close: the sessions on the rule's date close at <paramref name="Close"/> (local time on the session
/// date) in the years it applied, optionally only when the date falls on given days of the week. A date that is not a
/// session (a weekend or a holiday) is not affected: a closure always wins over an early close.
/// </summary>
/// <param name="Name">What the early close is, such as "Christmas Eve".</param>
/// <param name="Date">The rule that gives the date in a year.</param>
/// <param name="Close">The local close time on those days, such as 13:00.</param>
/// <param name="OnlyOn">The days of the week the rule applies on (after <see cref="Observance"/>); null or empty for any weekday.</param>
/// <param name="FirstYear">The first year the rule applied; null from the start of the definition.</param>
/// <param name="LastYear">The last year the rule applied; null when it still applies.</param>
internal sealed record EarlyCloseRule(
    string Name,
    DateRule Date,
    TimeOnly Close,
    IReadOnlyList<DayOfWeek>? OnlyOn = null,
    int? FirstYear = null,
    int? LastYear = null)
{
    /// <summary>Where a weekend date moves (July 4 on a Saturday shortens Friday 3 July at CME); none by default.</summary>
    public WeekendObservance Observance { get; init; } = WeekendObservance.None;

    /// <summary>The date this rule shortens in <paramref name="year"/>, or null when it does not apply that year.</summary>
    public DateOnly? DateIn(int year)
    {
        if ((FirstYear is not null && year < FirstYear) || (LastYear is not null && year > LastYear))
        {
            return null;
        }

        if (Definitions.Observance.Apply(Date.DateIn(year), Observance) is not { } date)
        {
            return null;
        }

        if (OnlyOn is { Count: > 0 } && !Definitions.Observance.Contains(OnlyOn, date.DayOfWeek))
        {
            return null;
        }

        return date;
    }
}
