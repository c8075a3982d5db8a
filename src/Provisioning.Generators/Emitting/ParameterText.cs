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

    /// <summary>The range in words, for docs: "at least 1", "from 1 to 500", "any value".</summary>
    public static string Range(IndicatorParameterModel parameter)
    {
        var lower = !double.IsNegativeInfinity(parameter.Min);
        var upper = !double.IsPositiveInfinity(parameter.Max);
        var text = lower && upper
            ? "from " + Reading.SymbolShape.Format(parameter.Min) + " to " + Reading.SymbolShape.Format(parameter.Max)
            : lower ? "at least " + Reading.SymbolShape.Format(parameter.Min)
            : upper ? "at most " + Reading.SymbolShape.Format(parameter.Max)
            : "any value";
        return parameter.HasDefault ? text + "; " + Reading.SymbolShape.Format(parameter.DefaultValue) + " when left out" : text;
    }
}
