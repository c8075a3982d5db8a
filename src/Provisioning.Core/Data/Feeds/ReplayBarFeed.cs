using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Intervals;
using Provisioning.Text;

namespace Provisioning.Data.Feeds;

/// <summary>
/// The default feed: replays the stored base bars of one trading session, for every subscribed symbol, in time order,
/// moving a <see cref="ReplayClock"/> to the end of each step. Needs no server. A subscription made mid-replay first
/// receives the session's bars from the instant it asks for (catch-up), then follows the replay. Actions can be
/// scheduled at session times (a scanner at 10:30); the replay waits for each before it goes on. When a session reads
/// the feed (<see cref="IDeliveryTrackingFeed"/>), an action runs only once the session has delivered every bar
/// written before it, so a replay sees the same session state every time it runs. The session is attached from its
/// creation until its run ends or it is disposed; with none attached the replay waits for nobody and runs to the close,
/// leaving its bars in <see cref="Bars"/>. The stream completes at the close once no addition is still running, so an
/// addition that is loading at the close still receives its bars to the close.
/// </summary>
public sealed class ReplayBarFeed : IDeliveryTrackingFeed
{
    private readonly IHistoricalBarStore _store;
    private readonly ReplayClock _clock;
    private readonly TimeSpan _pause;
    private readonly HashSet<Interval> _baseIntervals;
    private readonly Func<string, TradingSession?> _sessionOf;
    private readonly Lock _gate = new();
    private readonly Channel<FeedBar> _channel = Channel.CreateUnbounded<FeedBar>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly Dictionary<(string Symbol, Interval Interval), Subscription> _subscriptions = [];
    private readonly List<(DateTime AtUtc, Func<CancellationToken, Task> Action)> _scheduled = [];
    private long _written;
    private long _delivered;
    private int _consumers;
    private TaskCompletionSource? _caughtUp;
    private int _additions;
    private TaskCompletionSource? _additionsEnded;
    private bool _completed;
    private volatile bool _waitEachStep;

    /// <summary>Creates a replay of <paramref name="session"/>; the clock should stand at the session's open.</summary>
    /// <param name="store">Where the session's bars are read from.</param>
    /// <param name="session">The session replayed.</param>
    /// <param name="baseIntervals">The base intervals the replay streams (intraday, or 1d bars delivered at the close).</param>
    /// <param name="clock">The session clock the replay moves.</param>
    /// <param name="pausePerStep">Real time to wait between steps; zero replays as fast as it can.</param>
    internal ReplayBarFeed(IHistoricalBarStore store, TradingSession session, IEnumerable<Interval> baseIntervals, ReplayClock clock, TimeSpan pausePerStep = default)
        : this(store, session, [session], _ => session, baseIntervals, clock, pausePerStep)
    {
    }

    /// <summary>
    /// Creates a replay of session date <paramref name="date"/> on every market of <paramref name="markets"/>: each symbol
    /// streams its own market's session labelled <paramref name="date"/> (CME's opens the evening before), and all
    /// markets' bars are delivered in time order (UTC), from the earliest open to the latest close. A symbol whose
    /// market is closed that day streams nothing. The clock should stand at the earliest open.
    /// </summary>
    /// <exception cref="ArgumentException">No market of the session trades on <paramref name="date"/>.</exception>
    internal ReplayBarFeed(IHistoricalBarStore store, SessionMarkets markets, DateOnly date, IEnumerable<Interval> baseIntervals, ReplayClock clock, TimeSpan pausePerStep = default)
        : this(store, DefaultSession(markets, date), markets.SessionsOn(date), symbol => markets.TryGetSession(symbol, date, out var own) ? own : null, baseIntervals, clock, pausePerStep)
    {
    }

