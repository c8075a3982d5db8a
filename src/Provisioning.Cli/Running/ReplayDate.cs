using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Cli.Loading;

namespace Provisioning.Cli.Running;

/// <summary>
/// Reads <c>--date</c>: the trading session to replay. Without it, the last session the store holds bars of for the
/// first config symbol's finest stream, so a replay of fresh sample data needs no date.
/// </summary>
internal static class ReplayDate
{
    public static async Task<(TradingSession? Session, CommandFailure? Failure)> ResolveAsync(
        string? text,
        SessionInputs inputs,
        DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var calendar = inputs.Loaded.Calendar;
        var value = text?.Trim() ?? string.Empty;
        if (value.Length > 0)
        {
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, CommandFailure.Usage($"--date \"{value}\" is not a date: write the session to replay as 2024-11-26."));
            }

            if (date < calendar.FirstDate || date > calendar.LastDate)
            {
                return (null, CommandFailure.Usage($"--date {value} is outside the {calendar.Exchange} calendar, which covers {calendar.FirstDate:yyyy-MM-dd}..{calendar.LastDate:yyyy-MM-dd}."));
            }

            if (!calendar.TryGetSession(date, out var session))
            {
                return (null, CommandFailure.Usage(
                    $"--date {value} is not a trading session on {calendar.Exchange} (a weekend, holiday or closure); "
                    + $"the sessions around it are {calendar.PreviousSession(date).Date:yyyy-MM-dd} and {calendar.NextSession(date).Date:yyyy-MM-dd}."));
            }

            return (session, null);
        }

        var config = inputs.Loaded.Config;
        if (config.Symbols.Count > 0 && config.BaseIntervals.Count > 0)
        {
            var finest = config.BaseIntervals.Min();
            var availability = await inputs.Store.GetAvailabilityAsync(config.Symbols[0], finest, cancellationToken).ConfigureAwait(false);
            if (availability.LastBarUtc is { } last && calendar.TrySessionContaining(last, out var stored))
            {
                return (stored, null);
            }

            if (availability.LastBarUtc is { } lastDay && calendar.TryGetSession(calendar.ExchangeDate(lastDay), out var storedDay))
            {
                return (storedDay, null);
            }
        }

        var today = DateOnly.FromDateTime(nowUtc);
        if (today < calendar.FirstDate || today > calendar.LastDate)
        {
            return (null, CommandFailure.Usage("Pass --date with the session to replay, such as --date 2024-11-26."));
        }

        var latest = calendar.SessionAtOrBefore(nowUtc);
        return (latest.CloseUtc <= nowUtc ? latest : calendar.PreviousSession(latest.Date), null);
    }
}
