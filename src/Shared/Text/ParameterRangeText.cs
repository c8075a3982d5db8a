using System.Globalization;

namespace Provisioning.Text;

/// <summary>
/// A parameter's declared range as every message prints it (generator diagnostics and config issues alike):
/// "between 1 and 500", "at least 1", "at most 3", "any value"; numbers round-trip, invariant ("0.5", "1E-05").
/// </summary>
internal static class ParameterRangeText
{
    /// <summary>The range's wording; an infinite bound is an open side.</summary>
    public static string Describe(double min, double max)
    {
        var hasMin = !double.IsNegativeInfinity(min);
        var hasMax = !double.IsPositiveInfinity(max);
        if (hasMin && hasMax)
        {
            return "between " + Number(min) + " and " + Number(max);
        }

        if (hasMin || hasMax)
        {
            return hasMin ? "at least " + Number(min) : "at most " + Number(max);
        }

        return "any value";
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
