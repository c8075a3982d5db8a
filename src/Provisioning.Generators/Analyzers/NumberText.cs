using System;
using System.Globalization;

namespace Provisioning.Generators.Analyzers;

/// <summary>Numeric constants as analyzers read and print them.</summary>
internal static class NumberText
{
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

    /// <summary>"20", "2.5", "-Infinity".</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
