using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Session;

/// <summary>
/// Told of each bar a symbol's series takes from the live path (a streamed base bar, a derived bar it closes, a bar
/// closed on the clock, a bar caught up at a commit), in the order they close; history loads and rebuilds are not
/// reported. Called under the symbol's gate, so it only queues.
/// </summary>
internal interface IClosedBarSink
{
    /// <summary>True when someone wants <paramref name="symbol"/>'s bars; the others are not reported.</summary>
    bool Watches(string symbol);

    /// <summary>A bar of <paramref name="interval"/> closed in <paramref name="symbol"/>'s series.</summary>
    void OnClosed(string symbol, Interval interval, in Bar bar);

    /// <summary><paramref name="symbol"/> left the session: whatever is kept for it can go.</summary>
    void Forget(string symbol);
}
