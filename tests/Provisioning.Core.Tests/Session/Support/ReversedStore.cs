using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Session.Support;

/// <summary>A store implementation that yields each range newest first (as some vendor APIs page), in batches of 100.</summary>
internal sealed class ReversedStore(IHistoricalBarStore inner) : DelegatingBarStore(inner)
{
    public override async IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var bars = new List<Bar>();
        await foreach (var batch in Inner.ReadRangeAsync(symbol, interval, fromUtc, toUtc, statistics, cancellationToken))
        {
            bars.AddRange(batch.Span);
        }

        bars.Reverse();
        for (var i = 0; i < bars.Count; i += 100)
        {
            yield return bars.GetRange(i, Math.Min(100, bars.Count - i)).ToArray();
        }
    }
}
