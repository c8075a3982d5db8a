namespace Provisioning.Requirements;

/// <summary>Who asked for an addition. It decides the symbol's metadata (added-by, meets-session-config-requirements).</summary>
public enum ProvisionSource
{
    /// <summary>The session config, before the open or when it is reloaded.</summary>
    Config = 0,

    /// <summary>A scanner during the session.</summary>
    Scanner,

    /// <summary>A strategy during the session.</summary>
    Strategy,

    /// <summary>Anything else: a person at a console, a test, a script.</summary>
    Adhoc,
}
