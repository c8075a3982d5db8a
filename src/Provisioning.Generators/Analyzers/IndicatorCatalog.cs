using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Provisioning.Config;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// The indicators a compilation can see: the [Indicator] classes declared in its source and in the referenced
/// assemblies that are or use Provisioning.Core (only those are searched, so the framework is never walked).
/// </summary>
internal sealed class IndicatorCatalog
{
    private IndicatorCatalog(IReadOnlyList<CatalogedIndicator> indicators)
    {
        Indicators = indicators;
    }

    public IReadOnlyList<CatalogedIndicator> Indicators { get; }

    public static IndicatorCatalog Read(Compilation compilation, ProvisioningSymbols symbols, System.Threading.CancellationToken cancellationToken)
    {
        var found = new List<CatalogedIndicator>();
        if (symbols.IndicatorAttribute is null)
        {
            return new IndicatorCatalog(found);
        }

        Collect(compilation.Assembly.GlobalNamespace, symbols, found, fromSource: true, cancellationToken);
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && UsesCore(assembly))
            {
                Collect(assembly.GlobalNamespace, symbols, found, fromSource: false, cancellationToken);
            }
        }

        return new IndicatorCatalog(found);
    }

    /// <summary>The indicators as the session config validator needs them.</summary>
    public IReadOnlyList<DeclaredIndicator> ToDeclared(ProvisioningSymbols symbols) =>
        Indicators.Select(i => ToDeclared(i, symbols)).ToArray();

    private static DeclaredIndicator ToDeclared(CatalogedIndicator indicator, ProvisioningSymbols symbols)
    {
        var constructor = IndicatorConstructors.Single(indicator.Type);
        var parameters = constructor is null
            ? Array.Empty<DeclaredIndicatorParameter>()
            : constructor.Parameters.Select(p =>
            {
                var hasRange = ParameterRange.TryRead(p, symbols.ParameterAttribute, out var range);
                return new DeclaredIndicatorParameter(
                    p.Name,
                    hasRange ? range.Min : double.NegativeInfinity,
                    hasRange ? range.Max : double.PositiveInfinity,
                    NumericTypes.IsWholeNumber(p.Type),
                    p.HasExplicitDefaultValue);
            }).ToArray();
        return new DeclaredIndicator(indicator.Name, parameters);
    }

    private static bool UsesCore(IAssemblySymbol assembly)
    {
        if (assembly.Name == ProvisioningSymbols.CoreAssemblyName)
        {
            return true;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                if (referenced.Name == ProvisioningSymbols.CoreAssemblyName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Collect(
        INamespaceSymbol ns,
        ProvisioningSymbols symbols,
        List<CatalogedIndicator> found,
        bool fromSource,
        System.Threading.CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                Collect(child, symbols, found, fromSource, cancellationToken);
            }
            else if (member is INamedTypeSymbol type)
            {
                CollectType(type, symbols, found, fromSource);
            }
        }
    }

    private static void CollectType(INamedTypeSymbol type, ProvisioningSymbols symbols, List<CatalogedIndicator> found, bool fromSource)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (ProvisioningSymbols.Is(attribute.AttributeClass, symbols.IndicatorAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string name)
            {
                found.Add(new CatalogedIndicator(name, type, attribute, fromSource));
                break;
            }
        }

        foreach (var nested in type.GetTypeMembers())
        {
            CollectType(nested, symbols, found, fromSource);
        }
    }
}
