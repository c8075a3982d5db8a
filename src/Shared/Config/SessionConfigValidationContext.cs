using System.Collections.Generic;

namespace Provisioning.Config;

/// <summary>
/// What a session config is checked against beyond its own text: the indicators that exist (declared in the
/// compilation for the analyzer, registered for the runtime) and the exchanges that have calendars.
/// </summary>
public sealed class SessionConfigValidationContext
{
    /// <summary>A context that checks only the config's own text: indicator names and exchanges are not looked up.</summary>
    public static SessionConfigValidationContext TextOnly { get; } = new(null, null);

    /// <summary>Creates a context.</summary>
    /// <param name="indicators">The indicators a config may name; null to accept any name.</param>
    /// <param name="exchanges">The exchange codes with a calendar; null to check only the code's form.</param>
    public SessionConfigValidationContext(IReadOnlyList<DeclaredIndicator>? indicators, IReadOnlyCollection<string>? exchanges)
    {
        Indicators = indicators;
        Exchanges = exchanges;
    }

    /// <summary>The indicators a config may name; null when names are not checked.</summary>
    public IReadOnlyList<DeclaredIndicator>? Indicators { get; }

    /// <summary>The exchange codes with a calendar; null when only the form is checked.</summary>
    public IReadOnlyCollection<string>? Exchanges { get; }
}
