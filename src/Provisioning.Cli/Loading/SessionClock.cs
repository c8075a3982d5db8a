using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Provisioning.Calendar;

namespace Provisioning.Cli.Loading;

/// <summary>Reads <c>--at</c>: the instant history ends at, in exchange-local time, as a UTC instant, or as a session date.</summary>
internal static class SessionClock
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd HH:mm:ss",
    ];

    /// <summary>
    /// The instant <paramref name="text"/> names on <paramref name="calendar"/>'s exchange, or <paramref name="now"/> when it is
    /// empty. A date alone is the open of that date's session.
    /// </summary>
    public static bool TryResolve(
        string? text,
        ITradingCalendar calendar,
        DateTime now,
        out DateTime instantUtc,
        [NotNullWhen(false)] out CommandFailure? failure)
    {
        failure = null;
        instantUtc = now;
        var value = text?.Trim() ?? string.Empty;
        if (value.Length > 0 && !TryParse(value, calendar, out instantUtc, out failure))
        {
            return false;
        }

        var date = DateOnly.FromDateTime(instantUtc);
        if (date < calendar.FirstDate || date > calendar.LastDate)
        {
            failure = CommandFailure.Usage(
                $"{Describe(value, instantUtc)} is outside the {calendar.Exchange} calendar, which covers "
                + $"{calendar.FirstDate:yyyy-MM-dd}..{calendar.LastDate:yyyy-MM-dd}; pass --at with a time inside it.");
            return false;
        }

        return true;
    }

    private static bool TryParse(string value, ITradingCalendar calendar, out DateTime instantUtc, [NotNullWhen(false)] out CommandFailure? failure)
    {
        failure = null;
        instantUtc = default;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (day < calendar.FirstDate || day > calendar.LastDate)
            {
                failure = CommandFailure.Usage(
                    $"--at {value} is outside the {calendar.Exchange} calendar, which covers {calendar.FirstDate:yyyy-MM-dd}..{calendar.LastDate:yyyy-MM-dd}.");
                return false;
            }

            if (!calendar.TryGetSession(day, out var session))
            {
                var next = calendar.NextSession(day);
                failure = CommandFailure.Usage(
                    $"--at {value} is not a trading session on {calendar.Exchange} (a weekend, holiday or closure); the next session is {next.Date:yyyy-MM-dd}.");
                return false;
            }

            instantUtc = session.OpenUtc;
            return true;
        }

        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (calendar.TimeZone.IsInvalidTime(unspecified))
            {
                failure = CommandFailure.Usage($"--at {value} does not exist in {calendar.TimeZone.Id} (the clocks skip it when daylight saving time starts).");
                return false;
            }

            instantUtc = TimeZoneInfo.ConvertTimeToUtc(unspecified, calendar.TimeZone);
            return true;
        }

        if (HasOffset(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            instantUtc = instant.UtcDateTime;
            return true;
        }

        failure = CommandFailure.Usage(
            $"--at \"{value}\" is not a time: write exchange-local time such as 2024-11-26T10:30, a UTC instant such as 2024-11-26T15:30Z, "
            + "or a session date such as 2024-11-26.");
        return false;
    }

    private static bool HasOffset(string value)
    {
        var time = value.IndexOf('T', StringComparison.Ordinal);
        return value.EndsWith('Z') || value.EndsWith('z') || (time > 0 && value.IndexOfAny(['+', '-'], time) > 0);
    }

    private static string Describe(string value, DateTime instantUtc) =>
        value.Length > 0 ? "--at " + value : "Now (" + instantUtc.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) + ")";
}
