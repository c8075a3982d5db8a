using System.ComponentModel;
using System.Globalization;

namespace Provisioning.Indicators.__Internals;

/// <summary>
/// One declared parameter of an indicator, read by the generator from its constructor: the name, the number type, the
/// inclusive range from <see cref="Indicators.ParameterAttribute"/>, and the default value when the constructor has one.
/// </summary>
/// <param name="Name">The constructor parameter's name ("period").</param>
/// <param name="Kind">Whether values must be whole numbers.</param>
/// <param name="Min">The smallest value allowed (inclusive); negative infinity when unbounded.</param>
/// <param name="Max">The largest value allowed (inclusive); positive infinity when unbounded.</param>
/// <param name="DefaultValue">The value used when a caller leaves the parameter out; null when it is required.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct IndicatorParameterDefinition(
    string Name,
    IndicatorParameterKind Kind,
    double Min,
    double Max,
    double? DefaultValue = null)
{
    /// <summary>True when the parameter may be left out.</summary>
    public bool IsOptional => DefaultValue.HasValue;

    /// <summary>True when <paramref name="value"/> is an allowed value: finite, in range, whole for integer parameters.</summary>
    public bool Allows(double value) =>
        double.IsFinite(value)
        && value >= Min
        && value <= Max
        && (Kind == IndicatorParameterKind.Real || (value == System.Math.Floor(value) && value >= int.MinValue && value <= int.MaxValue));

    /// <summary>
    /// Why <paramref name="value"/> is not an allowed value of this parameter of <paramref name="indicator"/>, or null
    /// when it is allowed.
    /// </summary>
    public string? Check(string indicator, double value)
    {
        if (Allows(value))
        {
            return null;
        }

        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return $"{indicator} {Name} = {Format(value)} is not a number; give a finite value{DescribeRange()}.";
        }

        if (Kind == IndicatorParameterKind.Integer && (value != System.Math.Floor(value) || value < int.MinValue || value > int.MaxValue))
        {
            return $"{indicator} {Name} = {Format(value)} is not a whole number; {Name} counts whole units{DescribeRange()}.";
        }

        if (value < Min)
        {
            return $"{indicator} {Name} = {Format(value)} is below its minimum {Format(Min)}{DescribeRange()}.";
        }

        if (value > Max)
        {
            return $"{indicator} {Name} = {Format(value)} is above its maximum {Format(Max)}{DescribeRange()}.";
        }

        return null;
    }

    /// <summary>The parameter as a signature fragment: <c>int period [1, 100000]</c>, <c>double k = 2</c>.</summary>
    public override string ToString() =>
        (Kind == IndicatorParameterKind.Integer ? "int " : "double ") + Name
        + (DefaultValue is { } d ? " = " + Format(d) : string.Empty)
        + (HasBounds ? " [" + Format(Min) + ", " + Format(Max) + "]" : string.Empty);

    private bool HasBounds => !double.IsNegativeInfinity(Min) || !double.IsPositiveInfinity(Max);

    private string DescribeRange()
    {
        if (!HasBounds)
        {
            return string.Empty;
        }

        if (double.IsPositiveInfinity(Max))
        {
            return $" (allowed: at least {Format(Min)})";
        }

        return double.IsNegativeInfinity(Min)
            ? $" (allowed: at most {Format(Max)})"
            : $" (allowed: {Format(Min)} to {Format(Max)})";
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
