using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Provisioning.Generators.Diagnostics;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// Reports what the generator's <see cref="IndicatorDeclarationReader"/> finds wrong in an [Indicator] class
/// (one diagnostic per problem: PRV0003 not partial, with a property for the make-partial fix; PRV0011-PRV0022 the
/// rest of its shape; PRV0004 and PRV0029-PRV0031 warm-up; PRV0024 and PRV0025 ranges and defaults), and
/// PRV0005 at the name of an indicator whose name another indicator of the compilation or of a referenced assembly
/// also declares (letter case ignored, as configs are).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IndicatorDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        ProvisioningDiagnostics.IndicatorNotPartial,
        ProvisioningDiagnostics.IndicatorNotConcreteClass,
        ProvisioningDiagnostics.IndicatorGeneric,
        ProvisioningDiagnostics.IndicatorMissingInterface,
        ProvisioningDiagnostics.IndicatorInaccessible,
        ProvisioningDiagnostics.InvalidIndicatorName,
        ProvisioningDiagnostics.InvalidIndicatorInput,
        ProvisioningDiagnostics.IndicatorMemberNameTaken,
        ProvisioningDiagnostics.IndicatorConstructorCount,
        ProvisioningDiagnostics.UnsupportedIndicatorParameter,
        ProvisioningDiagnostics.TooManyIndicatorParameters,
        ProvisioningDiagnostics.IndicatorParameterNameTaken,
        ProvisioningDiagnostics.EmptyParameterRange,
        ProvisioningDiagnostics.ParameterDefaultOutOfRange,
        ProvisioningDiagnostics.WarmupMissing,
        ProvisioningDiagnostics.WarmupShape,
        ProvisioningDiagnostics.WarmupParameterUnknown,
        ProvisioningDiagnostics.WarmupParameterType,
        ProvisioningDiagnostics.DuplicateIndicatorName);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => AnalyzerGuard.Run(start, s =>
        {
            var compilation = s.Compilation;
            var visible = new Lazy<VisibleIndicators>(
                () => VisibleIndicators.Read(compilation, s.CancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);
            s.RegisterSymbolAction(c => AnalyzerGuard.Run(c, n => Analyze(n, visible)), SymbolKind.NamedType);
        }));
    }

    private static void Analyze(SymbolAnalysisContext context, Lazy<VisibleIndicators> visible)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var attribute = KnownType.IndicatorAttribute.FindOn(type);
        if (attribute is null)
        {
            return;
        }

        var reading = IndicatorDeclarationReader.Read(type, context.CancellationToken);
        ProblemReporter.Report(type, reading.Problems, context.ReportDiagnostic, context.CancellationToken);

        if (SymbolShape.StringArgument(attribute, 0) is not { } name || !IndicatorDeclarationReader.IsValidName(name))
        {
            return;
        }

        var indicators = visible.Value;
        foreach (var other in indicators.InSource)
        {
            if (!SymbolEqualityComparer.Default.Equals(other.Type, type)
                && string.Equals(other.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                ReportDuplicate(context, type, attribute, name, other.Type.ToDisplayString());
                return;
            }
        }

        foreach (var other in indicators.Referenced)
        {
            if (string.Equals(other.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                ReportDuplicate(context, type, attribute, name, other.TypeName + " (in " + other.AssemblyName + ")");
                return;
            }
        }
    }

    private static void ReportDuplicate(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute, string name, string otherName)
    {
        var location = new DeclarationProblem(DeclarationProblemKind.IndicatorInvalidName, [], type, attribute, argumentIndex: 0)
            .GetLocation(context.CancellationToken);
        if (location is null)
        {
            return;
        }

        context.ReportDiagnostic(ProblemReporter.Create(
            ProvisioningDiagnostics.DuplicateIndicatorName,
            location,
            null,
            null,
            name,
            type.ToDisplayString(),
            otherName));
    }
}
