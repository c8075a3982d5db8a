using System;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Intervals;

public sealed class IntervalParserTests
{
    // text, expected count, expected unit, expected canonical text, is the input already canonical
    public static TheoryData<string, int, IntervalUnit, string, bool> ValidTexts => new()
    {
        { "1s", 1, IntervalUnit.Second, "1s", true },
        { "1m", 1, IntervalUnit.Minute, "1m", true },
        { "5m", 5, IntervalUnit.Minute, "5m", true },
        { "1h", 1, IntervalUnit.Hour, "1h", true },
        { "6h", 6, IntervalUnit.Hour, "6h", true },
        { "1d", 1, IntervalUnit.Day, "1d", true },
        { "2d", 2, IntervalUnit.Day, "2d", true },
        { "1w", 1, IntervalUnit.Week, "1w", true },
        // 390 minutes is exactly 09:30-16:00; 390 is not a multiple of 60, so it stays in minutes.
        { "390m", 390, IntervalUnit.Minute, "390m", true },
        // 23400 s = 390 min, a whole XNYS session spelled in seconds.
        { "23400s", 390, IntervalUnit.Minute, "390m", false },
        // 7 h = 420 min: longer than XNYS's session, which the calendar checks, but a 24/7 market takes it.
        { "7h", 7, IntervalUnit.Hour, "7h", true },
        { "12h", 12, IntervalUnit.Hour, "12h", true },
        // 1440 min = 24 h, a whole 24/7 day: the longest intraday interval; a minute bar, not a session bar (1d).
        { "24h", 24, IntervalUnit.Hour, "24h", true },
        { "1440m", 24, IntervalUnit.Hour, "24h", false },
        // 86400 s = 24 h.
        { "86400s", 24, IntervalUnit.Hour, "24h", false },
        // 60 min = 1 h: the largest unit that divides evenly.
        { "60m", 1, IntervalUnit.Hour, "1h", false },
        // 120 s = 2 min.
        { "120s", 2, IntervalUnit.Minute, "2m", false },
        // 90 s is not a whole number of minutes: it stays 90s.
        { "90s", 90, IntervalUnit.Second, "90s", true },
        // 3600 s = 60 min = 1 h.
        { "3600s", 1, IntervalUnit.Hour, "1h", false },
        // 90 min is 1.5 h: not a whole hour, stays in minutes.
        { "90m", 90, IntervalUnit.Minute, "90m", true },
        { "5min", 5, IntervalUnit.Minute, "5m", false },
        { "5mins", 5, IntervalUnit.Minute, "5m", false },
        { "15 minutes", 15, IntervalUnit.Minute, "15m", false },
        { "1H", 1, IntervalUnit.Hour, "1h", false },
        { "2hr", 2, IntervalUnit.Hour, "2h", false },
        { "1D", 1, IntervalUnit.Day, "1d", false },
        { "1 day", 1, IntervalUnit.Day, "1d", false },
        { "1wk", 1, IntervalUnit.Week, "1w", false },
        { "2 weeks", 2, IntervalUnit.Week, "2w", false },
        { "30sec", 30, IntervalUnit.Second, "30s", false },
        { "5MIN", 5, IntervalUnit.Minute, "5m", false },
        { "05m", 5, IntervalUnit.Minute, "5m", false },
        // Surrounding white space is accepted and makes the text non-canonical.
        { " 5m ", 5, IntervalUnit.Minute, "5m", false },
        { "\t1d\n", 1, IntervalUnit.Day, "1d", false },
        { "5 m", 5, IntervalUnit.Minute, "5m", false },
        // Day and week limits are inclusive.
        { "366d", 366, IntervalUnit.Day, "366d", true },
        { "53w", 53, IntervalUnit.Week, "53w", true },
    };

