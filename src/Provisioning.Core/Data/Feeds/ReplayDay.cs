using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Provisioning.Calendar;

namespace Provisioning.Data.Feeds;

/// <summary>
/// One session date of a replay: every market's session labelled that date, replayed from the earliest open to the
/// latest close. <see cref="SessionOf"/> gives a symbol its own market's session, or null when that market is closed.
/// </summary>
/// <param name="Date">The session date.</param>
/// <param name="OpenUtc">The earliest open of the markets that trade that day.</param>
/// <param name="CloseUtc">The latest close of the markets that trade that day.</param>
/// <param name="Shown">The session shown for the date: the default market's, or the first to open when it is closed.</param>
/// <param name="SessionOf">A symbol's own session that date; null when its market is closed.</param>
internal sealed record ReplayDay(DateOnly Date, DateTime OpenUtc, DateTime CloseUtc, TradingSession Shown, Func<string, TradingSession?> SessionOf)
{
    /// <summary>A replay of the one session <paramref name="session"/>, whatever the symbol.</summary>
    public static ReplayDay Of(TradingSession session) => new(session.Date, session.OpenUtc, session.CloseUtc, session, _ => session);

    /// <summary>
    /// The session dates from <paramref name="from"/> to <paramref name="through"/> (both inclusive) on which at least one
    /// of <paramref name="markets"/> trades, in date order.
    /// </summary>
    /// <exception cref="ArgumentException">The range is refused (see <see cref="TryBetween"/>).</exception>
    public static IReadOnlyList<ReplayDay> Between(SessionMarkets markets, DateOnly from, DateOnly through) =>
        TryBetween(markets, from, through, out var days, out var error) ? days : throw new ArgumentException(error, nameof(from));

    /// <summary>
    /// The session dates of <see cref="Between"/>, or false with the reason: <paramref name="through"/> is before
    /// <paramref name="from"/>, the range reaches outside a calendar, or no market trades in it.
    /// </summary>
    public static bool TryBetween(SessionMarkets markets, DateOnly from, DateOnly through, out IReadOnlyList<ReplayDay> days, out string error)
    {
        ArgumentNullException.ThrowIfNull(markets);
        days = [];
        var exchanges = string.Join(" or ", markets.Calendars.Select(c => c.Exchange));
        if (through < from)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"The replay ends on {through:yyyy-MM-dd}, before it starts on {from:yyyy-MM-dd}; give a last date on or after the first.");
            return false;
        }

        // A calendar knows a bounded range of dates: a range past it is refused before any date is read.
        foreach (var calendar in markets.Calendars)
        {
            if (from < calendar.FirstDate || through > calendar.LastDate)
            {
                error = string.Create(
                    CultureInfo.InvariantCulture,
                    $"The replay {Range(from, through)} reaches outside the {calendar.Exchange} calendar, which covers {calendar.FirstDate:yyyy-MM-dd} to {calendar.LastDate:yyyy-MM-dd}.");
                return false;
            }
        }

        var found = new List<ReplayDay>();
        for (var date = from; date <= through; date = date.AddDays(1))
        {
            var sessions = markets.SessionsOn(date);
            if (sessions.Count == 0)
            {
                continue;
            }

            var shown = markets.Default.TryGetSession(date, out var own) ? own : sessions[0];
            var day = date;
            found.Add(new ReplayDay(
                date,
                sessions.Min(s => s.OpenUtc),
                sessions.Max(s => s.CloseUtc),
                shown,
                symbol => markets.TryGetSession(symbol, day, out var session) ? session : null));
        }

        if (found.Count == 0)
        {
            error = from == through
                ? string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd} is not a {exchanges} session; choose a trading day to replay.")
                : $"The replay {Range(from, through)} holds no {exchanges} session; choose a range with a trading day.";
            return false;
        }

        days = found;
        error = string.Empty;
        return true;
    }

    private static string Range(DateOnly from, DateOnly through) =>
        string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{through:yyyy-MM-dd}");
}
