using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Provisioning.Config;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// The indicators a compilation can see: the [Indicator] classes declared in its source and in the referenced
/// assemblies that are or use Provisioning.Core (only those are searched, so the framework is never walked).
/// </summary>
internal sealed class VisibleIndicators
{
    private const string CoreAssemblyName = "Provisioning.Core";

    private VisibleIndicators(IReadOnlyList<VisibleIndicator> indicators)
    {
        Indicators = indicators;
    }

    public IReadOnlyList<VisibleIndicator> Indicators { get; }

    public static VisibleIndicators Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new List<VisibleIndicator>();
        Collect(compilation.Assembly.GlobalNamespace, found, fromSource: true, cancellationToken);
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && UsesCore(assembly))
            {
                Collect(assembly.GlobalNamespace, found, fromSource: false, cancellationToken);
            }
        }

        return new VisibleIndicators(found);
    }

    /// <summary>
    /// The indicators a session config may name, as the generator reads them: valid declarations only, since invalid
    /// ones get no registry entry.
    /// </summary>
    public IReadOnlyList<DeclaredIndicator> ToDeclared(CancellationToken cancellationToken)
    {
        var declared = new List<DeclaredIndicator>();
        foreach (var indicator in Indicators)
        {
            if (IndicatorDeclarationReader.Read(indicator.Type, cancellationToken).Model is { } model)
            {
                declared.Add(new DeclaredIndicator(
                    model.Name,
                    model.Parameters.Select(p => new DeclaredIndicatorParameter(p.Name, p.Min, p.Max, p.IsInteger, p.HasDefault)).ToArray()));
            }
        }

        return declared;
    }

    private static bool UsesCore(IAssemblySymbol assembly)
    {
        if (assembly.Name == CoreAssemblyName)
        {
            return true;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                if (referenced.Name == CoreAssemblyName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Collect(INamespaceSymbol ns, List<VisibleIndicator> found, bool fromSource, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                Collect(child, found, fromSource, cancellationToken);
            }
            else if (member is INamedTypeSymbol type)
            {
                CollectType(type, found, fromSource);
            }
        }
    }

    private static void CollectType(INamedTypeSymbol type, List<VisibleIndicator> found, bool fromSource)
    {
        if (KnownType.IndicatorAttribute.FindOn(type) is { } attribute && SymbolShape.StringArgument(attribute, 0) is { } name)
        {
            found.Add(new VisibleIndicator(name, type, fromSource));
        }

        foreach (var nested in type.GetTypeMembers())
        {
            CollectType(nested, found, fromSource);
        }
    }
}
