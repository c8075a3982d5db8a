using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Intervals;

namespace Provisioning.Data;

/// <summary>
/// Historical bars by symbol and interval. Metadata questions (what is stored, from when to when) never read rows and
/// never throw for bad files: they report them. Reads stream bars in time order whatever the order of the stored rows,
/// drop invalid rows and count them in <see cref="BarReadStatistics"/>, and throw <see cref="BarStoreException"/> naming the file when one cannot be read.
/// Symbols are checked against the symbol grammar before they name any path. Implementations are thread-safe.
/// </summary>
public interface IHistoricalBarStore
{
    /// <summary>Counters of everything this store has read since it was made.</summary>
    BarReadStatistics Statistics { get; }

    /// <summary>The symbols with bars of <paramref name="interval"/>, in ordinal order.</summary>
    ValueTask<StoreListing<string>> ListSymbolsAsync(Interval interval, CancellationToken cancellationToken = default);

    /// <summary>The intervals stored for <paramref name="symbol"/>, shortest first.</summary>
    ValueTask<StoreListing<Interval>> ListIntervalsAsync(string symbol, CancellationToken cancellationToken = default);

    /// <summary>First and last bar, rows and row-group spans of a series, from metadata alone.</summary>
    ValueTask<SeriesAvailability> GetAvailabilityAsync(string symbol, Interval interval, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the store holds the bars from <paramref name="firstBarUtc"/> to <paramref name="lastBarUtc"/> (bar starts,
    /// both inclusive), from metadata alone.
    /// </summary>
    ValueTask<SeriesCoverage> CheckCoverageAsync(
        string symbol,
        Interval interval,
        DateTime firstBarUtc,
        DateTime lastBarUtc,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The bars starting in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), oldest first, one bar per start, in
    /// batches that are the caller's own (they stay valid after the enumeration moves on). Only the row groups whose
    /// statistics meet the range are read. <paramref name="statistics"/>, when given, receives this read's counts as
    /// well as the store's own.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="fromUtc"/> or <paramref name="toUtc"/> has <see cref="DateTimeKind.Unspecified"/>: a bug in the
    /// caller (the time zone is unknown), not a problem with the data; pass UTC times.
    /// </exception>
    /// <exception cref="BarStoreException">A file of the series, or the store's root, cannot be read.</exception>
    IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The bars of <see cref="ReadRangeAsync"/>, in batches that may live in a buffer the store reuses: a batch is valid
    /// only until the enumeration moves on, so copy what you keep. For hot paths that copy every batch anyway. The
    /// default implementation forwards to <see cref="ReadRangeAsync"/> (owned batches are valid pooled ones too).
    /// </summary>
    /// <exception cref="ArgumentException">A time has <see cref="DateTimeKind.Unspecified"/> (see <see cref="ReadRangeAsync"/>).</exception>
    /// <exception cref="BarStoreException">A file of the series, or the store's root, cannot be read.</exception>
    IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangePooledAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        CancellationToken cancellationToken = default) =>
        ReadRangeAsync(symbol, interval, fromUtc, toUtc, statistics, cancellationToken);

    /// <summary>
    /// The last <paramref name="count"/> valid bars starting before <paramref name="endUtc"/>, oldest first: exactly
    /// <paramref name="count"/> when the store has them, fewer when it does not. Reads row groups backwards from the end
    /// and stops as soon as it has enough.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="endUtc"/> has <see cref="DateTimeKind.Unspecified"/> (a caller's bug; pass UTC).</exception>
    /// <exception cref="BarStoreException">A file of the series, or the store's root, cannot be read.</exception>
    ValueTask<Bar[]> ReadLastAsync(
        string symbol,
        Interval interval,
        int count,
        DateTime endUtc,
        BarReadStatistics? statistics = null,
        CancellationToken cancellationToken = default);
}
