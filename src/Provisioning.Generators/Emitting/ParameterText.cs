using System.Linq;
using Provisioning.Collections;
using Provisioning.Generators.Model;

namespace Provisioning.Generators.Emitting;

/// <summary>How generated signatures and docs write an indicator parameter.</summary>
internal static class ParameterText
{
    public static string TypeName(IndicatorParameterModel parameter) => parameter.IsInteger ? "int" : "double";

    /// <summary>"int period" or "double k = 2d".</summary>
    public static string Declaration(IndicatorParameterModel parameter) =>
        TypeName(parameter) + " " + Reading.SymbolShape.Identifier(parameter.Name)
        + (parameter.HasDefault ? " = " + CSharpLiteral.Number(parameter.DefaultValue, parameter.IsInteger) : string.Empty);

    /// <summary>The range in words, for docs: "at least 1", "from 1 to 500", "any value"; with ", 2 when left out" for a default.</summary>
    public static string Range(IndicatorParameterModel parameter)
    {
        var lower = !double.IsNegativeInfinity(parameter.Min);
        var upper = !double.IsPositiveInfinity(parameter.Max);
        var text = lower && upper
            ? "from " + Reading.SymbolShape.Format(parameter.Min) + " to " + Reading.SymbolShape.Format(parameter.Max)
            : lower ? "at least " + Reading.SymbolShape.Format(parameter.Min)
            : upper ? "at most " + Reading.SymbolShape.Format(parameter.Max)
            : "any value";
        return parameter.HasDefault ? text + ", " + Reading.SymbolShape.Format(parameter.DefaultValue) + " when left out" : text;
    }

    /// <summary>
    /// The parameters with their ranges, for a one-line doc summary: " (period from 1 to 500; k from 0.1 to 10, 2 when
    /// left out)"; empty when there are none.
    /// </summary>
    public static string Summary(EquatableArray<IndicatorParameterModel> parameters) =>
        parameters.IsEmpty
            ? string.Empty
            : " (" + string.Join("; ", parameters.Select(p => p.Name + " " + Range(p))) + ")";
}