    // text, expected error, a part of the reason that must be there
    public static TheoryData<string?, object, string> InvalidTexts => new()
    {
        { null, IntervalParseError.Empty, "An interval is required" },
        { "", IntervalParseError.Empty, "An interval is required" },
        { "  ", IntervalParseError.Empty, "An interval is required" },
        { "\t\n", IntervalParseError.Empty, "An interval is required" },
        { "7x", IntervalParseError.UnknownUnit, "unknown unit \"x\"" },
        { "5mo", IntervalParseError.UnknownUnit, "unknown unit \"mo\"" },
        { "5 lightyears", IntervalParseError.UnknownUnit, "unknown unit \"lightyears\"" },
        { "0m", IntervalParseError.ZeroCount, "\"0m\" is zero" },
        { "0d", IntervalParseError.ZeroCount, "\"0d\" is zero" },
        { "-5m", IntervalParseError.NegativeCount, "\"-5m\" is negative" },
        { "-1d", IntervalParseError.NegativeCount, "is negative" },
        { "1.5h", IntervalParseError.FractionalCount, "\"1.5h\" has a fractional count" },
        { "2,5m", IntervalParseError.FractionalCount, "fractional count" },
        { "5", IntervalParseError.MissingUnit, "\"5\" has no unit" },
        { "m", IntervalParseError.MissingCount, "\"m\" does not start with a whole number" },
        { "x5", IntervalParseError.MissingCount, "does not start with a whole number" },
        { "-", IntervalParseError.MissingCount, "does not start with a whole number" },
        { "5M", IntervalParseError.AmbiguousUnit, "\"M\" means months in some tools and minutes in others" },
        { "5 M", IntervalParseError.AmbiguousUnit, "ambiguous" },
        // 1441 min = 24 h + 1 min: longer than any market's session.
        { "1441m", IntervalParseError.LongerThanSession, "\"1441m\" is longer than a day (1440 minutes)" },
        // 86401 s = 24 h + 1 s.
        { "86401s", IntervalParseError.LongerThanSession, "\"86401s\" is longer than a day" },
        { "25h", IntervalParseError.LongerThanSession, "use \"1d\" for one bar per session" },
        { "367d", IntervalParseError.CountTooLarge, "at most 366 sessions" },
        { "54w", IntervalParseError.CountTooLarge, "at most 53 weeks" },
        { "99999999999m", IntervalParseError.CountTooLarge, "too large" },
    };

    [Theory]
    [MemberData(nameof(ValidTexts))]
    public void Valid_text_parses_to_its_canonical_interval(string text, int count, IntervalUnit unit, string canonical, bool isCanonical)
    {
        var result = IntervalParser.Parse(text);

        Assert.True(result.Success, result.Reason);
        Assert.Equal(IntervalParseError.None, result.Error);
        Assert.Null(result.Reason);
        Assert.Equal(count, result.Interval.Count);
        Assert.Equal(unit, result.Interval.Unit);
        Assert.Equal(canonical, result.Interval.ToString());
        Assert.Equal(isCanonical, result.IsCanonical);
    }

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public void Invalid_text_gives_the_error_kind_and_a_reason(string? text, object error, string reasonPart)
    {
        var result = IntervalParser.Parse(text);

        Assert.False(result.Success);
        Assert.Equal((IntervalParseError)error, result.Error);
        Assert.NotNull(result.Reason);
        Assert.Contains(reasonPart, result.Reason, StringComparison.Ordinal);
        Assert.True(result.Interval.IsDefault);
        Assert.False(result.IsCanonical);
    }

    [Fact]
    public void Sixty_minutes_and_one_hour_are_the_same_interval()
    {
        Assert.Equal(IntervalParser.Parse("1h").Interval, IntervalParser.Parse("60m").Interval);
        Assert.Equal(Interval.Hours(1), Interval.Minutes(60));
        Assert.Equal(Interval.Minutes(2), Interval.Seconds(120));
    }

    [Fact]
    public void Minutes_never_become_days()
    {
        // 390 min is a whole session on a regular day, yet it is a minute bar, not a day bar.
        var minutes = IntervalParser.Parse("390m").Interval;

        Assert.True(minutes.IsIntraday);
        Assert.NotEqual(Interval.Days(1), minutes);
    }

