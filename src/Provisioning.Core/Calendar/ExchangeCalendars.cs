using System;
using System.Diagnostics.CodeAnalysis;

namespace Provisioning.Calendar;

/// <summary>The built-in exchange calendars, built once on first use and shared (they are immutable).</summary>
public static class ExchangeCalendars
{
    private static readonly Lazy<RuleBasedTradingCalendar> LazyXnys = new(() => new RuleBasedTradingCalendar(XnysDefinition.Create()));

    /// <summary>The New York Stock Exchange calendar (1990-01-01..2035-12-31, see <see cref="XnysDefinition"/>).</summary>
    public static RuleBasedTradingCalendar Xnys => LazyXnys.Value;

    /// <summary>The built-in calendar of the exchange with ISO 10383 MIC <paramref name="mic"/> (case-insensitive); false when there is none.</summary>
    public static bool TryGet(string? mic, [NotNullWhen(true)] out ITradingCalendar? calendar)
    {
        if (string.Equals(mic?.Trim(), XnysDefinition.Mic, StringComparison.OrdinalIgnoreCase))
        {
            calendar = Xnys;
            return true;
        }

        calendar = null;
        return false;
    }
}
