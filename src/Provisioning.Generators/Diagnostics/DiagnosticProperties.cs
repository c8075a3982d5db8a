namespace Provisioning.Generators.Diagnostics;

/// <summary>
/// Keys of <c>Diagnostic.Properties</c> the analyzers fill for the code fixes, so a fix never re-derives what the
/// analyzer already knew. Compiled into the analyzers and the code fixes.
/// </summary>
internal static class DiagnosticProperties
{
    /// <summary>PRV0009: the canonical text of the interval ("1h" for "60m").</summary>
    public const string CanonicalInterval = "CanonicalInterval";

    /// <summary>PRV0002: the base interval to declare ("1m").</summary>
    public const string SuggestedBase = "SuggestedBase";

    /// <summary>PRV0003, PRV0010 and PRV0047: present when adding the partial modifier to the reported type fixes the diagnostic.</summary>
    public const string MakePartial = "MakePartial";
}
