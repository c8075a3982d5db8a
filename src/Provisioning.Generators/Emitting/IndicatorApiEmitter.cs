using System.Linq;
using Provisioning.Generators.Model;

namespace Provisioning.Generators.Emitting;

/// <summary>
/// Emits the indicator's own generated members into its partial class: <c>Descriptor</c> (name, input, parameters with
/// ranges, and functions calling the constructor and WarmupBars) and the typed <c>Spec(...)</c> builder.
/// </summary>
internal static class IndicatorApiEmitter
{
    public static string HintName(IndicatorModel indicator) => indicator.Type.HintName + ".Indicator.g.cs";

    public static SourceWriter Emit(IndicatorModel indicator)
    {
        var type = indicator.Type;
        var writer = new SourceWriter().OpenContainers(type);
        writer.Open("partial " + type.Keyword + " " + type.Name);

        writer.Line($"/// <summary>The <c>{indicator.Name}</c> indicator's declaration: parameters, ranges, warm-up, factory.</summary>");
        writer.Line($"[{CoreNames.EditorBrowsable}({CoreNames.EditorBrowsableState}.Never)]");
        writer.Line($"public static {CoreNames.IndicatorDescriptor} Descriptor {{ get; }} = new {CoreNames.IndicatorDescriptor}(");
        writer.Indent();
        writer.Line(CSharpLiteral.String(indicator.Name) + ",");
        writer.Line($"typeof({type.FullyQualifiedName}),");
        writer.Line($"{CoreNames.PriceInput}.{indicator.InputMember},");
        if (indicator.Parameters.IsEmpty)
        {
            writer.Line($"global::System.Array.Empty<{CoreNames.IndicatorParameterDefinition}>(),");
        }
        else
        {
            writer.Line($"new {CoreNames.IndicatorParameterDefinition}[]");
            writer.Line("{");
            writer.Indent();
            foreach (var parameter in indicator.Parameters)
            {
                writer.Line(
                    $"new {CoreNames.IndicatorParameterDefinition}({CSharpLiteral.String(parameter.Name)}, "
                    + $"{CoreNames.IndicatorParameterKind}.{(parameter.IsInteger ? "Integer" : "Real")}, "
                    + $"{CSharpLiteral.Double(parameter.Min)}, {CSharpLiteral.Double(parameter.Max)}, "
                    + $"{(parameter.HasDefault ? CSharpLiteral.Double(parameter.DefaultValue) : "null")}),");
            }

            writer.Outdent();
            writer.Line("},");
        }
        var warmupArguments = string.Join(
            ", ",
            indicator.WarmupArguments.Select(a =>
                Reading.SymbolShape.Identifier(a.Name) + ": arguments." + (a.IsInteger ? "Int32" : "Double") + "(" + CSharpLiteral.Int(a.ParameterIndex) + ")"));
        writer.Line($"static arguments => {type.FullyQualifiedName}.WarmupBars({warmupArguments}),");
        var constructorArguments = string.Join(
            ", ",
            indicator.Parameters.Select((p, i) => "arguments." + (p.IsInteger ? "Int32" : "Double") + "(" + CSharpLiteral.Int(i) + ")"));
        writer.Line($"static arguments => new {type.FullyQualifiedName}({constructorArguments}));");
        writer.Outdent();
        writer.Line();

        var throws = indicator.Parameters.IsEmpty ? string.Empty : "; a value out of range throws";
        writer.Line($"/// <summary>The <c>{indicator.Name}</c> indicator{ParameterText.Summary(indicator.Parameters)}, to put on bars: <c>Spec(...).On(\"5m\")</c>{throws}.</summary>");
        var parameters = string.Join(", ", indicator.Parameters.Select(ParameterText.Declaration));
        var values = string.Join(", ", indicator.Parameters.Select(p => Reading.SymbolShape.Identifier(p.Name)));
        writer.Line($"public static {CoreNames.IndicatorSpecBuilder} Spec({parameters}) => Descriptor.Spec({values});");

        writer.Close();
        return writer.CloseContainers(type);
    }
}
