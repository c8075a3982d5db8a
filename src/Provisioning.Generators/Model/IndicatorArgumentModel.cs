namespace Provisioning.Generators.Model;

/// <summary>One argument of a [UsesIndicator], bound to the indicator parameter it gives a value for.</summary>
/// <param name="ParameterName">The indicator parameter's name.</param>
/// <param name="IsInteger">True when the parameter is an int.</param>
/// <param name="Value">The value (a whole number for int parameters).</param>
internal readonly record struct IndicatorArgumentModel(string ParameterName, bool IsInteger, double Value);
