using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// The Provisioning types the analyzers look for, resolved once per compilation by metadata name (the analyzers do
/// not reference Provisioning.Core). A type is null when the compilation cannot see it.
/// </summary>
internal sealed class ProvisioningSymbols
{
    public const string IntervalTextAttributeName = "Provisioning.Attributes.IntervalTextAttribute";
    public const string IntervalName = "Provisioning.Intervals.Interval";
    public const string IntervalParserName = "Provisioning.Intervals.IntervalParser";

    private ProvisioningSymbols(Compilation compilation)
    {
        IntervalTextAttribute = compilation.GetTypeByMetadataName(IntervalTextAttributeName);
        Interval = compilation.GetTypeByMetadataName(IntervalName);
        IntervalParser = compilation.GetTypeByMetadataName(IntervalParserName);
    }

    /// <summary>[IntervalText], the marker on string parameters that hold interval text (optional).</summary>
    public INamedTypeSymbol? IntervalTextAttribute { get; }

    /// <summary>Interval.</summary>
    public INamedTypeSymbol? Interval { get; }

    /// <summary>IntervalParser.</summary>
    public INamedTypeSymbol? IntervalParser { get; }

    public static ProvisioningSymbols From(Compilation compilation) => new(compilation);

    /// <summary>True when <paramref name="attribute"/> is a use of <paramref name="type"/> (generic uses included).</summary>
    public static bool Is(INamedTypeSymbol? attribute, INamedTypeSymbol? type) =>
        attribute is not null && type is not null
        && SymbolEqualityComparer.Default.Equals(attribute.OriginalDefinition, type);

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
