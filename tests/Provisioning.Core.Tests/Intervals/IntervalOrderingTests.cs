using System.Linq;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Intervals;

public sealed class IntervalOrderingTests
{
    [Fact]
    public void Intraday_orders_by_length_then_days_then_weeks()
    {
        // Lengths: 1s, 30s, 1m = 60s, 90s, 5m = 300s, 1h = 3600s, 90m = 5400s, 6h = 21600s, 390m = 23400s;
        // then day bars (any intraday bar is shorter than a session bar), then week bars.
        var expected = new[] { "1s", "30s", "1m", "90s", "5m", "1h", "90m", "6h", "390m", "1d", "2d", "366d", "1w", "2w", "53w" };
        var shuffled = new[] { "2w", "1d", "90s", "6h", "1w", "390m", "5m", "366d", "1s", "53w", "1h", "2d", "30s", "90m", "1m" };

        var sorted = shuffled.Select(t => IntervalParser.Parse(t).Interval).OrderBy(i => i).Select(i => i.ToString());

        Assert.Equal(expected, sorted);
    }

    [Fact]
    public void Comparison_operators_agree_with_CompareTo()
    {
        var fiveMinutes = Interval.Minutes(5);
        var oneHour = IntervalParser.Parse("60m").Interval;
        var oneDay = Interval.Days(1);

        Assert.True(fiveMinutes < oneHour);
        Assert.True(oneHour > fiveMinutes);
        Assert.True(oneHour <= Interval.Hours(1));
        Assert.True(oneHour >= Interval.Hours(1));
        Assert.True(oneHour == Interval.Hours(1));
        Assert.True(oneHour != fiveMinutes);
        Assert.True(oneDay > Interval.Minutes(390));
        Assert.True(Interval.Weeks(1) > Interval.Days(366));
        Assert.False(fiveMinutes > Interval.Minutes(5));
        Assert.Equal(0, Interval.Minutes(120).CompareTo(Interval.Hours(2)));
        Assert.True(Interval.Seconds(59).CompareTo(Interval.Minutes(1)) < 0);
    }

    [Fact]
    public void Equality_works_through_object_and_hash_sets()
    {
        object boxed = Interval.Hours(1);

        Assert.True(Interval.Minutes(60).Equals(boxed));
        Assert.False(Interval.Minutes(60).Equals("1h"));
        Assert.Single(new[] { Interval.Minutes(60), Interval.Hours(1), Interval.Seconds(3600) }.Distinct());
    }
}
