namespace Provisioning.Generators.Reading;

/// <summary>A parameter's declared range as messages print it: "between 1 and 500", "at least 1", "at most 3", "any value".</summary>
internal static class ParameterRangeText
{
    public static string Describe(double min, double max)
    {
        var hasMin = !double.IsNegativeInfinity(min);
        var hasMax = !double.IsPositiveInfinity(max);
        if (hasMin && hasMax)
        {
            return "between " + SymbolShape.Format(min) + " and " + SymbolShape.Format(max);
        }

        if (hasMin || hasMax)
        {
            return hasMin ? "at least " + SymbolShape.Format(min) : "at most " + SymbolShape.Format(max);
        }

        return "any value";
    }
}
