using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Intervals;

public sealed class IntervalRoundTripTests
{
    // Every supported interval: an intraday interval is a whole number of seconds from 1 to 86,400 (a day, 1440 minutes),
    // plus 1..366 days and 1..53 weeks: 86,400 + 366 + 53 = 86,819 intervals.
    private static IEnumerable<Interval> EveryInterval()
    {
        for (var seconds = 1; seconds <= 86_400; seconds++)
        {
            yield return Interval.Seconds(seconds);
        }

        for (var days = 1; days <= 366; days++)
        {
            yield return Interval.Days(days);
        }

        for (var weeks = 1; weeks <= 53; weeks++)
        {
            yield return Interval.Weeks(weeks);
        }
    }

    // The canonical spelling of an intraday length, by the rule "largest unit that divides evenly", written here
    // independently of the parser.
    private static string CanonicalText(int seconds) =>
        seconds % 3600 == 0 ? (seconds / 3600).ToString(CultureInfo.InvariantCulture) + "h"
        : seconds % 60 == 0 ? (seconds / 60).ToString(CultureInfo.InvariantCulture) + "m"
        : seconds.ToString(CultureInfo.InvariantCulture) + "s";

    [Fact]
    public void There_are_86819_distinct_intervals()
    {
        Assert.Equal(86_819, EveryInterval().Distinct().Count());
    }

    [Fact]
    public void Parse_of_format_is_the_identity_and_the_formatted_text_is_canonical()
    {
        foreach (var interval in EveryInterval())
        {
            var text = interval.ToString();
            var result = IntervalParser.Parse(text);

            Assert.True(result.Success, text);
            Assert.True(result.IsCanonical, text);
            Assert.Equal(interval, result.Interval);
        }
    }

    [Fact]
    public void Format_of_parse_of_any_seconds_minutes_or_hours_spelling_is_the_canonical_text()
    {
        for (var seconds = 1; seconds <= 86_400; seconds++)
        {
            var expected = CanonicalText(seconds);
            var spellings = new List<string> { seconds.ToString(CultureInfo.InvariantCulture) + "s", seconds.ToString(CultureInfo.InvariantCulture) + " seconds" };
            if (seconds % 60 == 0)
            {
                spellings.Add((seconds / 60).ToString(CultureInfo.InvariantCulture) + "m");
                spellings.Add((seconds / 60).ToString(CultureInfo.InvariantCulture) + "MIN");
            }

            if (seconds % 3600 == 0)
            {
                spellings.Add((seconds / 3600).ToString(CultureInfo.InvariantCulture) + "H");
            }

            foreach (var spelling in spellings)
            {
                var result = IntervalParser.Parse(spelling);
                Assert.True(result.Success, spelling);
                Assert.Equal(expected, result.Interval.ToString());
                Assert.Equal(spelling == expected, result.IsCanonical);
                Assert.True(IntervalParser.Parse(result.Interval.ToString()).IsCanonical, spelling);
            }
        }
    }

    [Fact]
    public void Format_of_parse_of_day_and_week_spellings_is_the_canonical_text()
    {
        for (var days = 1; days <= 366; days++)
        {
            var n = days.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(n + "d", IntervalParser.Parse(n + "D").Interval.ToString());
            Assert.Equal(n + "d", IntervalParser.Parse(n + " days").Interval.ToString());
        }

        for (var weeks = 1; weeks <= 53; weeks++)
        {
            var n = weeks.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(n + "w", IntervalParser.Parse(n + "wk").Interval.ToString());
            Assert.Equal(n + "w", IntervalParser.Parse(n + " weeks").Interval.ToString());
        }
    }

    [Fact]
    public void Equal_intervals_have_equal_hash_codes_and_compare_as_equal()
    {
        var byText = new Dictionary<Interval, string>();
        foreach (var interval in EveryInterval())
        {
            var again = IntervalParser.Parse(interval.ToString()).Interval;
            Assert.Equal(interval.GetHashCode(), again.GetHashCode());
            Assert.Equal(0, interval.CompareTo(again));
            byText.Add(interval, interval.ToString());
        }

        // All texts distinct as well: formatting is one-to-one.
        Assert.Equal(byText.Count, byText.Values.Distinct().Count());
    }
}
