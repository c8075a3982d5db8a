using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Reading;

/// <summary>
/// A type the generator recognises by metadata name, without a reference to Core: the attributes, the indicator and
/// step contracts. Matching walks the symbol's name and namespaces, so it allocates nothing.
/// </summary>
internal sealed class KnownType
{
    private readonly string[] _namespace;

    private KnownType(string metadataName)
    {
        MetadataName = metadataName;
        var parts = metadataName.Split('.');
        Name = parts[parts.Length - 1];
        _namespace = new string[parts.Length - 1];
        System.Array.Copy(parts, _namespace, _namespace.Length);
    }

    public static KnownType IndicatorAttribute { get; } = new("Provisioning.Indicators.IndicatorAttribute");

    public static KnownType ParameterAttribute { get; } = new("Provisioning.Indicators.ParameterAttribute");

    public static KnownType BarsAttribute { get; } = new("Provisioning.Strategies.BarsAttribute");

    public static KnownType UsesIndicatorAttribute { get; } = new("Provisioning.Strategies.UsesIndicatorAttribute`1");

    public static KnownType IndicatorApiAttribute { get; } = new("Provisioning.Indicators.__Internals.IndicatorApiAttribute");

    public static KnownType StepHandlerAttribute { get; } = new("Provisioning.Steps.StepHandlerAttribute");

    public static KnownType IndicatorInterface { get; } = new("Provisioning.Indicators.IIndicator");

    public static KnownType Strategy { get; } = new("Provisioning.Strategies.Strategy");

    public static KnownType ProvisioningStep { get; } = new("Provisioning.Steps.ProvisioningStep");

    public static KnownType StepContext { get; } = new("Provisioning.Steps.StepContext");

    public static KnownType StepResult { get; } = new("Provisioning.Steps.StepResult");

    public static KnownType ValueTask { get; } = new("System.Threading.Tasks.ValueTask`1");

    /// <summary>The full metadata name, as <c>ForAttributeWithMetadataName</c> takes it.</summary>
    public string MetadataName { get; }

    /// <summary>The metadata name without the namespace ("UsesIndicatorAttribute`1").</summary>
    public string Name { get; }

    /// <summary>True when <paramref name="type"/> is this type (any construction of it, for generic types).</summary>
    public bool Matches(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || named.ContainingType is not null || named.MetadataName != Name)
        {
            return false;
        }

        var ns = named.ContainingNamespace;
        for (var i = _namespace.Length - 1; i >= 0; i--)
        {
            if (ns is null || ns.IsGlobalNamespace || ns.Name != _namespace[i])
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is null || ns.IsGlobalNamespace;
    }

    /// <summary>True when <paramref name="type"/> is this type or derives from it.</summary>
    public bool IsBaseOf(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Matches(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="type"/> implements this interface.</summary>
    public bool IsImplementedBy(ITypeSymbol type)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (Matches(implemented))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first attribute of this type on <paramref name="symbol"/>, or null.</summary>
    public AttributeData? FindOn(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (Matches(attribute.AttributeClass))
            {
                return attribute;
            }
        }

        return null;
    }
}
