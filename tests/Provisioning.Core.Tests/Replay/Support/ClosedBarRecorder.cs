using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Replay.Support;

/// <summary>Records every closed bar a session reports, per symbol and interval, in the order reported.</summary>
internal sealed class ClosedBarRecorder : IClosedBarListener
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Symbol, Interval Interval), List<Bar>> _bars = [];

    public bool IsListening => true;

    public bool HasPendingAdditions => false;

    public int QueuedBars => 0;

    public bool Watches(string symbol) => true;

    public void OnClosed(string symbol, Interval interval, in Bar bar)
    {
        lock (_gate)
        {
            if (!_bars.TryGetValue((symbol, interval), out var list))
            {
                _bars[(symbol, interval)] = list = [];
            }

            list.Add(bar);
        }
    }

    /// <summary>The bars of <paramref name="symbol"/> and <paramref name="interval"/> reported so far.</summary>
    public IReadOnlyList<Bar> Of(string symbol, Interval interval)
    {
        lock (_gate)
        {
            return _bars.TryGetValue((symbol, interval), out var list) ? [.. list] : [];
        }
    }

    public void Forget(string symbol)
    {
    }

    public void DeliverClosed()
    {
    }

    public Task JoinAdditionsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void End()
    {
    }
}
