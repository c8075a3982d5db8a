using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Session.Support;

/// <summary>
/// A slow store: reads of one symbol wait until the test calls <see cref="Release"/>, the way a load from a remote
/// share still runs when the replay reaches the close. Metadata answers at once.
/// </summary>
internal sealed class GatedStore(IHistoricalBarStore inner, string slowSymbol) : DelegatingBarStore(inner)
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a read of the slow symbol first waits.</summary>
    public Task Waiting => _waiting.Task;

    public void Release() => _released.TrySetResult();

    public override async IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (symbol == slowSymbol)
        {
            _waiting.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }

        await foreach (var batch in Inner.ReadRangeAsync(symbol, interval, fromUtc, toUtc, statistics, cancellationToken))
        {
            yield return batch;
        }
    }
}
