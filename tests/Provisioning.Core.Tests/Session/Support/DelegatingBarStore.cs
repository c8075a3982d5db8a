using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Session.Support;

/// <summary>A store that answers everything from an inner store; test stores change what they need by overriding.</summary>
internal abstract class DelegatingBarStore(IHistoricalBarStore inner) : IHistoricalBarStore
{
    protected IHistoricalBarStore Inner => inner;

    public BarReadStatistics Statistics => inner.Statistics;

    public ValueTask<StoreListing<string>> ListSymbolsAsync(Interval interval, CancellationToken cancellationToken = default) =>
        inner.ListSymbolsAsync(interval, cancellationToken);

    public virtual ValueTask<StoreListing<Interval>> ListIntervalsAsync(string symbol, CancellationToken cancellationToken = default) =>
        inner.ListIntervalsAsync(symbol, cancellationToken);

    public virtual ValueTask<SeriesAvailability> GetAvailabilityAsync(string symbol, Interval interval, CancellationToken cancellationToken = default) =>
        inner.GetAvailabilityAsync(symbol, interval, cancellationToken);

    public ValueTask<SeriesCoverage> CheckCoverageAsync(string symbol, Interval interval, DateTime firstBarUtc, DateTime lastBarUtc, CancellationToken cancellationToken = default) =>
        inner.CheckCoverageAsync(symbol, interval, firstBarUtc, lastBarUtc, cancellationToken);

    public virtual IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        CancellationToken cancellationToken = default) =>
        inner.ReadRangeAsync(symbol, interval, fromUtc, toUtc, statistics, cancellationToken);

    public ValueTask<Bar[]> ReadLastAsync(string symbol, Interval interval, int count, DateTime endUtc, BarReadStatistics? statistics = null, CancellationToken cancellationToken = default) =>
        inner.ReadLastAsync(symbol, interval, count, endUtc, statistics, cancellationToken);
}
