using System.Globalization;

namespace Provisioning.Text;

/// <summary>
/// How every text (requirements, Step 0, plans, steps, data checks, CLI output) writes a count: digits grouped the
/// same way everywhere ("1,950"), and the noun singular for one ("1 trading day").
/// </summary>
internal static class CountText
{
    /// <summary>"1,950": invariant digits with thousands grouped.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"1 bar", "1,950 bars": the count and the noun, plural unless the count is one.</summary>
    public static string Of(long value, string singular, string plural) => Count(value) + " " + (value == 1 ? singular : plural);
}
