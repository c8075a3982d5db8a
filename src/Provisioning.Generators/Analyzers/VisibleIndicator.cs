using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Analyzers;

/// <summary>An [Indicator] class a compilation can see, with its declared name.</summary>
internal sealed class VisibleIndicator
{
    public VisibleIndicator(string name, INamedTypeSymbol type, bool fromSource)
    {
        Name = name;
        Type = type;
        FromSource = fromSource;
    }

    /// <summary>The declared name ("sma").</summary>
    public string Name { get; }

    /// <summary>The indicator class.</summary>
    public INamedTypeSymbol Type { get; }

    /// <summary>True when declared in the compilation's own source; false for a referenced assembly.</summary>
    public bool FromSource { get; }
}
