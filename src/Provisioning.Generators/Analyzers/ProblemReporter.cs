using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Provisioning.Generators.Diagnostics;
using Provisioning.Generators.Reading;
using Provisioning.Text;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// Turns the problems the generator's declaration readers find into diagnostics: one table from problem kind to
/// diagnostic, so the generator (which skips invalid declarations) and the analyzers (which report them) read every
/// declaration the same way.
/// </summary>
internal static class ProblemReporter
{
    /// <summary>The diagnostic of a problem kind and its severity; null for kinds another analyzer reports.</summary>
    public static (DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity)? Map(DeclarationProblemKind kind) => kind switch
    {
        DeclarationProblemKind.IndicatorNotAClass
            or DeclarationProblemKind.IndicatorAbstract
            or DeclarationProblemKind.IndicatorGeneric
            or DeclarationProblemKind.IndicatorNotPartial
            or DeclarationProblemKind.IndicatorMissingInterface
            or DeclarationProblemKind.IndicatorInaccessible
            or DeclarationProblemKind.IndicatorInvalidName
            or DeclarationProblemKind.IndicatorInvalidInput
            or DeclarationProblemKind.IndicatorMemberNameTaken
            or DeclarationProblemKind.IndicatorConstructorCount
            or DeclarationProblemKind.IndicatorUnsupportedParameter
            or DeclarationProblemKind.IndicatorParameterNameTaken
            or DeclarationProblemKind.IndicatorNotGenerated
            or DeclarationProblemKind.UsedIndicatorInvalid => Error(ProvisioningDiagnostics.IndicatorShape),
        DeclarationProblemKind.WarmupMissing
            or DeclarationProblemKind.WarmupShape
            or DeclarationProblemKind.WarmupParameterMismatch => Error(ProvisioningDiagnostics.WarmupNotDefinable),
        DeclarationProblemKind.IndicatorInvalidRange
            or DeclarationProblemKind.IndicatorDefaultOutOfRange
            or DeclarationProblemKind.ArgumentCount
            or DeclarationProblemKind.ArgumentType
            or DeclarationProblemKind.ArgumentOutOfRange => Error(ProvisioningDiagnostics.ParameterOutOfRange),
        DeclarationProblemKind.MissingBaseInterval => Error(ProvisioningDiagnostics.MissingBaseInterval),
        DeclarationProblemKind.StrategyNotAStrategy
            or DeclarationProblemKind.StrategyNotPartial
            or DeclarationProblemKind.StrategyGeneric
            or DeclarationProblemKind.StrategyMemberNameTaken
            or DeclarationProblemKind.InvalidHistoricalDays => Error(ProvisioningDiagnostics.InvalidStrategyDeclaration),
        DeclarationProblemKind.DuplicateBars
            or DeclarationProblemKind.DuplicateIndicatorUse => (ProvisioningDiagnostics.InvalidStrategyDeclaration, DiagnosticSeverity.Warning),
        DeclarationProblemKind.HandlerNotStatic
            or DeclarationProblemKind.HandlerGeneric
            or DeclarationProblemKind.HandlerInaccessible
            or DeclarationProblemKind.HandlerSignature
            or DeclarationProblemKind.HandlerStepTypeAbstract => Error(ProvisioningDiagnostics.StepHandlerCount),

        // Interval text is checked wherever it is written by IntervalLiteralAnalyzer (PRV0001, PRV0009).
        _ => null,
    };

    /// <summary>
    /// Reports every problem of <paramref name="problems"/> that has a diagnostic and a place in source. A problem
    /// located outside <paramref name="declared"/> (a non-partial type containing it) is reported at the declared
    /// type's name, with the problem's place as the additional location: diagnostics stay local to the analyzed
    /// symbol, so the IDE shows them as the file is edited, and the code fix finds the place to change.
    /// </summary>
    public static void Report(
        ISymbol declared,
        ImmutableArray<DeclarationProblem> problems,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
        foreach (var problem in problems)
        {
            if (Map(problem.Kind) is not { } target || problem.GetLocation(cancellationToken) is not { } location)
            {
                continue;
            }

            var additional = Array.Empty<Location>();
            if (problem.Symbol is not null
                && problem.Attribute is null
                && !IsWithin(problem.Symbol, declared)
                && declared.Locations.FirstOrDefault(l => l.IsInSource) is { } own)
            {
                additional = new[] { location };
                location = own;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (problem.Kind is DeclarationProblemKind.IndicatorNotPartial or DeclarationProblemKind.StrategyNotPartial)
            {
                properties = properties.Add(DiagnosticProperties.MakePartial, "true");
            }

            if (problem.Kind == DeclarationProblemKind.MissingBaseInterval && problem.Suggestion is not null)
            {
                properties = properties.Add(DiagnosticProperties.SuggestedBase, problem.Suggestion);
            }

            report(Diagnostic.Create(target.Descriptor, location, target.Severity, additional, properties, EchoedText.OneLine(problem.Message)));
        }
    }

    private static bool IsWithin(ISymbol symbol, ISymbol declared)
    {
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (SymbolEqualityComparer.Default.Equals(current, declared))
            {
                return true;
            }
        }

        return false;
    }

    private static (DiagnosticDescriptor, DiagnosticSeverity) Error(DiagnosticDescriptor descriptor) => (descriptor, descriptor.DefaultSeverity);
}
