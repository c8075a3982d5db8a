using System.Collections.Generic;

namespace Provisioning.Config;

/// <summary>
/// What a session config is checked against beyond its own text: the indicators that exist (declared in the
/// compilation for the analyzer, registered for the runtime) and the exchanges that have calendars.
/// </summary>
internal sealed class SessionConfigValidationContext
{
    /// <summary>A context that checks the config's own text: indicator names are not looked up, exchanges are checked against <see cref="SessionConfigSchema.KnownExchanges"/>.</summary>
    public static SessionConfigValidationContext TextOnly { get; } = new(null, null);

    /// <summary>Creates a context.</summary>
    /// <param name="indicators">The indicators a config may name; null to accept any name.</param>
    /// <param name="exchanges">The exchange codes with a calendar; null for <see cref="SessionConfigSchema.KnownExchanges"/>.</param>
    /// <param name="sessionMinutes">The longest session in minutes of each exchange in <paramref name="exchanges"/> that is not shipped; null when all are.</param>
    public SessionConfigValidationContext(
        IReadOnlyList<DeclaredIndicator>? indicators,
        IReadOnlyCollection<string>? exchanges,
        IReadOnlyDictionary<string, int>? sessionMinutes = null)
    {
        Indicators = indicators;
        Exchanges = exchanges;
        SessionMinutes = sessionMinutes;
    }

    /// <summary>The indicators a config may name; null when names are not checked.</summary>
    public IReadOnlyList<DeclaredIndicator>? Indicators { get; }

    /// <summary>The exchange codes with a calendar; null for <see cref="SessionConfigSchema.KnownExchanges"/>.</summary>
    public IReadOnlyCollection<string>? Exchanges { get; }

    /// <summary>The longest session in minutes of exchanges that are not shipped (registered calendars); null when none are.</summary>
    public IReadOnlyDictionary<string, int>? SessionMinutes { get; }

    /// <summary>
    /// The longest session in minutes of <paramref name="exchange"/>: from <see cref="SessionMinutes"/>, else the shipped
    /// table, else a day (<see cref="ShippedExchangeLimits.UnknownExchangeMinutes"/>) for a calendar not known here.
    /// </summary>
    public int MaxIntradayMinutes(string exchange)
    {
        if (SessionMinutes is not null && SessionMinutes.TryGetValue(exchange, out var minutes))
        {
            return minutes;
        }

        return ShippedExchangeLimits.TryGetMaxIntradayMinutes(exchange, out minutes) ? minutes : ShippedExchangeLimits.UnknownExchangeMinutes;
    }
}
