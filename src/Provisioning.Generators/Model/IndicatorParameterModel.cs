namespace Provisioning.Generators.Model;

/// <summary>One constructor parameter of an indicator.</summary>
/// <param name="Name">The parameter's name as declared.</param>
/// <param name="IsInteger">True for int, false for double.</param>
/// <param name="Min">The smallest value allowed (inclusive).</param>
/// <param name="Max">The largest value allowed (inclusive).</param>
/// <param name="HasDefault">True when the constructor gives it a default value.</param>
/// <param name="DefaultValue">The default value; 0 when there is none.</param>
internal readonly record struct IndicatorParameterModel(
    string Name,
    bool IsInteger,
    double Min,
    double Max,
    bool HasDefault,
    double DefaultValue);
