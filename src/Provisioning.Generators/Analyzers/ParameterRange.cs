using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Analyzers;

/// <summary>The range an indicator parameter declares with <c>[Parameter(Min = ..., Max = ...)]</c>.</summary>
internal readonly struct ParameterRange
{
    private ParameterRange(double min, double max)
    {
        Min = min;
        Max = max;
    }

    public double Min { get; }

    public double Max { get; }

    /// <summary>Reads the [Parameter] range of <paramref name="parameter"/>; false when it has none.</summary>
    public static bool TryRead(IParameterSymbol parameter, INamedTypeSymbol? parameterAttribute, out ParameterRange range)
    {
        range = default;
        if (parameterAttribute is null)
        {
            return false;
        }

        foreach (var attribute in parameter.GetAttributes())
        {
            if (!ProvisioningSymbols.Is(attribute.AttributeClass, parameterAttribute))
            {
                continue;
            }

            var min = double.NegativeInfinity;
            var max = double.PositiveInfinity;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Value.Value is null || !TryToDouble(named.Value.Value, out var value))
                {
                    continue;
                }

                if (named.Key == "Min")
                {
                    min = value;
                }
                else if (named.Key == "Max")
                {
                    max = value;
                }
            }

            range = new ParameterRange(min, max);
            return true;
        }

        return false;
    }

    public bool Contains(double value) => value >= Min && value <= Max;

    /// <summary>"at least 1", "at most 100", "between 1 and 100".</summary>
    public string Describe()
    {
        var hasMin = !double.IsNegativeInfinity(Min);
        var hasMax = !double.IsPositiveInfinity(Max);
        if (hasMin && hasMax)
        {
            return "between " + Format(Min) + " and " + Format(Max);
        }

        if (hasMin)
        {
            return "at least " + Format(Min);
        }

        return hasMax ? "at most " + Format(Max) : "any value";
    }

    /// <summary>Converts a boxed numeric constant to a double; false for anything else.</summary>
    public static bool TryToDouble(object value, out double result)
    {
        switch (value)
        {
            case double d:
                result = d;
                return true;
            case float f:
                result = f;
                return true;
            case decimal m:
                result = (double)m;
                return true;
            case int or long or short or sbyte or byte or ushort or uint or ulong:
                result = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return true;
            default:
                result = 0;
                return false;
        }
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
