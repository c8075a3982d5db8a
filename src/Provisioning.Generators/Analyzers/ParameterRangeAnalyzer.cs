using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Provisioning.Generators.Diagnostics;
using Provisioning.Generators.Model;
using Provisioning.Generators.Reading;
using Provisioning.Text;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// PRV0006 on constant indicator parameter values at call sites: <c>new Sma(0)</c>, the generated
/// <c>Sma.Spec(period: 0)</c>, and the session extensions the generator emits in a class marked
/// <c>[IndicatorApi(typeof(Sma))]</c> (<c>session.AddSmaAsync("AAPL", period: 0, interval: "5m")</c>), whose
/// parameters are matched to the indicator's constructor parameters by name. Ranges come from the generator's own reading of the indicator. The values of
/// <c>[UsesIndicator]</c> are reported by <see cref="StrategyDeclarationAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParameterRangeAnalyzer : DiagnosticAnalyzer
{
    private const string SpecMethodName = "Spec";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(ProvisioningDiagnostics.ParameterOutOfRange);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => AnalyzerGuard.Run(start, s =>
        {
            var models = new ConcurrentDictionary<INamedTypeSymbol, IndicatorModel?>(SymbolEqualityComparer.Default);
            s.RegisterOperationAction(
                c => AnalyzerGuard.Run(c, o => AnalyzeCall(o, models)),
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        }));
    }

    private static void AnalyzeCall(OperationAnalysisContext context, ConcurrentDictionary<INamedTypeSymbol, IndicatorModel?> models)
    {
        var (method, arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (method is null || IndicatorOf(method) is not { } indicator)
        {
            return;
        }

        var model = models.GetOrAdd(indicator, type => IndicatorDeclarationReader.Read(type, context.CancellationToken).Model);
        if (model is null)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit
                || argument.Parameter is null
                || !argument.Value.ConstantValue.HasValue
                || argument.Value.ConstantValue.Value is not { } value
                || !NumberText.TryToDouble(value, out var number))
            {
                continue;
            }

            foreach (var parameter in model.Parameters)
            {
                if (parameter.Name == argument.Parameter.Name && (number < parameter.Min || number > parameter.Max || double.IsNaN(number)))
                {
                    context.ReportDiagnostic(ProblemReporter.Create(
                        ProvisioningDiagnostics.ParameterOutOfRange,
                        argument.Value.Syntax.GetLocation(),
                        null,
                        null,
                        parameter.Name,
                        model.Name,
                        NumberText.Format(number),
                        ParameterRangeText.Describe(parameter.Min, parameter.Max)));
                }
            }
        }
    }

    /// <summary>
    /// The indicator a call's parameters stand for: the constructed indicator, the indicator whose generated
    /// <c>Spec(...)</c> is called, or the one the [IndicatorApi] mark on a generated extension method (or its class) names.
    /// </summary>
    private static INamedTypeSymbol? IndicatorOf(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if ((method.MethodKind == MethodKind.Constructor || (method.IsStatic && method.Name == SpecMethodName))
            && KnownType.IndicatorAttribute.FindOn(type) is not null)
        {
            return type;
        }

        foreach (var attribute in method.GetAttributes().Concat(type.GetAttributes()))
        {
            if (KnownType.IndicatorApiAttribute.Matches(attribute.AttributeClass)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is INamedTypeSymbol indicator)
            {
                return indicator;
            }
        }

        return null;
    }
}
