using Provisioning.Calendar;
using Provisioning.Data;

namespace Provisioning.Aggregation;

/// <summary>
/// Receives the closed bars of one interval, in time order, from a <see cref="BarAggregator"/>: every indicator on
/// that interval and the interval's bar series. Warm-up from history and the live stream call the same members.
/// </summary>
public interface IBarSubscriber
{
    /// <summary>Takes one closed bar.</summary>
    void Update(in Bar bar);

    /// <summary>
    /// Called once when the first bar of a new trading session reaches the aggregator, before any bar of that session
    /// is delivered. Session-anchored subscribers (session VWAP) reset here; the default does nothing.
    /// </summary>
    void OnSessionStart(in TradingSession session)
    {
    }
}
