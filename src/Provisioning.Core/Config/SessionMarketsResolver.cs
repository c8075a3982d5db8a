using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Provisioning.Calendar;

namespace Provisioning.Config;

/// <summary>The calendars of a resolved config: its default exchange and each symbol's own (a name or a definition file).</summary>
internal static class SessionMarketsResolver
{
    /// <summary>
    /// The markets of <paramref name="config"/>; definition files are read relative to <paramref name="baseDirectory"/>.
    /// False with a message naming what is wrong when an exchange has no calendar or its file cannot be used.
    /// </summary>
    public static bool TryResolve(ResolvedSessionConfig config, string? baseDirectory, [NotNullWhen(true)] out SessionMarkets? markets, [NotNullWhen(false)] out string? error)
    {
        markets = null;
        if (!ExchangeCalendars.TryResolve(config.Exchange, baseDirectory, out var defaultCalendar, out error))
        {
            return false;
        }

        var bySymbol = new Dictionary<string, ITradingCalendar>();
        foreach (var own in config.SymbolExchanges)
        {
            if (!ExchangeCalendars.TryResolve(own.Exchange, baseDirectory, out var calendar, out error))
            {
                error = own.Symbol + ": " + error;
                return false;
            }

            bySymbol[own.Symbol] = calendar;
        }

        markets = new SessionMarkets(defaultCalendar, bySymbol);
        return true;
    }
}
