using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// Recognises the string parameters that hold interval text, so constant arguments passed to them can be checked:
/// the text parameter of <c>Interval.Parse</c> and <c>IntervalParser.Parse</c>, and string parameters named
/// <c>interval</c> of Provisioning's own public APIs (the session's <c>AddBarsAsync</c>, the attributes) and of
/// extension methods on Provisioning types (the generated <c>Add…Async</c> methods).
/// </summary>
internal static class IntervalTextParameters
{
    public const string ConventionalName = "interval";

    public static bool IsIntervalText(IParameterSymbol parameter, ProvisioningSymbols symbols)
    {
        if (parameter.Type.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        if (parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }

        var original = method.ReducedFrom ?? method;
        var containingType = original.ContainingType;
        if (parameter.Ordinal == 0 && original.Name == "Parse"
            && (SymbolEqualityComparer.Default.Equals(containingType, symbols.Interval)
                || SymbolEqualityComparer.Default.Equals(containingType, symbols.IntervalParser)))
        {
            return true;
        }

        if (parameter.Name != ConventionalName)
        {
            return false;
        }

        // Only Provisioning's public API: an internal helper may take an "interval" filter where null means "any".
        if (ProvisioningSymbols.IsProvisioningNamespace(containingType?.ContainingNamespace))
        {
            return original.DeclaredAccessibility == Accessibility.Public
                && containingType!.DeclaredAccessibility == Accessibility.Public;
        }

        return original.IsExtensionMethod
            && original.Parameters.Length > 0
            && ProvisioningSymbols.IsProvisioningNamespace(original.Parameters[0].Type.ContainingNamespace);
    }
}
