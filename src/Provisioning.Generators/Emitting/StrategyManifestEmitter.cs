using System.Linq;
using Provisioning.Generators.Model;
using Provisioning.Intervals;

namespace Provisioning.Generators.Emitting;

/// <summary>
/// Emits a strategy's manifest into its partial class: a static <c>DeclaredManifest</c> built once from its [Bars] and
/// [UsesIndicator] declarations (intervals parsed at compile time, indicator specs from the indicators' Spec(...)),
/// and the <c>Manifest</c> override the session coordinator reads.
/// </summary>
internal static class StrategyManifestEmitter
{
    public static string HintName(StrategyModel strategy) => strategy.Type.HintName + ".Strategy.g.cs";

    public static SourceWriter Emit(StrategyModel strategy)
    {
        var type = strategy.Type;
        var writer = new SourceWriter().OpenContainers(type);
        writer.Open("partial " + type.Keyword + " " + type.Name);
        writer.Line($"/// <summary>Everything <see cref=\"{type.FullyQualifiedName}\"/> declares: its bars and indicators, read from its attributes at compile time.</summary>");
        writer.Line($"public static {(strategy.HidesInheritedManifest ? "new " : string.Empty)}{CoreNames.StrategyManifest} DeclaredManifest {{ get; }} = new {CoreNames.StrategyManifest}(");
        writer.Indent();
        writer.Line(CSharpLiteral.String(type.Name.TrimStart('@')) + ",");
        if (strategy.Bars.IsEmpty)
        {
            writer.Line($"{CoreNames.EquatableArray}<{CoreNames.BarDeclaration}>.Empty,");
        }
        else
        {
            writer.Line($"{CoreNames.EquatableArray}<{CoreNames.BarDeclaration}>.Of(");
            writer.Indent();
            for (var i = 0; i < strategy.Bars.Count; i++)
            {
                var bars = strategy.Bars[i];
                writer.Line(
                    $"new {CoreNames.BarDeclaration}({IntervalExpression(bars.Interval)}, IsBase: {(bars.IsBase ? "true" : "false")}, HistoricalDays: {CSharpLiteral.Int(bars.HistoricalDays)})"
                    + (i == strategy.Bars.Count - 1 ? ")," : ","));
            }

            writer.Outdent();
        }

        if (strategy.Indicators.IsEmpty)
        {
            writer.Line($"{CoreNames.EquatableArray}<{CoreNames.IndicatorSpec}>.Empty);");
        }
        else
        {
            writer.Line($"{CoreNames.EquatableArray}<{CoreNames.IndicatorSpec}>.Of(");
            writer.Indent();
            for (var i = 0; i < strategy.Indicators.Count; i++)
            {
                var use = strategy.Indicators[i];
                var arguments = string.Join(
                    ", ",
                    use.Arguments.Select(a => Reading.SymbolShape.Identifier(a.ParameterName) + ": " + CSharpLiteral.Number(a.Value, a.IsInteger)));
                writer.Line(
                    $"{use.IndicatorType}.Spec({arguments}).On({IntervalExpression(use.Interval)})"
                    + (i == strategy.Indicators.Count - 1 ? "));" : ","));
            }

            writer.Outdent();
        }

        writer.Outdent();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public override {CoreNames.StrategyManifest} Manifest => DeclaredManifest;");
        EmitIndicatorProperties(writer, strategy);
        writer.Close();
        return writer.CloseContainers(type);
    }

    // One private property per declared indicator, typed, read per symbol: strategy code names no indicator key. Private,
    // so a derived strategy's own properties (its manifest repeats the base's declarations) hide nothing.
    private static void EmitIndicatorProperties(SourceWriter writer, StrategyModel strategy)
    {
        var names = StrategyIndicatorNames.For(strategy.Indicators);
        for (var i = 0; i < strategy.Indicators.Count; i++)
        {
            var use = strategy.Indicators[i];
            var handle = $"{CoreNames.IndicatorHandle}<{use.IndicatorType}>";
            var field = "__provisioningIndicator" + CSharpLiteral.Int(i);
            var arguments = string.Join(", ", use.Arguments.Select(a => CSharpLiteral.Number(a.Value, a.IsInteger).TrimEnd('d')));
            writer.Line();
            writer.Line($"private {handle}? {field};");
            writer.Line();
            writer.Line($"/// <summary>The declared <see cref=\"{use.IndicatorType}\"/>({arguments}) on {use.Interval} bars, per symbol: <c>{names[i]}[symbol].Value</c>.</summary>");
            writer.Line($"private {handle} {names[i]} => {field} ??= Indicator<{use.IndicatorType}>(DeclaredManifest.Indicators[{CSharpLiteral.Int(i)}]);");
        }
    }

    /// <summary>The interval as a Core factory call: <c>Interval.Minutes(5)</c>.</summary>
    public static string IntervalExpression(Interval interval)
    {
        var factory = interval.Unit switch
        {
            IntervalUnit.Second => "Seconds",
            IntervalUnit.Minute => "Minutes",
            IntervalUnit.Hour => "Hours",
            IntervalUnit.Day => "Days",
            _ => "Weeks",
        };
        return $"{CoreNames.Interval}.{factory}({CSharpLiteral.Int(interval.Count)})";
    }
}
