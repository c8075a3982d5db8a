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
    /// <summary>The diagnostic of a problem kind; null for kinds reported elsewhere or not at all.</summary>
    public static DiagnosticDescriptor? Map(DeclarationProblemKind kind) => kind switch
    {
        DeclarationProblemKind.IndicatorNotAClass or DeclarationProblemKind.IndicatorAbstract => ProvisioningDiagnostics.IndicatorNotConcreteClass,
        DeclarationProblemKind.IndicatorGeneric => ProvisioningDiagnostics.IndicatorGeneric,
        DeclarationProblemKind.IndicatorNotPartial => ProvisioningDiagnostics.IndicatorNotPartial,
        DeclarationProblemKind.IndicatorMissingInterface => ProvisioningDiagnostics.IndicatorMissingInterface,
        DeclarationProblemKind.IndicatorInaccessible => ProvisioningDiagnostics.IndicatorInaccessible,
        DeclarationProblemKind.IndicatorInvalidName => ProvisioningDiagnostics.InvalidIndicatorName,
        DeclarationProblemKind.IndicatorInvalidInput => ProvisioningDiagnostics.InvalidIndicatorInput,
        DeclarationProblemKind.IndicatorMemberNameTaken => ProvisioningDiagnostics.IndicatorMemberNameTaken,
        DeclarationProblemKind.IndicatorConstructorCount => ProvisioningDiagnostics.IndicatorConstructorCount,
        DeclarationProblemKind.IndicatorUnsupportedParameter => ProvisioningDiagnostics.UnsupportedIndicatorParameter,
        DeclarationProblemKind.IndicatorTooManyParameters => ProvisioningDiagnostics.TooManyIndicatorParameters,
        DeclarationProblemKind.IndicatorParameterNameTaken => ProvisioningDiagnostics.IndicatorParameterNameTaken,
        DeclarationProblemKind.IndicatorInvalidRange => ProvisioningDiagnostics.EmptyParameterRange,
        DeclarationProblemKind.IndicatorDefaultOutOfRange => ProvisioningDiagnostics.ParameterDefaultOutOfRange,
        DeclarationProblemKind.IndicatorNotGenerated => ProvisioningDiagnostics.IndicatorNotGenerated,
        DeclarationProblemKind.WarmupMissing => ProvisioningDiagnostics.WarmupMissing,
        DeclarationProblemKind.WarmupShape => ProvisioningDiagnostics.WarmupShape,
        DeclarationProblemKind.WarmupParameterUnknown => ProvisioningDiagnostics.WarmupParameterUnknown,
        DeclarationProblemKind.WarmupParameterType => ProvisioningDiagnostics.WarmupParameterType,
        DeclarationProblemKind.StrategyNotAStrategy => ProvisioningDiagnostics.NotAStrategy,
        DeclarationProblemKind.StrategyNotPartial => ProvisioningDiagnostics.StrategyNotPartial,
        DeclarationProblemKind.StrategyGeneric => ProvisioningDiagnostics.StrategyGeneric,
        DeclarationProblemKind.StrategyMemberNameTaken => ProvisioningDiagnostics.StrategyMemberNameTaken,
        DeclarationProblemKind.MissingBaseInterval => ProvisioningDiagnostics.MissingBaseInterval,
        DeclarationProblemKind.InvalidHistoricalDays => ProvisioningDiagnostics.NegativeHistoricalDays,
        DeclarationProblemKind.DuplicateBars => ProvisioningDiagnostics.DuplicateBars,
        DeclarationProblemKind.UsedIndicatorInvalid => ProvisioningDiagnostics.UsedIndicatorInvalid,
        DeclarationProblemKind.TooManyArguments => ProvisioningDiagnostics.TooManyIndicatorArguments,
        DeclarationProblemKind.MissingArgument => ProvisioningDiagnostics.MissingIndicatorArgument,
        DeclarationProblemKind.ArgumentType => ProvisioningDiagnostics.IndicatorArgumentType,
        DeclarationProblemKind.ArgumentOutOfRange => ProvisioningDiagnostics.ParameterOutOfRange,
        DeclarationProblemKind.DuplicateIndicatorUse => ProvisioningDiagnostics.DuplicateIndicatorUse,
        DeclarationProblemKind.HandlerNotStatic => ProvisioningDiagnostics.StepHandlerNotStatic,
        DeclarationProblemKind.HandlerGeneric => ProvisioningDiagnostics.StepHandlerGeneric,
        DeclarationProblemKind.HandlerInaccessible => ProvisioningDiagnostics.StepHandlerInaccessible,
        DeclarationProblemKind.HandlerSignature => ProvisioningDiagnostics.StepHandlerSignature,
        DeclarationProblemKind.HandlerStepTypeAbstract => ProvisioningDiagnostics.StepHandlerAbstractStepType,

        // Interval text is checked wherever it is written by IntervalLiteralAnalyzer (PRV0001, PRV0009); a type without
        // [Indicator] is reported at the strategy that uses it (UsedIndicatorInvalid).
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
            if (Map(problem.Kind) is not { } descriptor || problem.GetLocation(cancellationToken) is not { } location)
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

            report(Create(descriptor, location, additional, properties, problem.MessageArguments));
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

    /// <summary>
    /// A diagnostic of <paramref name="descriptor"/> at its default severity, with every message argument passed
    /// through <see cref="EchoedText.OneLine(string?)"/>: names and values can come from source or config text, and must not
    /// break the message onto a line of its own.
    /// </summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        Location[]? additionalLocations,
        ImmutableDictionary<string, string?>? properties,
        params string[] messageArguments)
    {
        var echoed = new object[messageArguments.Length];
        for (var i = 0; i < messageArguments.Length; i++)
        {
            echoed[i] = EchoedText.OneLine(messageArguments[i]);
        }

        return Diagnostic.Create(descriptor, location, additionalLocations, properties, echoed);
    }
}
