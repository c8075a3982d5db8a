using System.Threading;

namespace Provisioning.Data;

/// <summary>
/// Counters a store adds to as it reads; safe to share between concurrent reads. The store keeps one for its whole
/// life (<see cref="IHistoricalBarStore.Statistics"/>), and a caller may pass its own to a read to see that read alone.
/// </summary>
public sealed class BarReadStatistics
{
    private long _footersRead;
    private long _filesOpened;
    private long _rowGroupsRead;
    private long _rowGroupsSkipped;
    private long _rowsRead;
    private long _barsReturned;
    private long _missingValues;
    private long _invalidTimestamps;
    private long _invalidPrices;
    private long _highBelowLow;
    private long _openCloseOutsideHighLow;
    private long _invalidVolumes;
    private long _outsideSession;
    private long _duplicates;
    private long _outOfOrder;

    /// <summary>The counts so far.</summary>
    public BarReadCounts Snapshot() => new()
    {
        FootersRead = Volatile.Read(ref _footersRead),
        FilesOpened = Volatile.Read(ref _filesOpened),
        RowGroupsRead = Volatile.Read(ref _rowGroupsRead),
        RowGroupsSkipped = Volatile.Read(ref _rowGroupsSkipped),
        RowsRead = Volatile.Read(ref _rowsRead),
        BarsReturned = Volatile.Read(ref _barsReturned),
        MissingValues = Volatile.Read(ref _missingValues),
        InvalidTimestamps = Volatile.Read(ref _invalidTimestamps),
        InvalidPrices = Volatile.Read(ref _invalidPrices),
        HighBelowLow = Volatile.Read(ref _highBelowLow),
        OpenCloseOutsideHighLow = Volatile.Read(ref _openCloseOutsideHighLow),
        InvalidVolumes = Volatile.Read(ref _invalidVolumes),
        OutsideSession = Volatile.Read(ref _outsideSession),
        Duplicates = Volatile.Read(ref _duplicates),
        OutOfOrder = Volatile.Read(ref _outOfOrder),
    };

    internal void AddFooterRead() => Interlocked.Increment(ref _footersRead);

    internal void AddFileOpened() => Interlocked.Increment(ref _filesOpened);

    internal void AddRowGroupSkipped() => Interlocked.Increment(ref _rowGroupsSkipped);

    internal void AddBarsReturned(long count) => Interlocked.Add(ref _barsReturned, count);

    /// <summary>Adds the counts of one row group that was read.</summary>
    internal void AddRowGroup(in RowGroupTally tally)
    {
        Interlocked.Increment(ref _rowGroupsRead);
        Interlocked.Add(ref _rowsRead, tally.Rows);
        AddIfAny(ref _missingValues, tally.MissingValues);
        AddIfAny(ref _invalidTimestamps, tally.InvalidTimestamps);
        AddIfAny(ref _invalidPrices, tally.InvalidPrices);
        AddIfAny(ref _highBelowLow, tally.HighBelowLow);
        AddIfAny(ref _openCloseOutsideHighLow, tally.OpenCloseOutsideHighLow);
        AddIfAny(ref _invalidVolumes, tally.InvalidVolumes);
        AddIfAny(ref _outsideSession, tally.OutsideSession);
        AddIfAny(ref _duplicates, tally.Duplicates);
        AddIfAny(ref _outOfOrder, tally.OutOfOrder);
    }

    /// <summary>Counts rows dropped after their row groups were read (duplicates and rows out of order, found when ordering them).</summary>
    internal void AddJoinDrops(int duplicates, int outOfOrder)
    {
        AddIfAny(ref _duplicates, duplicates);
        AddIfAny(ref _outOfOrder, outOfOrder);
    }

    private static void AddIfAny(ref long counter, long value)
    {
        if (value != 0)
        {
            Interlocked.Add(ref counter, value);
        }
    }
}
