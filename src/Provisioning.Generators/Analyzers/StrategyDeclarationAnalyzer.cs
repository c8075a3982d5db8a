using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Provisioning.Generators.Diagnostics;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// Reports what the generator's <see cref="StrategyDeclarationReader"/> finds wrong in a class with [Bars] or
/// [UsesIndicator]: PRV0002 at the interval literal no declared base can build (with the base to declare for the code
/// fix), PRV0006 at [UsesIndicator] values outside the indicator's ranges and PRV0026-PRV0028 at values of the wrong
/// count or kind, PRV0023 at a use of an invalid indicator (PRV0022 when it was built without the generator), and PRV0010 and PRV0032-PRV0037 for the strategy's own
/// declarations.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StrategyDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        ProvisioningDiagnostics.MissingBaseInterval,
        ProvisioningDiagnostics.UsedIndicatorInvalid,
        ProvisioningDiagnostics.IndicatorNotGenerated,
        ProvisioningDiagnostics.ParameterOutOfRange,
        ProvisioningDiagnostics.TooManyIndicatorArguments,
        ProvisioningDiagnostics.MissingIndicatorArgument,
        ProvisioningDiagnostics.IndicatorArgumentType,
        ProvisioningDiagnostics.StrategyNotPartial,
        ProvisioningDiagnostics.NotAStrategy,
        ProvisioningDiagnostics.StrategyGeneric,
        ProvisioningDiagnostics.StrategyMemberNameTaken,
        ProvisioningDiagnostics.NegativeHistoricalDays,
        ProvisioningDiagnostics.DuplicateBars,
        ProvisioningDiagnostics.DuplicateIndicatorUse);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(c => AnalyzerGuard.Run(c, Analyze), SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!DeclaresStrategyAttributes(type))
        {
            return;
        }

        var reading = StrategyDeclarationReader.Read(type, context.CancellationToken);
        ProblemReporter.Report(type, reading.Problems, context.ReportDiagnostic, context.CancellationToken);
    }

    private static bool DeclaresStrategyAttributes(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (KnownType.BarsAttribute.Matches(attribute.AttributeClass) || KnownType.UsesIndicatorAttribute.Matches(attribute.AttributeClass))
            {
                return true;
            }
        }

        return false;
    }
}