    private ReplayBarFeed(
        IHistoricalBarStore store,
        TradingSession session,
        IReadOnlyList<TradingSession> sessions,
        Func<string, TradingSession?> sessionOf,
        IEnumerable<Interval> baseIntervals,
        ReplayClock clock,
        TimeSpan pausePerStep)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        _store = store;
        Session = session;
        _sessionOf = sessionOf;
        OpenUtc = sessions.Min(s => s.OpenUtc);
        CloseUtc = sessions.Max(s => s.CloseUtc);
        _clock = clock;
        _pause = pausePerStep;
        _baseIntervals = [.. baseIntervals];
        Step = _baseIntervals.Where(i => i.IsIntraday).DefaultIfEmpty(Interval.Minutes(1)).Min();
    }

    /// <summary>The earliest open of the markets replayed: where the replay starts.</summary>
    internal DateTime OpenUtc { get; }

    /// <summary>The latest close of the markets replayed: where the replay ends.</summary>
    internal DateTime CloseUtc { get; }

    /// <summary>The session replayed (in a replay of several markets, the default market's, or the first to open when it is closed).</summary>
    public TradingSession Session { get; }

    /// <summary>How far the clock moves per step: the finest intraday base interval.</summary>
    public Interval Step { get; }

    /// <inheritdoc />
    public ChannelReader<FeedBar> Bars => _channel.Reader;

    /// <inheritdoc />
    public bool CanStream(Interval interval) => _baseIntervals.Contains(interval);

    /// <summary>Runs <paramref name="action"/> when the replay clock reaches <paramref name="atUtc"/>; the replay waits for it.</summary>
    public void Schedule(DateTime atUtc, Func<CancellationToken, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate)
        {
            _scheduled.Add((atUtc, action));
        }
    }

    /// <summary>
    /// From now on each step waits, before the clock moves on, until the attached session has delivered the bars
    /// written so far (a session with strategies asks for it, so a callback sees the clock at its bar). Without an
    /// attached session nothing waits.
    /// </summary>
    internal void WaitForDeliveryEachStep() => _waitEachStep = true;

    /// <inheritdoc />
    public async ValueTask SubscribeAsync(string symbol, Interval interval, DateTime fromUtc, CancellationToken cancellationToken = default)
    {
        if (!CanStream(interval))
        {
            throw new ArgumentException($"The replay streams {string.Join(", ", _baseIntervals.Order())}, not {interval}.", nameof(interval));
        }

        lock (_gate)
        {
            if (_subscriptions.ContainsKey((symbol, interval)))
            {
                return;
            }
        }

        // The symbol's own market's session: a market closed that day streams nothing.
        var session = _sessionOf(symbol);
        var bars = new List<Bar>();
        if (session is { } own)
        {
            // Room for a full session of the interval; a feed bar is made from each bar as it is written.
            bars.Capacity = interval.IsIntraday ? (int)((own.CloseUtc - own.OpenUtc).Ticks / (interval.TotalSeconds * TimeSpan.TicksPerSecond)) + 1 : 1;
            await foreach (var batch in _store.ReadRangePooledAsync(symbol, interval, own.OpenUtc, own.CloseUtc, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                bars.AddRange(batch.Span);
            }
        }

        lock (_gate)
        {
            if (_subscriptions.ContainsKey((symbol, interval)))
            {
                return;
            }

            var shown = session ?? Session;
            var subscription = new Subscription(symbol, interval, InTimeOrder(bars), shown.CloseUtc);
            subscription.SkipBefore(fromUtc);
            if (_completed)
            {
                // Nothing left to hand out is no loss; bars still to come can no longer reach the session.
                if (subscription.Remaining > 0)
                {
                    throw new SubscriptionRefusedException(symbol, interval, string.Create(
                        CultureInfo.InvariantCulture,
                        $"The replay of {shown.Date:yyyy-MM-dd} has ended, so {CountText.Of(subscription.Remaining, interval + " bar", interval + " bars")} of {symbol} from {SessionTimeText.Of(shown, fromUtc)} can no longer be streamed; add the symbol before the replay reaches the close, or ask for history only."));
                }

                return;
            }

            _written += Write([subscription], _clock.UtcNow);
            _subscriptions[(symbol, interval)] = subscription;
        }
    }

    /// <inheritdoc />
    public ValueTask UnsubscribeAsync(string symbol, Interval interval, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _subscriptions.Remove((symbol, interval));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Replays the session from the clock's time to the close, then, once no addition is running, completes
    /// <see cref="Bars"/>. Scheduled actions run when the clock reaches them, after the bars that ended by then were
    /// delivered: to the session created over this feed (it attaches when it is created, so either side may start
    /// first; the actions wait until its <see cref="Session.SessionCoordinator.RunAsync(CancellationToken)"/> has
    /// delivered them, and stop waiting when it is disposed), otherwise to <see cref="Bars"/>. Cancelling stops the
    /// replay and completes <see cref="Bars"/>.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        // Returns to the caller at once, so a replay runs beside whoever started it; nothing depends on the order.
        await Task.Yield();
        try
        {
            var step = TimeSpan.FromSeconds(Step.TotalSeconds);
            var time = _clock.UtcNow < OpenUtc ? OpenUtc : _clock.UtcNow;
            await RunDueActionsAsync(time, cancellationToken).ConfigureAwait(false);
            while (time < CloseUtc)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var next = time + step;
                time = next < CloseUtc ? next : CloseUtc;
                _clock.AdvanceTo(time);
                lock (_gate)
                {
                    _written += Write(_subscriptions.Values, time);
                }

                await RunDueActionsAsync(time, cancellationToken).ConfigureAwait(false);
                if (_waitEachStep)
                {
                    await WaitForDeliveryAsync(cancellationToken).ConfigureAwait(false);
                }

                if (_pause > TimeSpan.Zero)
                {
                    await Task.Delay(_pause, cancellationToken).ConfigureAwait(false);
                }
            }

            await WaitForAdditionsAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _completed = true;
                _channel.Writer.TryComplete();
            }
        }
    }

    /// <inheritdoc />
    void IDeliveryTrackingFeed.BeginAddition()
    {
        lock (_gate)
        {
            _additions++;
        }
    }

    /// <inheritdoc />
    void IDeliveryTrackingFeed.EndAddition()
    {
        lock (_gate)
        {
            _additions = Math.Max(0, _additions - 1);
            if (_additions == 0)
            {
                _additionsEnded?.TrySetResult();
                _additionsEnded = null;
            }
        }
    }

    // At the close: an addition still loading subscribes when it is done, and its bars to the close go out before the end.
    private async Task WaitForAdditionsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task ended;
            lock (_gate)
            {
                if (_additions == 0)
                {
                    return;
                }

                _additionsEnded ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                ended = _additionsEnded.Task;
            }

            await ended.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RunDueActionsAsync(DateTime time, CancellationToken cancellationToken)
    {
        while (true)
        {
            Func<CancellationToken, Task>? action = null;
            lock (_gate)
            {
                var index = _scheduled.FindIndex(s => s.AtUtc <= time);
                if (index >= 0)
                {
                    action = _scheduled[index].Action;
                    _scheduled.RemoveAt(index);
                }
            }

            if (action is null)
            {
                return;
            }

            await WaitForDeliveryAsync(cancellationToken).ConfigureAwait(false);
            await action(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    void IDeliveryTrackingFeed.AttachConsumer()
    {
        lock (_gate)
        {
            _consumers++;
        }
    }

    /// <inheritdoc />
    void IDeliveryTrackingFeed.OnDelivered()
    {
        // The waiter is checked for under the lock: a waiter that read the count just before this increment and
        // publishes itself just after it would otherwise wait for a delivery that has already happened.
        var delivered = Interlocked.Increment(ref _delivered);
        if (delivered >= Volatile.Read(ref _written))
        {
            lock (_gate)
            {
                if (delivered >= _written)
                {
                    Release();
                }
            }
        }
    }

    /// <inheritdoc />
    void IDeliveryTrackingFeed.DetachConsumer()
    {
        lock (_gate)
        {
            _consumers = Math.Max(0, _consumers - 1);
            Release();
        }
    }

    // Waits until the attached session has delivered every bar written so far; at once when no session reads the feed.
    private async Task WaitForDeliveryAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task caughtUp;
            lock (_gate)
            {
                if (_consumers == 0 || Interlocked.Read(ref _delivered) >= _written)
                {
                    return;
                }

                _caughtUp ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                caughtUp = _caughtUp.Task;
            }

            await caughtUp.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Under _gate.
    private void Release()
    {
        _caughtUp?.TrySetResult();
        _caughtUp = null;
    }

    // Under _gate. Writes the bars of the subscriptions that have ended by nowUtc in time order (UTC) across markets: by
    // their end, then in subscription order, so one market's bars keep the order they had.
    private int Write(IEnumerable<Subscription> subscriptions, DateTime nowUtc)
    {
        var due = new List<(DateTime EndUtc, FeedBar Bar)>();
        foreach (var subscription in subscriptions)
        {
            subscription.Collect(due, nowUtc);
        }

        var written = 0;
        foreach (var (_, bar) in due.OrderBy(d => d.EndUtc))
        {
            if (_channel.Writer.TryWrite(bar))
            {
                written++;
            }
        }

        return written;
    }

    private static TradingSession DefaultSession(SessionMarkets markets, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(markets);
        if (markets.Default.TryGetSession(date, out var session))
        {
            return session;
        }

        var sessions = markets.SessionsOn(date);
        return sessions.Count > 0
            ? sessions[0]
            : throw new ArgumentException($"{date:yyyy-MM-dd} is not a session on any market of this session ({string.Join(", ", markets.Calendars.Select(c => c.Exchange))}).", nameof(date));
    }

    // A store may yield a range in any order (newest first, files concatenated out of order); the replay emits by time,
    // and a bar that repeats a start is emitted once (the first one the store yielded).
    private static IReadOnlyList<Bar> InTimeOrder(List<Bar> bars) =>
        BarOrder.IsStrictlyIncreasing(CollectionsMarshal.AsSpan(bars)) ? bars : BarOrder.SortedByStart(CollectionsMarshal.AsSpan(bars));

    private sealed class Subscription(string symbol, Interval interval, IReadOnlyList<Bar> bars, DateTime closeUtc)
    {
        private readonly int _intervalSeconds = interval.IsIntraday ? interval.TotalSeconds : -1;
        private int _next;

        public int Remaining => bars.Count - _next;

        public void SkipBefore(DateTime fromUtc)
        {
            while (_next < bars.Count && bars[_next].Start < fromUtc)
            {
                _next++;
            }
        }

        // Adds the bars that have ended by nowUtc, with their ends; a day bar ends at its market's close.
        public void Collect(List<(DateTime EndUtc, FeedBar Bar)> into, DateTime nowUtc)
        {
            while (_next < bars.Count && End(bars[_next]) is var end && end <= nowUtc)
            {
                into.Add((end, new FeedBar(symbol, interval, bars[_next])));
                _next++;
            }
        }

        private DateTime End(in Bar bar) =>
            _intervalSeconds > 0 ? bar.Start.AddSeconds(_intervalSeconds) : closeUtc;
    }
}
