using System;
using System.Collections.Generic;

namespace Provisioning.Calendar.Definitions;

/// <summary>Where a weekend date moves under a <see cref="WeekendObservance"/>.</summary>
internal static class Observance
{
    /// <summary>
    /// The observed date of <paramref name="date"/>, or null when a weekend date is not observed. <paramref name="isTaken"/>
    /// says which weekdays the "free" observances must skip; null skips none.
    /// </summary>
    public static DateOnly? Apply(DateOnly date, WeekendObservance observance, Func<DateOnly, bool>? isTaken = null)
    {
        var day = date.DayOfWeek;
        var weekend = day is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return (observance, day) switch
        {
            (_, _) when !weekend => date,
            (WeekendObservance.SaturdayToFridaySundayToMonday, DayOfWeek.Saturday) => date.AddDays(-1),
            (WeekendObservance.SaturdayToFridaySundayToMonday, _) => date.AddDays(1),
            (WeekendObservance.SundayToMondayOnly, DayOfWeek.Sunday) => date.AddDays(1),
            (WeekendObservance.PreviousWeekday, DayOfWeek.Saturday) => date.AddDays(-1),
            (WeekendObservance.PreviousWeekday, _) => date.AddDays(-2),
            (WeekendObservance.NextWeekday, DayOfWeek.Saturday) => date.AddDays(2),
            (WeekendObservance.NextWeekday, _) => date.AddDays(1),
            (WeekendObservance.NextFreeWeekday, _) => NextFreeWeekday(date, isTaken),
            (WeekendObservance.SundayToNextFreeWeekday, DayOfWeek.Sunday) => NextFreeWeekday(date, isTaken),
            _ => null,
        };
    }

    private static DateOnly NextFreeWeekday(DateOnly date, Func<DateOnly, bool>? isTaken)
    {
        // A week of holidays in a row would be needed to go further than that; the bound keeps a bad definition finite.
        var candidate = date.AddDays(1);
        for (var i = 0; i < 14; i++, candidate = candidate.AddDays(1))
        {
            if (candidate.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && isTaken?.Invoke(candidate) != true)
            {
                return candidate;
            }
        }

        return candidate;
    }

    /// <summary>True when <paramref name="days"/> holds <paramref name="day"/>.</summary>
    public static bool Contains(IReadOnlyList<DayOfWeek> days, DayOfWeek day)
    {
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i] == day)
            {
                return true;
            }
        }

        return false;
    }
}
