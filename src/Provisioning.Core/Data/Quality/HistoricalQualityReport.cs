using System;
using System.Globalization;
using Provisioning.Collections;
using Provisioning.Data.CorporateActions;
using Provisioning.Intervals;

namespace Provisioning.Data.Quality;

/// <summary>
/// The quality of one symbol's stored history of one interval over a range: bars the calendar expects versus valid bars
/// present, per session, the gaps, and every row that was not used and why.
/// </summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Interval">The interval.</param>
/// <param name="FromUtc">The range start (inclusive).</param>
/// <param name="ToUtc">The range end (exclusive).</param>
internal sealed record HistoricalQualityReport(string Symbol, Interval Interval, DateTime FromUtc, DateTime ToUtc)
{
    /// <summary>Bars the calendar expects in the range.</summary>
    public int ExpectedBars { get; init; }

    /// <summary>Valid bars present on the sessions' bar grid.</summary>
    public int PresentBars { get; init; }

    /// <summary>Present over expected, in percent (100 when nothing is expected, 0 when the history could not be read).</summary>
    public double QualityPercent { get; init; }

    /// <summary>Every session of the range, in order.</summary>
    public EquatableArray<SessionQuality> Sessions { get; init; }

    /// <summary>Runs of missing bars, in order.</summary>
    public EquatableArray<BarGap> Gaps { get; init; }

    /// <summary>What the store read and dropped (duplicates, out of order, bad prices, high below low, open or close outside [low, high], bad volume, nulls).</summary>
    public BarReadCounts Read { get; init; } = new();

    /// <summary>Bars that start outside every session (counted here when the store has no calendar, else in <see cref="Read"/>).</summary>
    public int OutsideSession { get; init; }

    /// <summary>Bars inside a session but not on its bar grid (for 1m: not on a whole minute after the open).</summary>
    public int OffGrid { get; init; }

    /// <summary>Files or directories that could not be read; when not empty the quality is 0.</summary>
    public EquatableArray<BarFileProblem> Problems { get; init; }

    /// <summary>
    /// The symbol's corporate actions whose ex-date falls on the range's first session, its last, or between: bars on
    /// either side of one differ by the action unless the history is adjusted.
    /// </summary>
    public ActionDigest CorporateActions { get; init; } = ActionDigest.None;

    /// <summary>Every row found but not used: dropped by the store, outside sessions or off the grid.</summary>
    public long UnusedRows => Read.Dropped + OutsideSession + OffGrid;

    /// <summary>A one-line summary a person can read.</summary>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Symbol} {Interval}: {PresentBars:#,0}/{ExpectedBars:#,0} bars ({QualityPercent:0.##}%) in {Sessions.Count:#,0} session{(Sessions.Count == 1 ? string.Empty : "s")}, {Gaps.Count:#,0} gap{(Gaps.Count == 1 ? string.Empty : "s")}");
        if (UnusedRows > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $"; not used: {Read.Duplicates} duplicate, {Read.OutOfOrder} out of order, {Read.InvalidPrices} bad price, "
                + $"{Read.HighBelowLow} high<low, {Read.OpenCloseOutsideHighLow} open/close outside [low, high], {Read.InvalidVolumes} bad volume, {Read.MissingValues} null, "
                + $"{Read.InvalidTimestamps} bad time, {Read.OutsideSession + OutsideSession} outside session, {OffGrid} off grid");
        }

        if (CorporateActions.Count > 0)
        {
            text += "; " + CorporateActions.Describe() + " inside this range";
        }

        return Problems.IsEmpty ? text : text + "; " + Problems[0].Message;
    }
}
