using System;
using Provisioning.Calendar.Definitions;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>
/// The New York Stock Exchange (XNYS) as data: regular session 09:30–16:00 America/New_York, its holidays with the years
/// each applied and their weekend observance, its 13:00 (and, up to 1992, 14:00) early closes, and its one-off closures
/// and early closes.
/// </summary>
/// <remarks>
/// <para>Range: 1990-01-01 to 2035-12-31. The rules reproduce every session of 1990-01-02..2023-01-13 as published by the
/// exchange_calendars project and NYSE's published holiday and early-close schedules through 2027. Dates after the last
/// published schedule follow the rules; a closure nobody can know yet (a national day of mourning, a storm) cannot be in
/// them, so the definition must gain a one-off entry when one is announced.</para>
/// <para>Sources for the rules: NYSE Rule 7.2 (Saturday holidays are observed the Friday before, Sunday holidays the Monday
/// after, except New Year's Day on a Saturday, which is not observed) and NYSE's yearly holiday announcements.</para>
/// </remarks>
internal static class XnysLegacyDefinition
{
    /// <summary>The MIC of the New York Stock Exchange.</summary>
    public const string Mic = "XNYS";

    /// <summary>The first date the definition answers for.</summary>
    public static readonly DateOnly FirstDate = new(1990, 1, 1);

    /// <summary>The last date the definition answers for: rules beyond NYSE's published schedules, without unknowable one-off closures.</summary>
    public static readonly DateOnly LastDate = new(2035, 12, 31);

    private static readonly TimeOnly OnePm = new(13, 0);
    private static readonly TimeOnly TwoPm = new(14, 0);

    /// <summary>Builds the XNYS definition.</summary>
    public static ExchangeDefinition Create() => new(
        Mic,
        "America/New_York",
        RegularOpen: new TimeOnly(9, 30),
        RegularClose: new TimeOnly(16, 0),
        FirstDate,
        LastDate,
        Holidays:
        [
            new("New Year's Day", DateRule.Fixed(1, 1), WeekendObservance.SundayToMondayOnly),
            new("Martin Luther King Jr. Day", DateRule.NthWeekday(1, DayOfWeek.Monday, 3), WeekendObservance.None, FirstYear: 1998),
            new("Washington's Birthday", DateRule.NthWeekday(2, DayOfWeek.Monday, 3), WeekendObservance.None),
            new("Good Friday", DateRule.Easter(-2), WeekendObservance.None),
            new("Memorial Day", DateRule.LastWeekday(5, DayOfWeek.Monday), WeekendObservance.None),
            new("Juneteenth National Independence Day", DateRule.Fixed(6, 19), WeekendObservance.SaturdayToFridaySundayToMonday, FirstYear: 2022),
            new("Independence Day", DateRule.Fixed(7, 4), WeekendObservance.SaturdayToFridaySundayToMonday),
            new("Labor Day", DateRule.NthWeekday(9, DayOfWeek.Monday, 1), WeekendObservance.None),
            new("Thanksgiving Day", ThanksgivingDay, WeekendObservance.None),
            new("Christmas Day", DateRule.Fixed(12, 25), WeekendObservance.SaturdayToFridaySundayToMonday),
        ],
        EarlyCloses:
        [
            new("Day before Independence Day", DateRule.Fixed(7, 3), OnePm, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday], FirstYear: 1995),
            new("Day before Independence Day (Wednesday)", DateRule.Fixed(7, 3), OnePm, [DayOfWeek.Wednesday], FirstYear: 2013),
            new("Day after Independence Day (Friday)", DateRule.Fixed(7, 5), OnePm, [DayOfWeek.Friday], FirstYear: 1995, LastYear: 2012),
            new("Day after Thanksgiving", ThanksgivingDay.Plus(1), TwoPm, FirstYear: 1992, LastYear: 1992),
            new("Day after Thanksgiving", ThanksgivingDay.Plus(1), OnePm, FirstYear: 1993),
            new("Christmas Eve", DateRule.Fixed(12, 24), TwoPm, LastYear: 1992),
            new("Christmas Eve", DateRule.Fixed(12, 24), OnePm, FirstYear: 1993),
        ],
        OneOffClosures:
        [
            new(new DateOnly(1994, 4, 27), "National day of mourning for President Richard Nixon"),
            new(new DateOnly(2001, 9, 11), "Terrorist attacks of 11 September"),
            new(new DateOnly(2001, 9, 12), "Terrorist attacks of 11 September"),
            new(new DateOnly(2001, 9, 13), "Terrorist attacks of 11 September"),
            new(new DateOnly(2001, 9, 14), "Terrorist attacks of 11 September"),
            new(new DateOnly(2004, 6, 11), "National day of mourning for President Ronald Reagan"),
            new(new DateOnly(2007, 1, 2), "National day of mourning for President Gerald Ford"),
            new(new DateOnly(2012, 10, 29), "Hurricane Sandy"),
            new(new DateOnly(2012, 10, 30), "Hurricane Sandy"),
            new(new DateOnly(2018, 12, 5), "National day of mourning for President George H. W. Bush"),
            new(new DateOnly(2025, 1, 9), "National day of mourning for President Jimmy Carter"),
        ],
        OneOffEarlyCloses:
        [
            new(new DateOnly(1997, 12, 26), OnePm, "Day after Christmas"),
            new(new DateOnly(1999, 12, 31), OnePm, "New Year's Eve 1999"),
            new(new DateOnly(2003, 12, 26), OnePm, "Day after Christmas"),
        ]);

    private static DateRule ThanksgivingDay => DateRule.NthWeekday(11, DayOfWeek.Thursday, 4);
}
