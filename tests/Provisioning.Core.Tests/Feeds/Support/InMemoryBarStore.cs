using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Feeds.Support;

/// <summary>Bars held in memory per (symbol, interval), read by range; the rest of the store is not needed by a replay.</summary>
internal sealed class InMemoryBarStore : IHistoricalBarStore
{
    private readonly Dictionary<(string Symbol, Interval Interval), List<Bar>> _bars = [];

    public BarReadStatistics Statistics { get; } = new();

    public void Add(string symbol, Interval interval, IEnumerable<Bar> bars)
    {
        if (!_bars.TryGetValue((symbol, interval), out var list))
        {
            _bars[(symbol, interval)] = list = [];
        }

        list.AddRange(bars);
    }

    public async IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        if (_bars.TryGetValue((symbol, interval), out var list))
        {
            yield return list.Where(b => b.Start >= fromUtc && b.Start < toUtc).OrderBy(b => b.Start).ToArray();
        }
    }

    public ValueTask<StoreListing<string>> ListSymbolsAsync(Interval interval, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<StoreListing<Interval>> ListIntervalsAsync(string symbol, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<SeriesAvailability> GetAvailabilityAsync(string symbol, Interval interval, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<SeriesCoverage> CheckCoverageAsync(string symbol, Interval interval, DateTime firstBarUtc, DateTime lastBarUtc, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask<Bar[]> ReadLastAsync(string symbol, Interval interval, int count, DateTime endUtc, BarReadStatistics? statistics = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
