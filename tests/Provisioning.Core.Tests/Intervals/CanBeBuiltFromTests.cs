using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Intervals;

public sealed class CanBeBuiltFromTests
{
    [Theory]
    // 300 s / 60 s = 5: five 1m bars make a 5m bar.
    [InlineData("5m", "1m", true)]
    // 300 s / 120 s = 2.5: 2m bars straddle 5m boundaries.
    [InlineData("5m", "2m", false)]
    [InlineData("15m", "5m", true)]
    [InlineData("5m", "5m", true)]
    // A shorter bar cannot be made from a longer one.
    [InlineData("1m", "5m", false)]
    // 3600 s / 90 s = 40.
    [InlineData("1h", "90s", true)]
    // 90 s / 60 s = 1.5.
    [InlineData("90s", "1m", false)]
    // 23400 s / 1800 s = 13.
    [InlineData("390m", "30m", true)]
    // A session bar is made from the session's intraday bars, whatever their length (the last is cut at the close).
    [InlineData("1d", "1m", true)]
    [InlineData("1d", "1h", true)]
    [InlineData("1d", "7m", true)]
    [InlineData("1d", "1d", true)]
    [InlineData("2d", "1d", true)]
    [InlineData("3d", "2d", false)]
    [InlineData("4d", "2d", true)]
    // A week's sessions are known from daily bars; 2-day bars straddle week boundaries.
    [InlineData("1w", "1d", true)]
    [InlineData("1w", "2d", false)]
    [InlineData("1w", "1m", true)]
    [InlineData("2w", "1w", true)]
    [InlineData("3w", "2w", false)]
    // Intraday bars cannot be made from session or week bars; days cannot be made from weeks.
    [InlineData("1h", "1d", false)]
    [InlineData("1m", "1w", false)]
    [InlineData("1d", "1w", false)]
    public void Builds_only_from_a_base_that_divides_it(string target, string baseText, bool expected)
    {
        var interval = IntervalParser.Parse(target).Interval;
        var baseInterval = IntervalParser.Parse(baseText).Interval;

        Assert.Equal(expected, interval.CanBeBuiltFrom(baseInterval));
    }
}
