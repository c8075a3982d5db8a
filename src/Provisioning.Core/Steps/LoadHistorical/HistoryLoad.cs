using System;
using System.Globalization;
using Provisioning.Intervals;
using Provisioning.Text;

namespace Provisioning.Steps;

/// <summary>
/// What one history load of an addition read: the bars the store returned against the bars the plan expected the
/// range to hold. Fewer than expected means the store is missing bars there, or the symbol trades thinly.
/// </summary>
/// <param name="Symbol">The symbol loaded.</param>
/// <param name="Interval">The base interval read.</param>
/// <param name="FromUtc">The start of the range loaded.</param>
/// <param name="ToUtc">The end of the range loaded (exclusive).</param>
/// <param name="BarsLoaded">Complete bars the store returned in the range.</param>
/// <param name="BarsExpected">Bars the exchange calendar says the range holds.</param>
public sealed record HistoryLoad(string Symbol, Interval Interval, DateTime FromUtc, DateTime ToUtc, int BarsLoaded, int BarsExpected)
{
    /// <summary>True when the store returned at least the bars expected.</summary>
    public bool IsComplete => BarsLoaded >= BarsExpected;

    /// <summary>Bars loaded as a fraction of those expected (1 when none were expected; more than 1 is possible).</summary>
    public double Fraction => BarsExpected <= 0 ? 1 : (double)BarsLoaded / BarsExpected;

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Symbol} {Interval}: {CountText.Count(BarsLoaded)} of {CountText.Of(BarsExpected, "expected bar", "expected bars")} ({Fraction:0.#%}) from {FromUtc:yyyy-MM-dd HH:mm}Z to {ToUtc:yyyy-MM-dd HH:mm}Z");
}
