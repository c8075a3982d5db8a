using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Session.Support;

/// <summary>
/// A store that answers metadata truthfully but fails reads of one symbol part-way (after a first batch), the way a
/// damaged page or a dropped network share fails in the middle of a load.
/// </summary>
internal sealed class FaultyStore(IHistoricalBarStore inner, string failingSymbol) : IHistoricalBarStore
{
    public bool Failing { get; set; } = true;

    public BarReadStatistics Statistics => inner.Statistics;

    public ValueTask<StoreListing<string>> ListSymbolsAsync(Interval interval, CancellationToken cancellationToken = default) =>
        inner.ListSymbolsAsync(interval, cancellationToken);

    public ValueTask<StoreListing<Interval>> ListIntervalsAsync(string symbol, CancellationToken cancellationToken = default) =>
        inner.ListIntervalsAsync(symbol, cancellationToken);

    public ValueTask<SeriesAvailability> GetAvailabilityAsync(string symbol, Interval interval, CancellationToken cancellationToken = default) =>
        inner.GetAvailabilityAsync(symbol, interval, cancellationToken);

    public ValueTask<SeriesCoverage> CheckCoverageAsync(string symbol, Interval interval, DateTime firstBarUtc, DateTime lastBarUtc, CancellationToken cancellationToken = default) =>
        inner.CheckCoverageAsync(symbol, interval, firstBarUtc, lastBarUtc, cancellationToken);

    public async IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batches = 0;
        await foreach (var batch in inner.ReadRangeAsync(symbol, interval, fromUtc, toUtc, statistics, cancellationToken))
        {
            if (Failing && symbol == failingSymbol && batches++ > 0)
            {
                break;
            }

            yield return batch;
        }

        if (Failing && symbol == failingSymbol)
        {
            throw new BarStoreException(new BarFileProblem(
                $"interval={interval}/symbol={symbol}/year={fromUtc.Year}.parquet",
                BarProblemKind.Corrupt,
                $"A data page of {symbol} {interval} could not be decoded."));
        }
    }

    public ValueTask<Bar[]> ReadLastAsync(string symbol, Interval interval, int count, DateTime endUtc, BarReadStatistics? statistics = null, CancellationToken cancellationToken = default) =>
        inner.ReadLastAsync(symbol, interval, count, endUtc, statistics, cancellationToken);
}
