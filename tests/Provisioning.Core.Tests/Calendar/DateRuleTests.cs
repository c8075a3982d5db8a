using System;
using Provisioning.Calendar.Definitions;

namespace Provisioning.Core.Tests.Calendar;

public sealed class DateRuleTests
{
    [Theory]
    // Western Easter Sunday from published tables.
    [InlineData(1990, "1990-04-15")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_Sunday(int year, string date)
    {
        Assert.Equal(Date(date), DateRule.Easter(0).DateIn(year));
        Assert.Equal(Date(date).AddDays(-2), DateRule.Easter(-2).DateIn(year));
    }

    [Theory]
    [InlineData(2024, "2024-01-15")] // MLK: third Monday of January
    [InlineData(2025, "2025-01-20")]
    [InlineData(2023, "2023-01-16")]
    public void Third_Monday_of_January(int year, string date)
    {
        Assert.Equal(Date(date), DateRule.NthWeekday(1, DayOfWeek.Monday, 3).DateIn(year));
    }

    [Theory]
    [InlineData(2024, "2024-11-28", "2024-11-29")]
    [InlineData(2023, "2023-11-23", "2023-11-24")]
    [InlineData(2027, "2027-11-25", "2027-11-26")]
    public void Fourth_Thursday_of_November_and_the_day_after(int year, string thanksgiving, string dayAfter)
    {
        var rule = DateRule.NthWeekday(11, DayOfWeek.Thursday, 4);
        Assert.Equal(Date(thanksgiving), rule.DateIn(year));
        Assert.Equal(Date(dayAfter), rule.Plus(1).DateIn(year));
    }

    [Theory]
    [InlineData(2024, "2024-05-27")] // Memorial Day: last Monday of May
    [InlineData(2027, "2027-05-31")]
    [InlineData(2021, "2021-05-31")]
    public void Last_Monday_of_May(int year, string date)
    {
        Assert.Equal(Date(date), DateRule.LastWeekday(5, DayOfWeek.Monday).DateIn(year));
    }

    [Fact]
    public void Rules_that_would_not_name_a_date_every_year_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DateRule.Fixed(2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateRule.Fixed(13, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateRule.Fixed(4, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateRule.NthWeekday(5, DayOfWeek.Monday, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateRule.NthWeekday(0, DayOfWeek.Monday, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateRule.LastWeekday(13, DayOfWeek.Monday));
    }

    [Fact]
    public void Rules_describe_themselves()
    {
        Assert.Equal("4 July", DateRule.Fixed(7, 4).ToString());
        Assert.Equal("third Monday of January", DateRule.NthWeekday(1, DayOfWeek.Monday, 3).ToString());
        Assert.Equal("last Monday of May", DateRule.LastWeekday(5, DayOfWeek.Monday).ToString());
        Assert.Equal("Easter Sunday -2 days", DateRule.Easter(-2).ToString());
        Assert.Equal("fourth Thursday of November +1 days", DateRule.NthWeekday(11, DayOfWeek.Thursday, 4).Plus(1).ToString());
    }

    [Theory]
    // 4 July: 2020 Saturday, 2021 Sunday, 2024 Thursday. The observance by name: the enum is internal to Core.
    [InlineData(nameof(WeekendObservance.SaturdayToFridaySundayToMonday), 2020, "2020-07-03")]
    [InlineData(nameof(WeekendObservance.SaturdayToFridaySundayToMonday), 2021, "2021-07-05")]
    [InlineData(nameof(WeekendObservance.SaturdayToFridaySundayToMonday), 2024, "2024-07-04")]
    [InlineData(nameof(WeekendObservance.SundayToMondayOnly), 2020, null)]
    [InlineData(nameof(WeekendObservance.SundayToMondayOnly), 2021, "2021-07-05")]
    [InlineData(nameof(WeekendObservance.None), 2020, null)]
    [InlineData(nameof(WeekendObservance.None), 2021, null)]
    [InlineData(nameof(WeekendObservance.None), 2024, "2024-07-04")]
    [InlineData(nameof(WeekendObservance.PreviousWeekday), 2020, "2020-07-03")]
    [InlineData(nameof(WeekendObservance.PreviousWeekday), 2021, "2021-07-02")]
    [InlineData(nameof(WeekendObservance.NextWeekday), 2020, "2020-07-06")]
    [InlineData(nameof(WeekendObservance.NextWeekday), 2021, "2021-07-05")]
    [InlineData(nameof(WeekendObservance.SundayToNextFreeWeekday), 2020, null)]
    [InlineData(nameof(WeekendObservance.SundayToNextFreeWeekday), 2021, "2021-07-05")]
    public void Holiday_observance(string observanceName, int year, string? observed)
    {
        var observance = Enum.Parse<WeekendObservance>(observanceName);
        var rule = new HolidayRule("Independence Day", DateRule.Fixed(7, 4), observance);
        Assert.Equal(observed is null ? null : Date(observed), rule.ObservedDateIn(year));
    }

    [Fact]
    public void Holiday_years_bound_the_rule()
    {
        var juneteenth = new HolidayRule("Juneteenth", DateRule.Fixed(6, 19), WeekendObservance.SaturdayToFridaySundayToMonday, FirstYear: 2022, LastYear: 2030);
        Assert.Null(juneteenth.ObservedDateIn(2021));
        Assert.Equal(Date("2022-06-20"), juneteenth.ObservedDateIn(2022));
        Assert.Equal(Date("2030-06-19"), juneteenth.ObservedDateIn(2030));
        Assert.Null(juneteenth.ObservedDateIn(2031));
    }

    [Fact]
    public void Early_close_rule_filters_by_day_of_week_and_year()
    {
        // 3 July: 2023 Monday, 2024 Wednesday, 2025 Thursday.
        var rule = new EarlyCloseRule("Day before Independence Day", DateRule.Fixed(7, 3), new TimeOnly(13, 0), [DayOfWeek.Monday, DayOfWeek.Thursday], FirstYear: 2024);
        Assert.Null(rule.DateIn(2023));
        Assert.Null(rule.DateIn(2024));
        Assert.Equal(Date("2025-07-03"), rule.DateIn(2025));

        var anyDay = new EarlyCloseRule("Christmas Eve", DateRule.Fixed(12, 24), new TimeOnly(13, 0));
        Assert.Equal(Date("2024-12-24"), anyDay.DateIn(2024));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
