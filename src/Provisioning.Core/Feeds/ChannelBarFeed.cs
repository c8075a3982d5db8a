using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Provisioning.Intervals;

namespace Provisioning.Feeds;

/// <summary>
/// A live feed: an adapter to a broker or data vendor calls <see cref="Publish"/> with each closed bar it receives.
/// The feed keeps the session's bars per symbol so that a subscription made mid-session catches up from the instant it
/// asks for; only subscribed bars are forwarded to <see cref="Bars"/>. Created with a bar-close grace (as
/// <c>UseLiveFeed</c> does), it asks the session to close derived bars on the clock (<see cref="ILiveBarFeed"/>).
/// </summary>
public sealed class ChannelBarFeed : ILiveBarFeed
{
    private readonly Lock _gate = new();
    private readonly Channel<FeedBar> _channel = Channel.CreateUnbounded<FeedBar>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly Dictionary<(string Symbol, Interval Interval), List<FeedBar>> _received = [];
    private readonly HashSet<(string Symbol, Interval Interval)> _subscribed = [];
    private readonly HashSet<Interval> _baseIntervals;

    /// <summary>Creates a feed that streams the given base intervals; derived bars close only as base bars arrive.</summary>
    public ChannelBarFeed(IEnumerable<Interval> baseIntervals)
    {
        ArgumentNullException.ThrowIfNull(baseIntervals);
        _baseIntervals = [.. baseIntervals];
    }

    /// <summary>
    /// Creates a feed that streams the given base intervals and asks the session to close derived bars at each base-bar
    /// boundary plus <paramref name="barCloseGrace"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="barCloseGrace"/> is negative.</exception>
    public ChannelBarFeed(IEnumerable<Interval> baseIntervals, TimeSpan barCloseGrace)
        : this(baseIntervals)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(barCloseGrace, TimeSpan.Zero);
        BarCloseGrace = barCloseGrace;
    }

    /// <inheritdoc />
    public TimeSpan? BarCloseGrace { get; }

    /// <inheritdoc />
    public ChannelReader<FeedBar> Bars => _channel.Reader;

    /// <inheritdoc />
    public bool CanStream(Interval interval) => _baseIntervals.Contains(interval);

    /// <summary>Takes one closed bar from the source; forwards it when its symbol and interval are subscribed.</summary>
    public void Publish(FeedBar bar)
    {
        lock (_gate)
        {
            var key = (bar.Symbol, bar.Interval);
            if (!_received.TryGetValue(key, out var bars))
            {
                bars = [];
                _received[key] = bars;
            }

            bars.Add(bar);
            if (_subscribed.Contains(key))
            {
                _channel.Writer.TryWrite(bar);
            }
        }
    }

    /// <summary>Ends the stream: no more bars will be published.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    /// <inheritdoc />
    public ValueTask SubscribeAsync(string symbol, Interval interval, DateTime fromUtc, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = (symbol, interval);
            if (_subscribed.Add(key) && _received.TryGetValue(key, out var bars))
            {
                foreach (var bar in bars)
                {
                    if (bar.Bar.Start >= fromUtc)
                    {
                        _channel.Writer.TryWrite(bar);
                    }
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask UnsubscribeAsync(string symbol, Interval interval, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _subscribed.Remove((symbol, interval));
        }

        return ValueTask.CompletedTask;
    }
}
