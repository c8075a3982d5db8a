using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Provisioning.Generators.Diagnostics;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// PRV0006 on constant indicator parameter values: the values of <c>[UsesIndicator&lt;Sma&gt;("5m", 0)]</c> (checked
/// against the indicator constructor's <c>[Parameter]</c> ranges, kinds and count) and constant arguments passed to
/// parameters that declare a range (<c>new Sma(0)</c>, generated methods that carry the range) or that stand for one
/// (<c>Sma.Spec(period: 0)</c>, matched to the constructor parameter by name).
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
            var symbols = ProvisioningSymbols.From(s.Compilation);
            if (symbols.ParameterAttribute is null)
            {
                return;
            }

            s.RegisterSyntaxNodeAction(c => AnalyzerGuard.Run(c, n => AnalyzeAttribute(n, symbols)), SyntaxKind.Attribute);
            s.RegisterOperationAction(
                c => AnalyzerGuard.Run(c, o => AnalyzeCall(o, symbols)),
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        }));
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, ProvisioningSymbols symbols)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
            || !ProvisioningSymbols.Is(constructor.ContainingType, symbols.UsesIndicatorAttribute)
            || constructor.ContainingType.TypeArguments.Length != 1
            || constructor.ContainingType.TypeArguments[0] is not INamedTypeSymbol indicator
            || indicator.TypeKind == TypeKind.Error)
        {
            return;
        }

        var indicatorConstructor = IndicatorConstructors.Single(indicator);
        if (indicatorConstructor is null)
        {
            return;
        }

        var values = AttributeArguments.Constructor(attribute, constructor).Where(a => a.IsExpandedParams).ToList();
        if (values.Count == 1
            && context.SemanticModel.GetTypeInfo(values[0].Syntax.Expression, context.CancellationToken).Type is IArrayTypeSymbol)
        {
            return;
        }

        var parameters = indicatorConstructor.Parameters;
        for (var i = 0; i < values.Count; i++)
        {
            var expression = values[i].Syntax.Expression;
            if (i >= parameters.Length)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    ProvisioningDiagnostics.ParameterOutOfRange,
                    expression.GetLocation(),
                    "'" + indicator.Name + "' takes " + Count(parameters.Length) + Names(parameters)
                    + ", so this value has no parameter: remove it."));
                continue;
            }

            var constant = context.SemanticModel.GetConstantValue(expression, context.CancellationToken);
            if (constant.HasValue)
            {
                CheckValue(constant.Value, parameters[i], indicator, symbols, expression.GetLocation(), context.ReportDiagnostic);
            }
        }

        var missing = parameters.Skip(values.Count).Where(p => !p.HasExplicitDefaultValue).Select(p => p.Name).ToList();
        if (missing.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                ProvisioningDiagnostics.ParameterOutOfRange,
                attribute.GetLocation(),
                "'" + indicator.Name + "' needs a value for " + string.Join(", ", missing.Select(m => "'" + m + "'"))
                + ": add " + (missing.Count == 1 ? "it" : "them") + " after the interval, in constructor order."));
        }
    }

    private static void AnalyzeCall(OperationAnalysisContext context, ProvisioningSymbols symbols)
    {
        var (method, arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (method is null)
        {
            return;
        }

        var specOf = SpecIndicator(method, symbols);
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is null || !argument.Value.ConstantValue.HasValue)
            {
                continue;
            }

            var declared = argument.Parameter;
            var owner = method.ContainingType;
            if (!ParameterRange.TryRead(declared, symbols.ParameterAttribute, out _) && specOf is not null)
            {
                var match = IndicatorConstructors.Single(specOf)?.Parameters.FirstOrDefault(p => p.Name == declared.Name);
                if (match is null)
                {
                    continue;
                }

                declared = match;
                owner = specOf;
            }

            CheckValue(argument.Value.ConstantValue.Value, declared, owner, symbols, argument.Value.Syntax.GetLocation(), context.ReportDiagnostic);
        }
    }

    private static INamedTypeSymbol? SpecIndicator(IMethodSymbol method, ProvisioningSymbols symbols)
    {
        if (!method.IsStatic || method.Name != SpecMethodName)
        {
            return null;
        }

        var type = method.ContainingType;
        return type.GetAttributes().Any(a => ProvisioningSymbols.Is(a.AttributeClass, symbols.IndicatorAttribute)) ? type : null;
    }

    private static void CheckValue(
        object? value,
        IParameterSymbol parameter,
        INamedTypeSymbol owner,
        ProvisioningSymbols symbols,
        Location location,
        System.Action<Diagnostic> report)
    {
        if (!NumericTypes.IsNumeric(parameter.Type))
        {
            return;
        }

        var subject = "Parameter '" + parameter.Name + "' of '" + owner.Name + "'";
        if (value is null || !ParameterRange.TryToDouble(value, out var number))
        {
            var shown = value is string text ? "\"" + text + "\"" : value?.ToString() ?? "null";
            report(Diagnostic.Create(
                ProvisioningDiagnostics.ParameterOutOfRange,
                location,
                subject + " takes a number, not " + shown + ": write the value without quotes."));
            return;
        }

        if (NumericTypes.IsWholeNumber(parameter.Type) && number != System.Math.Floor(number))
        {
            report(Diagnostic.Create(
                ProvisioningDiagnostics.ParameterOutOfRange,
                location,
                subject + " is a whole number, not " + ParameterRange.Format(number) + ": write a whole number."));
            return;
        }

        if (ParameterRange.TryRead(parameter, symbols.ParameterAttribute, out var range) && !range.Contains(number))
        {
            report(Diagnostic.Create(
                ProvisioningDiagnostics.ParameterOutOfRange,
                location,
                subject + " is " + ParameterRange.Format(number) + ", outside its declared range (" + range.Describe()
                + "): pass a value in that range."));
        }
    }

    private static string Count(int count) => count == 1 ? "1 parameter" : count + " parameters";

    private static string Names(IReadOnlyList<IParameterSymbol> parameters) =>
        parameters.Count == 0 ? string.Empty : " (" + string.Join(", ", parameters.Select(p => p.Name)) + ")";
}
