using System;
using System.Globalization;
using Provisioning.Text;

namespace Provisioning.Intervals;

/// <summary>
/// The interval grammar shared by the runtime and the analyzers: a whole positive count followed by a unit.
/// Units are case-insensitive: s/sec/second(s), m/min/minute(s), h/hr/hour(s), d/day(s), w/wk/week(s);
/// a lone upper-case "M" is refused as ambiguous (months in some tools, minutes in others).
/// </summary>
internal static class IntervalParser
{
    private const string Examples = "\"1m\", \"5m\", \"1h\" or \"1d\"";

    /// <summary>Reads <paramref name="text"/> as an interval. Never throws.</summary>
    public static IntervalParseResult Parse(string? text)
    {
        if (text is null || text.Trim().Length == 0)
        {
            return IntervalParseResult.Fail(
                IntervalParseError.Empty,
                "An interval is required: write a count and a unit, such as " + Examples + ".");
        }

        var trimmed = text.Trim();
        var position = 0;
        var negative = false;
        if (trimmed[0] == '-' || trimmed[0] == '+')
        {
            negative = trimmed[0] == '-';
            position++;
        }

        var digitsStart = position;
        while (position < trimmed.Length && IsAsciiDigit(trimmed[position]))
        {
            position++;
        }

        var digits = trimmed.Substring(digitsStart, position - digitsStart);
        if (digits.Length == 0)
        {
            return IntervalParseResult.Fail(
                IntervalParseError.MissingCount,
                EchoedText.Quote(text) + " does not start with a whole number of units: write it as " + Examples + ".");
        }

        if (position < trimmed.Length && (trimmed[position] == '.' || trimmed[position] == ','))
        {
            return IntervalParseResult.Fail(
                IntervalParseError.FractionalCount,
                EchoedText.Quote(text) + " has a fractional count: intervals are whole units; write \"90m\" rather than \"1.5h\".");
        }

        var unitText = trimmed.Substring(position).Trim();
        if (negative)
        {
            return IntervalParseResult.Fail(
                IntervalParseError.NegativeCount,
                EchoedText.Quote(text) + " is negative: an interval is a positive count of units, such as " + Examples + ".");
        }

        if (unitText.Length == 0)
        {
            return IntervalParseResult.Fail(
                IntervalParseError.MissingUnit,
                EchoedText.Quote(text) + " has no unit: add s, m, h, d or w, for example " + EchoedText.Quote(digits + "m") + ".");
        }

        if (unitText == "M")
        {
            return IntervalParseResult.Fail(
                IntervalParseError.AmbiguousUnit,
                EchoedText.Quote(text) + " is ambiguous: \"M\" means months in some tools and minutes in others; write "
                + EchoedText.Quote(digits + "m") + " or " + EchoedText.Quote(digits + "min") + " for minutes (month bars are not supported).");
        }

        if (!TryReadUnit(unitText, out var unit))
        {
            return IntervalParseResult.Fail(
                IntervalParseError.UnknownUnit,
                EchoedText.Quote(text) + " has an unknown unit " + EchoedText.Quote(unitText) + ": use s (seconds), m (minutes), h (hours), "
                + "d (days) or w (weeks), for example " + EchoedText.Quote(digits + "m") + ".");
        }

        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return IntervalParseResult.Fail(
                IntervalParseError.CountTooLarge,
                EchoedText.Quote(text) + " is too large to be a bar interval.");
        }

