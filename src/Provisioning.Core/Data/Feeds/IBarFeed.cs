using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Provisioning.Intervals;

namespace Provisioning.Data.Feeds;

/// <summary>
/// A source of closed base bars during a session: the default replays stored bars, a live feed plugs in behind the same
/// interface. Bars arrive on <see cref="Bars"/> in time order per symbol and interval.
/// </summary>
public interface IBarFeed
{
    /// <summary>The closed bars of every subscription, in time order per subscription.</summary>
    ChannelReader<FeedBar> Bars { get; }

    /// <summary>True when the feed can stream bars of <paramref name="interval"/> (its base intervals).</summary>
    bool CanStream(Interval interval);

    /// <summary>
    /// Starts delivering bars of <paramref name="symbol"/> and <paramref name="interval"/> with a start at or after
    /// <paramref name="fromUtc"/>: bars the feed already has from that instant come first (catch-up), then new ones, so
    /// history loaded up to <paramref name="fromUtc"/> joins the stream with no gap. Subscribing twice is harmless. A
    /// feed that can no longer deliver every bar asked for (its stream ended) throws
    /// <see cref="SubscriptionRefusedException"/>, and the addition fails with that reason.
    /// </summary>
    ValueTask SubscribeAsync(string symbol, Interval interval, DateTime fromUtc, CancellationToken cancellationToken = default);

    /// <summary>Stops delivering bars of a subscription; bars already queued may still arrive.</summary>
    ValueTask UnsubscribeAsync(string symbol, Interval interval, CancellationToken cancellationToken = default);

    /// <summary>
    /// For a feed whose base bars arrive in real time on the session clock (a broker or vendor stream, not a replay):
    /// how long after a base bar's end the session waits for it before closing the derived bars that end there, so a
    /// 5m bar whose last 1m bar never comes is delivered at its end plus the grace. Null (the default) when derived bars
    /// close only as base bars arrive, as on a replay.
    /// </summary>
    TimeSpan? BarCloseGrace => null;
}
