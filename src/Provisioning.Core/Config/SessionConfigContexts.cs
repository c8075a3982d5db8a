using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Calendar;

namespace Provisioning.Config;

/// <summary>
/// The validation context of the runtime and the CLI: every calendar <see cref="ExchangeCalendars"/> knows (shipped and
/// registered), each with its longest session, so a config is checked against the calendars this process has.
/// </summary>
internal static class SessionConfigContexts
{
    /// <summary>A context with <paramref name="indicators"/> (null: names not checked) and the known calendars.</summary>
    public static SessionConfigValidationContext WithCalendars(IReadOnlyList<DeclaredIndicator>? indicators)
    {
        var known = ExchangeCalendars.Known;
        var minutes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in known)
        {
            if (ExchangeCalendars.TryGet(name, out var calendar))
            {
                minutes[name] = calendar.MaxIntradayMinutes();
            }
        }

        return new SessionConfigValidationContext(indicators, known.ToArray(), minutes);
    }
}
