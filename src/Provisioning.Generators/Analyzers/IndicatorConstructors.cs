using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Analyzers;

/// <summary>Finds the constructor whose parameters are an indicator's parameters.</summary>
internal static class IndicatorConstructors
{
    /// <summary>The one public instance constructor of <paramref name="indicator"/>, or null when it has none or several.</summary>
    public static IMethodSymbol? Single(INamedTypeSymbol indicator)
    {
        IMethodSymbol? found = null;
        foreach (var constructor in indicator.InstanceConstructors)
        {
            if (constructor.DeclaredAccessibility != Accessibility.Public)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = constructor;
        }

        return found;
    }
}
