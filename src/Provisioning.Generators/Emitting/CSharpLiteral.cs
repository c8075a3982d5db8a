using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Provisioning.Generators.Emitting;

/// <summary>Values written as C# source, the same on every machine (invariant culture, round-trip doubles).</summary>
internal static class CSharpLiteral
{
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Double(double value)
    {
        if (double.IsPositiveInfinity(value))
        {
            return "double.PositiveInfinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "double.NegativeInfinity";
        }

        return double.IsNaN(value) ? "double.NaN" : value.ToString("R", CultureInfo.InvariantCulture) + "d";
    }

    /// <summary>A number of an int (<paramref name="isInteger"/>) or double parameter.</summary>
    public static string Number(double value, bool isInteger) => isInteger ? Int((int)value) : Double(value);

    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
