using System;
using System.Globalization;
using System.Linq;
using Provisioning.Collections;
using Provisioning.Data.Quality;
using Provisioning.Intervals;
using Provisioning.Text;

namespace Provisioning.Steps;

/// <summary>
/// What one history load of an addition read and its quality: the bars the store returned against the bars the plan
/// expected the range to hold, and the runs of expected bars missing (from the exchange calendar). Fewer than expected
/// means the store is missing bars there, or the symbol trades thinly.
/// </summary>
/// <param name="Symbol">The symbol loaded.</param>
/// <param name="Interval">The base interval read.</param>
/// <param name="FromUtc">The start of the range loaded.</param>
/// <param name="ToUtc">The end of the range loaded (exclusive).</param>
/// <param name="BarsLoaded">Complete bars the store returned in the range.</param>
/// <param name="BarsExpected">Bars the exchange calendar says the range holds.</param>
public sealed record HistoryLoad(string Symbol, Interval Interval, DateTime FromUtc, DateTime ToUtc, int BarsLoaded, int BarsExpected)
{
    // A result's reason names this many gaps at most; the rest are counted.
    private const int GapsNamed = 3;

    /// <summary>The runs of bars the calendar expects that the load lacks, in order; empty when none or not measured (week bars).</summary>
    public EquatableArray<BarGap> Gaps { get; init; } = EquatableArray<BarGap>.Empty;

    /// <summary>True when the load has every bar expected: at least as many bars and no gap.</summary>
    public bool IsComplete => BarsLoaded >= BarsExpected && Gaps.IsEmpty;

    /// <summary>Bars loaded as a fraction of those expected (1 when none were expected; more than 1 is possible).</summary>
    public double Fraction => BarsExpected <= 0 ? 1 : (double)BarsLoaded / BarsExpected;

    /// <summary>The load's full quality report (per session, dropped rows), kept with the series; null when not measured.</summary>
    internal HistoricalQualityReport? Quality { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{Symbol} {Interval}: {CountText.Count(BarsLoaded)} of {CountText.Of(BarsExpected, "expected bar", "expected bars")} ({Fraction:0.#%}) from {FromUtc:yyyy-MM-dd HH:mm}Z to {ToUtc:yyyy-MM-dd HH:mm}Z");
        if (Gaps.IsEmpty)
        {
            return text;
        }

        var named = string.Join(", ", Gaps.Take(GapsNamed).Select(gap => gap.ToString()));
        var more = Gaps.Count > GapsNamed ? ", " + CountText.Of(Gaps.Count - GapsNamed, "more gap", "more gaps") : string.Empty;
        return text + ", " + CountText.Of(Gaps.Count, "gap", "gaps") + ": " + named + more;
    }
}
