using System.Globalization;

namespace Provisioning.Cli.Output;

/// <summary>How the commands write a count, the way Core's texts do: "1,950", and the noun singular for one ("1 addition").</summary>
internal static class Counts
{
    public static string Of(long value, string singular, string plural) =>
        value.ToString("#,0", CultureInfo.InvariantCulture) + " " + (value == 1 ? singular : plural);
}
