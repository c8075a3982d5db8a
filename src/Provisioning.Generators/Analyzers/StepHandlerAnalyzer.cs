using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Provisioning.Generators.Diagnostics;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// Every step type declared in the compilation has exactly one [StepHandler] method in it. Reports a handler the
/// generator's <see cref="StepHandlerReader"/> cannot dispatch to (PRV0039-PRV0043: not static, wrong signature, ...),
/// each handler of a step type that has two or more (PRV0038), and a concrete step type that no handler takes (PRV0007) (a handler of a base step type
/// counts, since the generated dispatch matches derived types by their base). Suggests <c>partial</c> on a step type with
/// its own handler that the generator cannot write the handler call into only because it is not partial (PRV0047).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StepHandlerAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
            ProvisioningDiagnostics.StepTypeWithoutHandler,
            ProvisioningDiagnostics.DuplicateStepHandler,
            ProvisioningDiagnostics.StepHandlerNotStatic,
            ProvisioningDiagnostics.StepHandlerGeneric,
            ProvisioningDiagnostics.StepHandlerInaccessible,
            ProvisioningDiagnostics.StepHandlerSignature,
            ProvisioningDiagnostics.StepHandlerAbstractStepType,
            ProvisioningDiagnostics.StepTypeNotPartial);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => AnalyzerGuard.Run(start, s =>
        {
            var compilation = s.Compilation;
            var handlers = new Lazy<Dictionary<ITypeSymbol, List<IMethodSymbol>>>(
                () => ValidHandlers(compilation, s.CancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);
            s.RegisterSymbolAction(c => AnalyzerGuard.Run(c, m => AnalyzeMethod(m, handlers)), SymbolKind.Method);
            s.RegisterSymbolAction(c => AnalyzerGuard.Run(c, t => AnalyzeStepType(t, handlers)), SymbolKind.NamedType);
        }));
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, Lazy<Dictionary<ITypeSymbol, List<IMethodSymbol>>> handlers)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (KnownType.StepHandlerAttribute.FindOn(method) is null)
        {
            return;
        }

        var reading = StepHandlerReader.Read(method, context.CancellationToken);
        ProblemReporter.Report(method, reading.Problems, context.ReportDiagnostic, context.CancellationToken);
        if (reading.Model is null
            || !handlers.Value.TryGetValue(method.Parameters[0].Type, out var all)
            || all.Count < 2
            || method.Locations.FirstOrDefault(l => l.IsInSource) is not { } location)
        {
            return;
        }

        var others = string.Join(", ", all.Where(h => !SymbolEqualityComparer.Default.Equals(h, method)).Select(Describe));
        context.ReportDiagnostic(ProblemReporter.Create(
            ProvisioningDiagnostics.DuplicateStepHandler,
            location,
            null,
            null,
            method.Parameters[0].Type.Name,
            all.Count.ToString(CultureInfo.InvariantCulture),
            others));
    }

    private static void AnalyzeStepType(SymbolAnalysisContext context, Lazy<Dictionary<ITypeSymbol, List<IMethodSymbol>>> handlers)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.IsAbstract || !StepHandlerReader.IsStepType(type) || type.Locations.FirstOrDefault(l => l.IsInSource) is not { } location)
        {
            return;
        }

        if (handlers.Value.TryGetValue(type.OriginalDefinition, out var own))
        {
            SuggestPartial(context, type, location, own.Count);
            return;
        }

        for (var current = type.BaseType; current is not null && !KnownType.ProvisioningStep.Matches(current); current = current.BaseType)
        {
            if (handlers.Value.ContainsKey(current.OriginalDefinition))
            {
                return;
            }
        }

        context.ReportDiagnostic(ProblemReporter.Create(ProvisioningDiagnostics.StepTypeWithoutHandler, location, null, null, type.Name));
    }

    /// <summary>
    /// PRV0047: a step type with its one handler that the generator could write the handler call into, if it (or a
    /// type containing it) were partial. Reported at the step type, with the type to make partial as the additional
    /// location when it is a containing type, as PRV0003 does.
    /// </summary>
    private static void SuggestPartial(SymbolAnalysisContext context, INamedTypeSymbol type, Location location, int handlerCount)
    {
        if (handlerCount != 1
            || SymbolShape.IsGenericOrInGeneric(type)
            || SymbolShape.FirstNonPartial(type, context.CancellationToken) is not { } notPartial
            || notPartial.Locations.FirstOrDefault(l => l.IsInSource) is not { } notPartialLocation)
        {
            return;
        }

        var additional = SymbolEqualityComparer.Default.Equals(notPartial, type) ? null : new[] { notPartialLocation };
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.MakePartial, "true");
        context.ReportDiagnostic(ProblemReporter.Create(
            ProvisioningDiagnostics.StepTypeNotPartial, location, additional, properties, notPartial.Name, type.Name));
    }

    private static Dictionary<ITypeSymbol, List<IMethodSymbol>> ValidHandlers(Compilation compilation, CancellationToken cancellationToken)
    {
        var handlers = new Dictionary<ITypeSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                switch (member)
                {
                    case INamespaceOrTypeSymbol container:
                        pending.Push(container);
                        break;
                    case IMethodSymbol method when KnownType.StepHandlerAttribute.FindOn(method) is not null
                        && StepHandlerReader.Read(method, cancellationToken).Model is not null:
                        var stepType = method.Parameters[0].Type.OriginalDefinition;
                        if (!handlers.TryGetValue(stepType, out var list))
                        {
                            list = new List<IMethodSymbol>();
                            handlers.Add(stepType, list);
                        }

                        list.Add(method);
                        break;
                }
            }
        }

        return handlers;
    }

    private static string Describe(IMethodSymbol method) => method.ContainingType.Name + "." + method.Name;
}
