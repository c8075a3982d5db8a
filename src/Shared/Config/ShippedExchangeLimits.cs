using System;
using System.Collections.Generic;

namespace Provisioning.Config;

/// <summary>
/// The exchanges the library ships a calendar for, with the longest regular session of each in minutes (open to close,
/// as the calendar definitions in Core's Calendar/Exchanges say). The build has no calendars, so the analyzers read
/// this table; a Core test checks it against the calendars.
/// </summary>
internal static class ShippedExchangeLimits
{
    /// <summary>The session length accepted for an exchange whose calendar is not known here (a definition file): a day.</summary>
    public const int UnknownExchangeMinutes = 1440;

    /// <summary>The shipped exchange names, in the order of docs/calendars.md.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "XNYS", "XLON", "XTKS", "CMES", "24/7", "24/5" };

    // XNYS 09:30-16:00; XLON 08:00-16:30; XTKS 09:00-15:30 (from 2024-11-05); CMES 17:00 the evening before to 17:00;
    // 24/7 and 24/5 00:00-24:00.
    private static readonly Dictionary<string, int> Minutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["XNYS"] = 390,
        ["XLON"] = 510,
        ["XTKS"] = 390,
        ["CMES"] = 1440,
        ["24/7"] = 1440,
        ["24/5"] = 1440,
    };

    /// <summary>The longest regular session of a shipped exchange in minutes; false for any other name.</summary>
    public static bool TryGetMaxIntradayMinutes(string? exchange, out int minutes) =>
        Minutes.TryGetValue(exchange?.Trim() ?? string.Empty, out minutes);
}
