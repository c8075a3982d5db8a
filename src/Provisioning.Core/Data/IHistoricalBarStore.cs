using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Intervals;

namespace Provisioning.Data;

/// <summary>
/// Historical bars by symbol and interval. Metadata questions (what is stored, from when to when) never read rows and
/// never throw for bad files: they report them. Reads stream bars in time order, drop invalid rows and count them in
/// <see cref="BarReadStatistics"/>, and throw <see cref="BarStoreException"/> naming the file when one cannot be read.
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
    /// The bars starting in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), in time order, in batches. Only the row
    /// groups whose statistics meet the range are read. A batch is valid until the enumeration moves on: copy what
    /// you keep. <paramref name="statistics"/>, when given, receives this read's counts as well as the store's own.
    /// </summary>
    /// <exception cref="BarStoreException">A file of the series, or the store's root, cannot be read.</exception>
    IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The last <paramref name="count"/> valid bars starting before <paramref name="endUtc"/>, oldest first: exactly
    /// <paramref name="count"/> when the store has them, fewer when it does not. Reads row groups backwards from the end
    /// and stops as soon as it has enough.
    /// </summary>
    /// <exception cref="BarStoreException">A file of the series, or the store's root, cannot be read.</exception>
    ValueTask<Bar[]> ReadLastAsync(
        string symbol,
        Interval interval,
        int count,
        DateTime endUtc,
        BarReadStatistics? statistics = null,
        CancellationToken cancellationToken = default);
}