        var result = FromParts(count, unit, text);
        return result.Success
            ? IntervalParseResult.Ok(result.Interval, string.Equals(text, result.Interval.ToString(), StringComparison.Ordinal))
            : result;
    }

    /// <summary>Makes the canonical interval of a count and unit, or says why there is none. Never throws.</summary>
    public static IntervalParseResult FromParts(int count, IntervalUnit unit) => FromParts(count, unit, null);

    private static IntervalParseResult FromParts(int count, IntervalUnit unit, string? text)
    {
        var shown = text is null ? count.ToString(CultureInfo.InvariantCulture) + Interval.UnitSuffix(unit) : text;
        if (unit < IntervalUnit.Second || unit > IntervalUnit.Week)
        {
            return IntervalParseResult.Fail(IntervalParseError.UnknownUnit, EchoedText.Quote(shown) + " has an unknown unit.");
        }

        if (count == 0)
        {
            return IntervalParseResult.Fail(
                IntervalParseError.ZeroCount,
                EchoedText.Quote(shown) + " is zero: an interval is at least one unit, such as " + Examples + ".");
        }

        if (count < 0)
        {
            return IntervalParseResult.Fail(
                IntervalParseError.NegativeCount,
                EchoedText.Quote(shown) + " is negative: an interval is a positive count of units, such as " + Examples + ".");
        }

        switch (unit)
        {
            case IntervalUnit.Second:
            case IntervalUnit.Minute:
            case IntervalUnit.Hour:
                var seconds = (long)count * (unit == IntervalUnit.Second ? 1 : unit == IntervalUnit.Minute ? 60 : 3600);
                if (seconds > Interval.MaxIntradayMinutes * 60L)
                {
                    return IntervalParseResult.Fail(
                        IntervalParseError.LongerThanSession,
                        EchoedText.Quote(shown) + " is longer than a day ("
                        + Interval.MaxIntradayMinutes.ToString(CultureInfo.InvariantCulture)
                        + " minutes), the longest session of any market: use \"1d\" for one bar per session.");
                }

                return IntervalParseResult.Ok(Canonical((int)seconds), isCanonical: false);
            case IntervalUnit.Day when count > Interval.MaxDays:
                return IntervalParseResult.Fail(
                    IntervalParseError.CountTooLarge,
                    EchoedText.Quote(shown) + " is too long: day intervals hold at most "
                    + Interval.MaxDays.ToString(CultureInfo.InvariantCulture) + " sessions.");
            case IntervalUnit.Week when count > Interval.MaxWeeks:
                return IntervalParseResult.Fail(
                    IntervalParseError.CountTooLarge,
                    EchoedText.Quote(shown) + " is too long: week intervals hold at most "
                    + Interval.MaxWeeks.ToString(CultureInfo.InvariantCulture) + " weeks.");
            default:
                return IntervalParseResult.Ok(Interval.FromCanonicalParts(count, unit), isCanonical: false);
        }
    }

    /// <summary>
    /// Checks that <paramref name="interval"/> fits the longest session of <paramref name="exchange"/>
    /// (<paramref name="maxMinutes"/> minutes, open to close): an intraday bar longer than every session of a market
    /// would never close whole. Day and week intervals always fit. Never throws.
    /// </summary>
    /// <param name="interval">A parsed interval.</param>
    /// <param name="maxMinutes">The market's longest regular session in minutes.</param>
    /// <param name="exchange">The market's name, shown in the reason.</param>
    /// <param name="text">The text as written, shown in the reason; the canonical text when null.</param>
    public static IntervalParseResult FitsSession(Interval interval, int maxMinutes, string exchange, string? text = null)
    {
        if (!interval.IsIntraday || interval.IsDefault || interval.TotalSeconds <= (long)maxMinutes * 60)
        {
            return IntervalParseResult.Ok(interval, isCanonical: text is null || string.Equals(text, interval.ToString(), StringComparison.Ordinal));
        }

        return IntervalParseResult.Fail(
            IntervalParseError.LongerThanSession,
            EchoedText.Quote(text ?? interval.ToString()) + " is longer than the longest " + EchoedText.OneLine(exchange) + " session ("
            + maxMinutes.ToString(CultureInfo.InvariantCulture) + " minutes" + Hours(maxMinutes)
            + "): use \"1d\" for one bar per session, or an interval of at most " + Longest(maxMinutes) + ".");
    }

    // " = 6h30m" after a minute count that is not whole hours, nothing for whole hours under a day.
    private static string Hours(int minutes) =>
        minutes >= 60 ? ", " + (minutes / 60).ToString(CultureInfo.InvariantCulture) + "h" + (minutes % 60 == 0 ? string.Empty : (minutes % 60).ToString(CultureInfo.InvariantCulture) + "m") : string.Empty;

    private static string Longest(int minutes) =>
        "\"" + Canonical(Math.Max(1, minutes) * 60) + "\"";

    private static Interval Canonical(int seconds)
    {
        if (seconds % 3600 == 0)
        {
            return Interval.FromCanonicalParts(seconds / 3600, IntervalUnit.Hour);
        }

        return seconds % 60 == 0
            ? Interval.FromCanonicalParts(seconds / 60, IntervalUnit.Minute)
            : Interval.FromCanonicalParts(seconds, IntervalUnit.Second);
    }

    private static bool TryReadUnit(string text, out IntervalUnit unit)
    {
        switch (text.ToLowerInvariant())
        {
            case "s":
            case "sec":
            case "secs":
            case "second":
            case "seconds":
                unit = IntervalUnit.Second;
                return true;
            case "m":
            case "min":
            case "mins":
            case "minute":
            case "minutes":
                unit = IntervalUnit.Minute;
                return true;
            case "h":
            case "hr":
            case "hrs":
            case "hour":
            case "hours":
                unit = IntervalUnit.Hour;
                return true;
            case "d":
            case "day":
            case "days":
                unit = IntervalUnit.Day;
                return true;
            case "w":
            case "wk":
            case "wks":
            case "week":
            case "weeks":
                unit = IntervalUnit.Week;
                return true;
            default:
                unit = default;
                return false;
        }
    }

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
}
