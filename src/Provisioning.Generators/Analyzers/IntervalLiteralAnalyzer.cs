using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Provisioning.Generators.Diagnostics;
using Provisioning.Intervals;
using Provisioning.Text;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// PRV0001 and PRV0009 on constant interval text: attribute arguments (<c>[Bars("7x")]</c>,
/// <c>[UsesIndicator&lt;Sma&gt;("60m", 20)]</c>) and arguments at call sites (<c>AddBarsAsync("AAPL", "7x")</c>,
/// <c>Interval.Parse("5min")</c>, generated <c>Add…Async(..., interval: "7x")</c>), plus constant counts passed to
/// <c>Interval.Minutes(0)</c> and its siblings. The diagnostic is on the literal. Attribute arguments arrive as the
/// attribute constructor's object creation, so one operation action covers attributes and calls alike.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IntervalLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(ProvisioningDiagnostics.UnsupportedInterval, ProvisioningDiagnostics.NonCanonicalInterval);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => AnalyzerGuard.Run(start, s =>
        {
            var symbols = ProvisioningSymbols.From(s.Compilation);
            var cap = SessionIntervalCap.Read(s.Options, s.CancellationToken);
            s.RegisterOperationAction(
                c => AnalyzerGuard.Run(c, o => AnalyzeCall(o, symbols, cap)),
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        }));
    }

    /// <summary>Reports PRV0001 or PRV0009 for constant interval text at <paramref name="location"/>; true when it reported.</summary>
    internal static bool CheckText(object? text, Location location, System.Action<Diagnostic> report, SessionIntervalCap cap = default)
    {
        var parsed = IntervalParser.Parse(text as string);
        if (parsed.Success && cap.Applies)
        {
            var fits = IntervalParser.FitsSession(parsed.Interval, cap.Minutes, cap.Exchange, text as string);
            if (!fits.Success)
            {
                parsed = fits;
            }
        }

        if (!parsed.Success)
        {
            report(ProblemReporter.Create(ProvisioningDiagnostics.UnsupportedInterval, location, null, null, Reason(parsed)));
            return true;
        }

        if (!parsed.IsCanonical)
        {
            var canonical = parsed.Interval.ToString();
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.CanonicalInterval, canonical);
            report(ProblemReporter.Create(ProvisioningDiagnostics.NonCanonicalInterval, location, null, properties, EchoedText.Quote((string)text!), canonical));
            return true;
        }

        return false;
    }

    private static string Reason(IntervalParseResult parsed) => parsed.Reason ?? "Not a supported interval.";

    private static void AnalyzeCall(OperationAnalysisContext context, ProvisioningSymbols symbols, SessionIntervalCap cap)
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

        if (TryGetUnit(method, symbols, out var unit))
        {
            CheckCount(context, arguments, unit, cap);
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is null
                || !IntervalTextParameters.IsIntervalText(argument.Parameter, symbols))
            {
                continue;
            }

            var constant = argument.Value.ConstantValue;
            if (constant.HasValue)
            {
                CheckText(constant.Value, argument.Value.Syntax.GetLocation(), context.ReportDiagnostic, cap);
            }
        }
    }

    private static void CheckCount(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, IntervalUnit unit, SessionIntervalCap cap)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter?.Ordinal != 0)
            {
                continue;
            }

            if (argument.Value.ConstantValue is { HasValue: true, Value: int count })
            {
                var result = IntervalParser.FromParts(count, unit);
                if (result.Success && cap.Applies)
                {
                    result = IntervalParser.FitsSession(result.Interval, cap.Minutes, cap.Exchange);
                }

                if (!result.Success)
                {
                    context.ReportDiagnostic(ProblemReporter.Create(
                        ProvisioningDiagnostics.UnsupportedInterval,
                        argument.Value.Syntax.GetLocation(),
                        null,
                        null,
                        Reason(result)));
                }
            }
        }
    }

    private static bool TryGetUnit(IMethodSymbol method, ProvisioningSymbols symbols, out IntervalUnit unit)
    {
        unit = default;
        if (!method.IsStatic || !SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Interval))
        {
            return false;
        }

        switch (method.Name)
        {
            case "Seconds":
                unit = IntervalUnit.Second;
                return true;
            case "Minutes":
                unit = IntervalUnit.Minute;
                return true;
            case "Hours":
                unit = IntervalUnit.Hour;
                return true;
            case "Days":
                unit = IntervalUnit.Day;
                return true;
            case "Weeks":
                unit = IntervalUnit.Week;
                return true;
            default:
                return false;
        }
    }
}