    [Fact]
    public void TryParse_reports_success_and_failure_without_throwing()
    {
        Assert.True(Interval.TryParse("15m", out var fifteen));
        Assert.Equal(Interval.Minutes(15), fifteen);

        Assert.False(Interval.TryParse("15x", out var none));
        Assert.True(none.IsDefault);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("5m\05m")]
    [InlineData("٥m")]
    [InlineData("１m")]
    [InlineData("+")]
    [InlineData("--5m")]
    [InlineData("5.")]
    [InlineData("2147483648s")]
    [InlineData("2147483647w")]
    [InlineData("5m5m")]
    public void Odd_text_never_throws_and_is_refused_with_a_reason(string text)
    {
        var result = IntervalParser.Parse(text);

        Assert.False(result.Success);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Fact]
    public void A_long_text_is_shortened_in_the_reason()
    {
        var text = new string('9', 100) + "x";

        var result = IntervalParser.Parse(text);

        Assert.Equal(IntervalParseError.UnknownUnit, result.Error);
        Assert.DoesNotContain(text, result.Reason!, StringComparison.Ordinal);
        Assert.Contains("...", result.Reason!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, IntervalUnit.Minute, IntervalParseError.ZeroCount)]
    [InlineData(-5, IntervalUnit.Minute, IntervalParseError.NegativeCount)]
    [InlineData(1441, IntervalUnit.Minute, IntervalParseError.LongerThanSession)]
    [InlineData(int.MaxValue, IntervalUnit.Hour, IntervalParseError.LongerThanSession)]
    [InlineData(367, IntervalUnit.Day, IntervalParseError.CountTooLarge)]
    [InlineData(54, IntervalUnit.Week, IntervalParseError.CountTooLarge)]
    [InlineData(1, (IntervalUnit)99, IntervalParseError.UnknownUnit)]
    public void FromParts_refuses_what_Parse_refuses(int count, IntervalUnit unit, object error)
    {
        var result = IntervalParser.FromParts(count, unit);

        Assert.Equal((IntervalParseError)error, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Fact]
    public void Factories_throw_for_code_that_asks_for_an_invalid_interval()
    {
        // Factories are for code, not user text: a bad constant is a bug.
        Assert.Throws<ArgumentOutOfRangeException>(() => Interval.Minutes(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Interval.Hours(25));
        Assert.Throws<ArgumentOutOfRangeException>(() => Interval.Days(-1));
    }

    [Fact]
    public void IsIntraday_and_TotalSeconds_follow_the_unit()
    {
        Assert.True(Interval.Seconds(30).IsIntraday);
        Assert.True(Interval.Minutes(390).IsIntraday);
        Assert.True(Interval.Hours(6).IsIntraday);
        Assert.False(Interval.Days(1).IsIntraday);
        Assert.False(Interval.Weeks(1).IsIntraday);

        Assert.Equal(30, Interval.Seconds(30).TotalSeconds);
        Assert.Equal(23400, Interval.Minutes(390).TotalSeconds); // 390 × 60
        Assert.Equal(21600, Interval.Hours(6).TotalSeconds);      // 6 × 3600
        Assert.Equal(0, Interval.Days(1).TotalSeconds);
    }

    [Fact]
    public void The_default_interval_is_not_a_valid_one()
    {
        var none = default(Interval);

        Assert.True(none.IsDefault);
        Assert.Equal("(none)", none.ToString());
        Assert.False(Interval.Minutes(1).CanBeBuiltFrom(none));
        Assert.False(none.CanBeBuiltFrom(Interval.Minutes(1)));
    }

    [Theory]
    // XNYS 09:30-16:00 = 390 minutes; XLON 08:00-16:30 = 510; 24/7 00:00-24:00 = 1440.
    [InlineData("390m", 390, true)]
    [InlineData("391m", 390, false)]
    [InlineData("7h", 390, false)]
    [InlineData("510m", 510, true)]
    [InlineData("9h", 510, false)]
    [InlineData("4h", 1440, true)]
    [InlineData("12h", 1440, true)]
    [InlineData("24h", 1440, true)]
    [InlineData("1d", 390, true)]
    [InlineData("1w", 390, true)]
    public void FitsSession_caps_intraday_intervals_at_the_longest_session(string text, int maxMinutes, bool fits)
    {
        var interval = Interval.Parse(text);

        var result = IntervalParser.FitsSession(interval, maxMinutes, "XMKT");

        Assert.Equal(fits, result.Success);
        Assert.Equal(fits ? IntervalParseError.None : IntervalParseError.LongerThanSession, result.Error);
    }

    [Fact]
    public void FitsSession_names_the_exchange_and_its_longest_session()
    {
        var result = IntervalParser.FitsSession(Interval.Hours(7), 390, "XNYS", "7h");

        // 390 minutes = 6 h 30 min.
        Assert.Equal("\"7h\" is longer than the longest XNYS session (390 minutes, 6h30m): use \"1d\" for one bar per session, or an interval of at most \"390m\".", result.Reason);
    }
}
