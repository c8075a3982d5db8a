namespace Provisioning.Data;

/// <summary>
/// A snapshot of what reads did: files and row groups touched, rows decoded, bars handed out, and every row that was
/// dropped, by reason. Rows are dropped, never silently used: a row with a missing value, an unreadable timestamp,
/// a NaN, infinite or non-positive price, a high below its low, an open or close outside [low, high], a negative or
/// NaN volume, a start outside the
/// exchange's sessions (when the store has a calendar), a repeat of the previous row's start (duplicate) or a start
/// before it (out of order).
/// </summary>
public sealed record BarReadCounts
{
    /// <summary>Files whose footer was parsed (metadata reads, cached while the file is unchanged).</summary>
    public long FootersRead { get; init; }

    /// <summary>Files opened to read rows.</summary>
    public long FilesOpened { get; init; }

    /// <summary>Row groups whose columns were read.</summary>
    public long RowGroupsRead { get; init; }

    /// <summary>Row groups skipped because their statistics put them outside the range asked for.</summary>
    public long RowGroupsSkipped { get; init; }

    /// <summary>Rows decoded from the row groups read.</summary>
    public long RowsRead { get; init; }

    /// <summary>Bars handed to the caller.</summary>
    public long BarsReturned { get; init; }

    /// <summary>Rows with a null in a needed column.</summary>
    public long MissingValues { get; init; }

    /// <summary>Rows whose timestamp is outside what a <see cref="System.DateTime"/> can hold.</summary>
    public long InvalidTimestamps { get; init; }

    /// <summary>Rows with a NaN, infinite, zero or negative open, high, low or close.</summary>
    public long InvalidPrices { get; init; }

    /// <summary>
    /// Rows whose high is below their low. Policy: the row is dropped and counted, never used or repaired (the store
    /// cannot know which price is wrong).
    /// </summary>
    public long HighBelowLow { get; init; }

    /// <summary>
    /// Rows whose open or close lies outside [low, high] (compared exactly, as stored). Policy, the same as for
    /// <see cref="HighBelowLow"/>: the row is dropped and counted, never used, clamped or repaired. A row with both
    /// problems counts as <see cref="HighBelowLow"/> only.
    /// </summary>
    public long OpenCloseOutsideHighLow { get; init; }

    /// <summary>Rows with a negative or NaN volume.</summary>
    public long InvalidVolumes { get; init; }

    /// <summary>Rows starting outside every session of the store's calendar.</summary>
    public long OutsideSession { get; init; }

    /// <summary>Rows starting at the same instant as the bar before them (the first one is kept).</summary>
    public long Duplicates { get; init; }

    /// <summary>Rows starting before the bar before them.</summary>
    public long OutOfOrder { get; init; }

    /// <summary>All rows dropped, whatever the reason.</summary>
    public long Dropped => MissingValues + InvalidTimestamps + InvalidPrices + HighBelowLow + OpenCloseOutsideHighLow
        + InvalidVolumes + OutsideSession + Duplicates + OutOfOrder;

    /// <summary>The counts of <paramref name="later"/> minus those of <paramref name="earlier"/>.</summary>
    public static BarReadCounts Difference(BarReadCounts later, BarReadCounts earlier)
    {
        System.ArgumentNullException.ThrowIfNull(later);
        System.ArgumentNullException.ThrowIfNull(earlier);
        return new BarReadCounts
        {
            FootersRead = later.FootersRead - earlier.FootersRead,
            FilesOpened = later.FilesOpened - earlier.FilesOpened,
            RowGroupsRead = later.RowGroupsRead - earlier.RowGroupsRead,
            RowGroupsSkipped = later.RowGroupsSkipped - earlier.RowGroupsSkipped,
            RowsRead = later.RowsRead - earlier.RowsRead,
            BarsReturned = later.BarsReturned - earlier.BarsReturned,
            MissingValues = later.MissingValues - earlier.MissingValues,
            InvalidTimestamps = later.InvalidTimestamps - earlier.InvalidTimestamps,
            InvalidPrices = later.InvalidPrices - earlier.InvalidPrices,
            HighBelowLow = later.HighBelowLow - earlier.HighBelowLow,
            OpenCloseOutsideHighLow = later.OpenCloseOutsideHighLow - earlier.OpenCloseOutsideHighLow,
            InvalidVolumes = later.InvalidVolumes - earlier.InvalidVolumes,
            OutsideSession = later.OutsideSession - earlier.OutsideSession,
            Duplicates = later.Duplicates - earlier.Duplicates,
            OutOfOrder = later.OutOfOrder - earlier.OutOfOrder,
        };
    }
}
