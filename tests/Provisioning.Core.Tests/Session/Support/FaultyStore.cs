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
internal sealed class FaultyStore(IHistoricalBarStore inner, string failingSymbol) : DelegatingBarStore(inner)
{
    public bool Failing { get; set; } = true;

    public override async IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batches = 0;
        await foreach (var batch in Inner.ReadRangeAsync(symbol, interval, fromUtc, toUtc, statistics, cancellationToken))
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
}
