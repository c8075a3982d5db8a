using System;
using System.Collections.Generic;

namespace Provisioning.Calendar.Definitions;

/// <summary>
/// An exchange's calendar as data: its time zone, regular hours, holiday rules, early-close rules and one-off dates,
/// and the range of dates the definition is trusted for. <see cref="RuleBasedTradingCalendar"/> turns a definition into
/// sessions; <see cref="Loading.ExchangeDefinitionReader"/> reads one from a JSON file (docs/calendars.md).
/// </summary>
/// <param name="Exchange">The ISO 10383 MIC, such as "XNYS", or another short name ("24/7").</param>
/// <param name="TimeZoneId">The IANA time zone id, such as "America/New_York".</param>
/// <param name="RegularOpen">The local open of a regular session, used when <see cref="Hours"/> is empty.</param>
/// <param name="RegularClose">The local close of a regular session on the same date, used when <see cref="Hours"/> is empty.</param>
/// <param name="FirstDate">The first date the definition answers for.</param>
/// <param name="LastDate">The last date the definition answers for.</param>
/// <param name="Holidays">The recurring full-day closures.</param>
/// <param name="EarlyCloses">The recurring early closes.</param>
/// <param name="OneOffClosures">Full-day closures outside the rules.</param>
/// <param name="OneOffEarlyCloses">Early closes outside the rules.</param>
internal sealed record ExchangeDefinition(
    string Exchange,
    string TimeZoneId,
    TimeOnly RegularOpen,
    TimeOnly RegularClose,
    DateOnly FirstDate,
    DateOnly LastDate,
    IReadOnlyList<HolidayRule> Holidays,
    IReadOnlyList<EarlyCloseRule> EarlyCloses,
    IReadOnlyList<OneOffClosure> OneOffClosures,
    IReadOnlyList<OneOffEarlyClose> OneOffEarlyCloses)
{
    /// <summary>Monday to Friday: the week of most exchanges.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>A human name for the exchange, such as "London Stock Exchange"; the MIC when none is given.</summary>
    public string? Name { get; init; }

    /// <summary>The days of the week that are sessions unless a holiday or closure says otherwise (the session date's day).</summary>
    public IReadOnlyList<DayOfWeek> TradingDays { get; init; } = Weekdays;

    /// <summary>
    /// The regular hours by period, in date order, the first with a null <see cref="SessionHours.From"/>; empty to use
    /// <see cref="RegularOpen"/>–<see cref="RegularClose"/> on the session date for the whole range.
    /// </summary>
    public IReadOnlyList<SessionHours> Hours { get; init; } = [];

    /// <summary>Sessions that opened at another time than the regular open.</summary>
    public IReadOnlyList<OneOffOpen> OneOffOpens { get; init; } = [];

    /// <summary>
    /// True when a weekday between two holidays is closed too (Japan's citizens' holiday: 22 September 2015 between
    /// Respect for the Aged Day and the Autumnal Equinox).
    /// </summary>
    public bool CloseDaysBetweenHolidays { get; init; }

    /// <summary>The hours periods the engine uses: <see cref="Hours"/>, or one period from the regular open and close.</summary>
    public IReadOnlyList<SessionHours> EffectiveHours => Hours.Count > 0
        ? Hours
        : [new SessionHours(null, SessionTime.OnDate(RegularOpen), SessionTime.OnDate(RegularClose))];
}
