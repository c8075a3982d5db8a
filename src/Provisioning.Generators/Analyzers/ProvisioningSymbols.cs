using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// The Provisioning types the analyzers look for, resolved once per compilation by metadata name (the analyzers do
/// not reference Provisioning.Core). A type is null when the compilation cannot see it.
/// </summary>
internal sealed class ProvisioningSymbols
{
    public const string BarsAttributeName = "Provisioning.Attributes.BarsAttribute";
    public const string UsesIndicatorAttributeName = "Provisioning.Attributes.UsesIndicatorAttribute`1";
    public const string IndicatorAttributeName = "Provisioning.Attributes.IndicatorAttribute";
    public const string ParameterAttributeName = "Provisioning.Attributes.ParameterAttribute";
    public const string StepHandlerAttributeName = "Provisioning.Attributes.StepHandlerAttribute";
    public const string IntervalTextAttributeName = "Provisioning.Attributes.IntervalTextAttribute";
    public const string IndicatorInterfaceName = "Provisioning.Indicators.IIndicator";
    public const string ProvisioningStepName = "Provisioning.Planning.ProvisioningStep";
    public const string IntervalName = "Provisioning.Intervals.Interval";
    public const string IntervalParserName = "Provisioning.Intervals.IntervalParser";
    public const string CoreAssemblyName = "Provisioning.Core";

    private ProvisioningSymbols(Compilation compilation)
    {
        BarsAttribute = compilation.GetTypeByMetadataName(BarsAttributeName);
        UsesIndicatorAttribute = compilation.GetTypeByMetadataName(UsesIndicatorAttributeName);
        IndicatorAttribute = compilation.GetTypeByMetadataName(IndicatorAttributeName);
        ParameterAttribute = compilation.GetTypeByMetadataName(ParameterAttributeName);
        StepHandlerAttribute = compilation.GetTypeByMetadataName(StepHandlerAttributeName);
        IntervalTextAttribute = compilation.GetTypeByMetadataName(IntervalTextAttributeName);
        IndicatorInterface = compilation.GetTypeByMetadataName(IndicatorInterfaceName);
        ProvisioningStep = compilation.GetTypeByMetadataName(ProvisioningStepName);
        Interval = compilation.GetTypeByMetadataName(IntervalName);
        IntervalParser = compilation.GetTypeByMetadataName(IntervalParserName);
    }

    /// <summary>[Bars].</summary>
    public INamedTypeSymbol? BarsAttribute { get; }

    /// <summary>[UsesIndicator&lt;T&gt;], unbound.</summary>
    public INamedTypeSymbol? UsesIndicatorAttribute { get; }

    /// <summary>[Indicator].</summary>
    public INamedTypeSymbol? IndicatorAttribute { get; }

    /// <summary>[Parameter].</summary>
    public INamedTypeSymbol? ParameterAttribute { get; }

    /// <summary>[StepHandler].</summary>
    public INamedTypeSymbol? StepHandlerAttribute { get; }

    /// <summary>[IntervalText], the marker on string parameters that hold interval text (optional).</summary>
    public INamedTypeSymbol? IntervalTextAttribute { get; }

    /// <summary>IIndicator.</summary>
    public INamedTypeSymbol? IndicatorInterface { get; }

    /// <summary>ProvisioningStep.</summary>
    public INamedTypeSymbol? ProvisioningStep { get; }

    /// <summary>Interval.</summary>
    public INamedTypeSymbol? Interval { get; }

    /// <summary>IntervalParser.</summary>
    public INamedTypeSymbol? IntervalParser { get; }

    public static ProvisioningSymbols From(Compilation compilation) => new(compilation);

    /// <summary>True when <paramref name="attribute"/> is a use of <paramref name="type"/> (generic uses included).</summary>
    public static bool Is(INamedTypeSymbol? attribute, INamedTypeSymbol? type) =>
        attribute is not null && type is not null
        && SymbolEqualityComparer.Default.Equals(attribute.OriginalDefinition, type);

    /// <summary>True when <paramref name="type"/> is or derives from <paramref name="baseType"/>.</summary>
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="type"/> implements <paramref name="interfaceType"/>.</summary>
    public static bool Implements(ITypeSymbol type, INamedTypeSymbol? interfaceType)
    {
        if (interfaceType is null)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, interfaceType))
            {
                return true;
            }
        }

        return false;
    }

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
