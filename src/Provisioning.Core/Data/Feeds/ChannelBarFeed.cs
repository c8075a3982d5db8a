using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Provisioning.Intervals;

namespace Provisioning.Data.Feeds;

/// <summary>
/// A live feed: an adapter to a broker or data vendor calls <see cref="Publish"/> with each closed bar it receives.
/// The feed keeps the bars of the last <see cref="CatchUpWindow"/> per symbol so that a subscription made mid-session
/// catches up from the instant it asks for; older bars are dropped, and a subscription that asks for them, or one made
/// after <see cref="Complete"/>, is refused (<see cref="SubscriptionRefusedException"/>). Only subscribed bars are
/// forwarded to <see cref="Bars"/>. Created with a bar-close grace (as <c>UseLiveFeed</c> does), it asks the session to
/// close derived bars on the clock (<see cref="IBarFeed.BarCloseGrace"/>).
/// </summary>
public sealed class ChannelBarFeed : IBarFeed
{
    private readonly Lock _gate = new();
    private readonly Channel<FeedBar> _channel = Channel.CreateUnbounded<FeedBar>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly Dictionary<(string Symbol, Interval Interval), Queue<FeedBar>> _received = [];
    private readonly HashSet<(string Symbol, Interval Interval)> _subscribed = [];
    private readonly HashSet<Interval> _baseIntervals;
    private DateTime _newestStart = DateTime.MinValue;
    private DateTime _droppedThrough = DateTime.MinValue;
    private bool _completed;

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

    /// <summary>
    /// How far back from the newest bar received the feed keeps bars for a subscription's catch-up: one day by default,
    /// enough for a subscription from any instant of the current session; older bars are dropped.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The window is not positive.</exception>
    public TimeSpan CatchUpWindow
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = TimeSpan.FromDays(1);

    /// <summary>How many bars the feed holds for catch-up, over every symbol and interval (for tests of its bound).</summary>
    internal int RetainedBars
    {
        get
        {
            lock (_gate)
            {
                return _received.Values.Sum(bars => bars.Count);
            }
        }
    }

    /// <summary>How many symbol and interval pairs the feed holds bars of.</summary>
    internal int RetainedSeries
    {
        get
        {
            lock (_gate)
            {
                return _received.Count;
            }
        }
    }

    /// <inheritdoc />
    public ChannelReader<FeedBar> Bars => _channel.Reader;

    /// <inheritdoc />
    public bool CanStream(Interval interval) => _baseIntervals.Contains(interval);

    /// <summary>Takes one closed bar from the source; forwards it when its symbol and interval are subscribed.</summary>
    public void Publish(FeedBar bar)
    {
        lock (_gate)
        {
            if (_completed)
            {
                return;
            }

            if (bar.Bar.Start > _newestStart)
            {
                _newestStart = bar.Bar.Start;
                DropOutsideWindow();
            }

            var key = (bar.Symbol, bar.Interval);
            if (bar.Bar.Start > _droppedThrough)
            {
                if (!_received.TryGetValue(key, out var bars))
                {
                    bars = new Queue<FeedBar>();
                    _received[key] = bars;
                }

                bars.Enqueue(bar);
            }

            if (_subscribed.Contains(key))
            {
                _channel.Writer.TryWrite(bar);
            }
        }
    }

    /// <summary>Ends the stream: no more bars will be published, and the bars kept for catch-up are let go.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            _received.Clear();
            _channel.Writer.TryComplete();
        }
    }

    /// <inheritdoc />
    /// <exception cref="SubscriptionRefusedException">
    /// The feed was completed, or <paramref name="fromUtc"/> is older than the bars it still keeps for catch-up.
    /// </exception>
    public ValueTask SubscribeAsync(string symbol, Interval interval, DateTime fromUtc, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = (symbol, interval);
            if (_completed)
            {
                throw new SubscriptionRefusedException(symbol, interval,
                    $"The live feed has ended (it was completed), so no more {interval} bars of {symbol} will come; add the symbol while the feed runs, or ask for history only.");
            }

            if (fromUtc <= _droppedThrough && !_subscribed.Contains(key))
            {
                throw new SubscriptionRefusedException(symbol, interval, string.Create(
                    CultureInfo.InvariantCulture,
                    $"The live feed keeps bars for catch-up only after {_droppedThrough:u} (its catch-up window is {CatchUpWindow}), so {interval} bars of {symbol} from {fromUtc:u} cannot all be streamed; load them as history first."));
            }

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

    // Drops every bar that starts a catch-up window or more before the newest one, and the pairs left with none, so what
    // is kept is bounded by the symbols that traded within the window, however many sessions the feed lives through.
    private void DropOutsideWindow()
    {
        if (_newestStart.Ticks - DateTime.MinValue.Ticks <= CatchUpWindow.Ticks)
        {
            return;
        }

        _droppedThrough = _newestStart - CatchUpWindow;
        List<(string, Interval)>? emptied = null;
        foreach (var (key, bars) in _received)
        {
            while (bars.Count > 0 && bars.Peek().Bar.Start <= _droppedThrough)
            {
                bars.Dequeue();
            }

            if (bars.Count == 0)
            {
                (emptied ??= []).Add(key);
            }
        }

        foreach (var key in emptied ?? [])
        {
            _received.Remove(key);
        }
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
