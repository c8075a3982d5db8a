using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Provisioning.Config;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// The indicators a compilation can see: the [Indicator] classes declared in its source and in the referenced
/// assemblies that are or use Provisioning.Core (only those are searched, so the framework is never walked; each is
/// read once per build of it, through <see cref="ReferencedIndicatorCache"/>).
/// </summary>
internal sealed class VisibleIndicators
{
    private const string CoreAssemblyName = "Provisioning.Core";

    private VisibleIndicators(IReadOnlyList<VisibleIndicator> inSource, IReadOnlyList<ReferencedIndicator> referenced)
    {
        InSource = inSource;
        Referenced = referenced;
    }

    /// <summary>The [Indicator] classes of the compilation's own source.</summary>
    public IReadOnlyList<VisibleIndicator> InSource { get; }

    /// <summary>The [Indicator] classes of the referenced assemblies.</summary>
    public IReadOnlyList<ReferencedIndicator> Referenced { get; }

    public static VisibleIndicators Read(Compilation compilation, CancellationToken cancellationToken) =>
        Read(compilation, ReferencedIndicatorCache.Shared, cancellationToken);

    public static VisibleIndicators Read(Compilation compilation, ReferencedIndicatorCache cache, CancellationToken cancellationToken)
    {
        var inSource = Declared(compilation.Assembly.GlobalNamespace, fromSource: true, cancellationToken);
        var referenced = new List<ReferencedIndicator>();
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && UsesCore(assembly))
            {
                referenced.AddRange(cache.For(assembly, cancellationToken));
            }
        }

        return new VisibleIndicators(inSource, referenced);
    }

    /// <summary>The [Indicator] classes under <paramref name="ns"/>, nested classes included.</summary>
    public static List<VisibleIndicator> Declared(INamespaceSymbol ns, bool fromSource, CancellationToken cancellationToken)
    {
        var found = new List<VisibleIndicator>();
        Collect(ns, found, fromSource, cancellationToken);
        return found;
    }

    /// <summary>
    /// The indicators a session config may name, as the generator reads them: valid declarations only, since invalid
    /// ones get no registry entry.
    /// </summary>
    public IReadOnlyList<DeclaredIndicator> ToDeclared(CancellationToken cancellationToken)
    {
        var declared = new List<DeclaredIndicator>();
        foreach (var indicator in InSource)
        {
            if (IndicatorDeclarationReader.Read(indicator.Type, cancellationToken).Model is { } model)
            {
                declared.Add(new DeclaredIndicator(
                    model.Name,
                    model.Parameters.Select(p => new DeclaredIndicatorParameter(p.Name, p.Min, p.Max, p.IsInteger, p.HasDefault)).ToArray()));
            }
        }

        foreach (var indicator in Referenced)
        {
            if (indicator.Declared is { } known)
            {
                declared.Add(known);
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
