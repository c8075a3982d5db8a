using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Session.Support;

/// <summary>
/// A store of a thinly traded symbol: its files cover every session, but one-minute bars exist only for the minutes
/// <paramref name="keep"/> accepts (minutes without a trade have no bar), the way many vendors store illiquid names.
/// Only <paramref name="onlySymbol"/> is thinned when it is given.
/// </summary>
internal sealed class ThinnedStore(IHistoricalBarStore inner, Func<Bar, bool> keep, string? onlySymbol = null) : DelegatingBarStore(inner)
{
    public override async IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var batch in Inner.ReadRangeAsync(symbol, interval, fromUtc, toUtc, statistics, cancellationToken))
        {
            var kept = new List<Bar>(batch.Length);
            foreach (var bar in batch.Span)
            {
                if (interval != Interval.Minutes(1) || (onlySymbol is not null && symbol != onlySymbol) || keep(bar))
                {
                    kept.Add(bar);
                }
            }

            yield return kept.ToArray();
        }
    }
}
