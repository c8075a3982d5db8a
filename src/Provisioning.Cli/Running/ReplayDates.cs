using System;
using System.Collections.Generic;
using System.Globalization;
using Provisioning.Calendar;
using Provisioning.Cli.Loading;
using Provisioning.Text;

namespace Provisioning.Cli.Running;

/// <summary>Reads <c>--dates FROM..TO</c>: the trading sessions of the calendar between two dates, both included.</summary>
internal static class ReplayDates
{
    /// <summary>The most sessions one run replays (ten years of XNYS): every session's report is kept until they are merged.</summary>
    public const int MaxSessions = 2520;

    public static (IReadOnlyList<TradingSession>? Sessions, CommandFailure? Failure) Resolve(string text, ITradingCalendar calendar)
    {
        var value = text.Trim();
        var dots = value.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0
            || !TryDate(value[..dots], out var from)
            || !TryDate(value[(dots + 2)..], out var to))
        {
            return (null, CommandFailure.Usage($"--dates {EchoedText.Quote(value)} is not a date range: write the first and the last session, such as --dates 2024-01-02..2024-12-31."));
        }

        if (to < from)
        {
            return (null, CommandFailure.Usage($"--dates {EchoedText.Quote(value)} ends before it starts; write the earlier date first."));
        }

        if (from < calendar.FirstDate || to > calendar.LastDate)
        {
            return (null, CommandFailure.Usage(string.Create(CultureInfo.InvariantCulture,
                $"--dates {EchoedText.Quote(value)} goes outside the {calendar.Exchange} calendar, which covers {calendar.FirstDate:yyyy-MM-dd}..{calendar.LastDate:yyyy-MM-dd}.")));
        }

        var sessions = calendar.SessionsInRange(from, to);
        if (sessions.Count == 0)
        {
            return (null, CommandFailure.Usage($"--dates {EchoedText.Quote(value)} holds no trading session on {calendar.Exchange} (weekends, holidays or closures only)."));
        }

        if (sessions.Count > MaxSessions)
        {
            return (null, CommandFailure.Usage(string.Create(CultureInfo.InvariantCulture,
                $"--dates {EchoedText.Quote(value)} holds {sessions.Count} sessions; one run replays at most {MaxSessions}: split the range.")));
        }

        return (sessions, null);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
