using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// The Provisioning types the analyzers look for, resolved once per compilation by metadata name (the analyzers do
/// not reference Provisioning.Core). A type is null when the compilation cannot see it.
/// </summary>
internal sealed class ProvisioningSymbols
{
    public const string IntervalName = "Provisioning.Intervals.Interval";
    public const string IntervalParserName = "Provisioning.Intervals.IntervalParser";

    private ProvisioningSymbols(Compilation compilation)
    {
        Interval = compilation.GetTypeByMetadataName(IntervalName);
        IntervalParser = compilation.GetTypeByMetadataName(IntervalParserName);
    }

    /// <summary>Interval.</summary>
    public INamedTypeSymbol? Interval { get; }

    /// <summary>IntervalParser.</summary>
    public INamedTypeSymbol? IntervalParser { get; }

    public static ProvisioningSymbols From(Compilation compilation) => new(compilation);

    /// <summary>True when <paramref name="ns"/> is Provisioning or one of its sub-namespaces.</summary>
    public static bool IsProvisioningNamespace(INamespaceSymbol? ns)
    {
        if (ns is null || ns.IsGlobalNamespace)
        {
            return false;
        }

        while (ns.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            ns = parent;
        }

        return ns.Name == "Provisioning";
    }
}
