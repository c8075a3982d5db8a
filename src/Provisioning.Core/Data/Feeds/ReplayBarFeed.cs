using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Intervals;
using Provisioning.Text;

namespace Provisioning.Data.Feeds;

/// <summary>
/// The default feed: replays the stored base bars of one trading session, or of every session of a range of dates (a
/// backtest: one session left running from the first open to the last close), for every subscribed symbol, in time
/// order, moving a <see cref="ReplayClock"/> to the end of each step and from each close to the next open. Needs no
/// server. Each subscription reads its symbol's bars for the whole range once, as the store's stream of batches. A
/// subscription made mid-replay first receives the bars from the instant it asks for (catch-up), then follows the
/// replay. Actions can be scheduled at session times (a scanner at 10:30, or before an open); the replay waits for each
/// before it goes on. When a session reads the feed (<see cref="IDeliveryTrackingFeed"/>), an action runs only once the
/// session has delivered every bar written before it, so a replay sees the same session state every time it runs, and
/// the replay waits at each close until the day's bars are delivered. The session is attached from its creation until
/// its run ends or it is disposed; with none attached the replay waits for nobody and runs to the close, leaving its
/// bars in <see cref="Bars"/>. The stream completes at the last close once no addition is still running, so an addition
/// that is loading at the close still receives its bars to the close.
/// </summary>
public sealed class ReplayBarFeed : IDeliveryTrackingFeed, IDisposable
{
    private readonly IHistoricalBarStore _store;
    private readonly ReplayClock _clock;
    private readonly TimeSpan _pause;
    private readonly HashSet<Interval> _baseIntervals;
    private readonly IReadOnlyList<ReplayDay> _days;
    private readonly Lock _gate = new();

    // Held while the streams move to another day, and while a subscription reads its first bars, so either sees the other whole.
    private readonly SemaphoreSlim _dayTurn = new(1, 1);
    private readonly Channel<FeedBar> _channel = Channel.CreateUnbounded<FeedBar>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly Dictionary<(string Symbol, Interval Interval), ReplayStream> _subscriptions = [];

    // The streams in subscription order (ties between bars ending at once keep it).
    private readonly List<ReplayStream> _streams = [];
    private readonly List<DueBar> _due = [];
    private readonly List<(DateTime AtUtc, Func<CancellationToken, Task> Action)> _scheduled = [];
    private int _day;
    private long _written;
    private long _delivered;
    private int _consumers;
    private TaskCompletionSource? _caughtUp;
    private int _additions;
    private TaskCompletionSource? _additionsEnded;
    private bool _completed;
    private bool _closed;
    private volatile bool _waitEachStep;

    // A session delivering on the replay's thread (DeliverInline): the bars written wait in _inlineQueue, not the
    // channel, until the replay hands them over; _inlineSpare is the emptied batch the replay swaps back in.
    private IInlineBarConsumer? _inline;
    private List<DueBar> _inlineQueue = [];
    private List<DueBar>? _inlineSpare = [];
    private TaskCompletionSource? _inlineEnded;

    /// <summary>Creates a replay of <paramref name="session"/>; the clock should stand at the session's open.</summary>
    /// <param name="store">Where the session's bars are read from.</param>
    /// <param name="session">The session replayed.</param>
    /// <param name="baseIntervals">The base intervals the replay streams (intraday, or 1d bars delivered at the close).</param>
    /// <param name="clock">The session clock the replay moves.</param>
    /// <param name="pausePerStep">Real time to wait between steps; zero replays as fast as it can.</param>
    internal ReplayBarFeed(IHistoricalBarStore store, TradingSession session, IEnumerable<Interval> baseIntervals, ReplayClock clock, TimeSpan pausePerStep = default)
        : this(store, [ReplayDay.Of(session)], baseIntervals, clock, pausePerStep)
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
        : this(store, OneDate(markets, date), baseIntervals, clock, pausePerStep)
    {
    }

    /// <summary>
    /// Creates a replay of <paramref name="days"/> in order, as one session left running: each day as the replay of that
    /// date, the clock moving from each day's close to the next day's open. The clock should stand at the first open.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="days"/> is empty.</exception>
    internal ReplayBarFeed(IHistoricalBarStore store, IReadOnlyList<ReplayDay> days, IEnumerable<Interval> baseIntervals, ReplayClock clock, TimeSpan pausePerStep = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(clock);
        if (days.Count == 0)
        {
            throw new ArgumentException("A replay needs at least one session.", nameof(days));
        }

        _store = store;
        _days = days;
        Session = days[0].Shown;
        OpenUtc = days[0].OpenUtc;
        CloseUtc = days.Max(d => d.CloseUtc);
        _clock = clock;
        _pause = pausePerStep;
        _baseIntervals = [.. baseIntervals];
        Step = _baseIntervals.Where(i => i.IsIntraday).DefaultIfEmpty(Interval.Minutes(1)).Min();
    }

    /// <summary>The earliest open of the markets replayed: where the replay starts.</summary>
    internal DateTime OpenUtc { get; }

    /// <summary>The latest close of the markets replayed: where the replay ends.</summary>
    internal DateTime CloseUtc { get; }

    /// <summary>The session dates replayed, in order.</summary>
    internal IReadOnlyList<ReplayDay> Days => _days;

    /// <summary>
    /// The session replayed (in a replay of several markets, the default market's, or the first to open when it is
    /// closed); the first one in a replay of several dates.
    /// </summary>
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

    /// <summary>
    /// From now on the replay hands its bars to <paramref name="consumer"/> on its own thread, after each step and
    /// before any wait (a scheduled action, a close, the end), instead of writing them to <see cref="Bars"/>; bars
    /// already in the channel go first. A subscription's catch-up joins the same queue, so every bar is delivered once, in
    /// the order written. Returns a task that completes when the replay stops doing so (its end, <see cref="Dispose"/>,
    /// or <see cref="StopInline"/>); the bars not handed over by then are written to <see cref="Bars"/>. Null when the
    /// replay has already ended or another consumer takes its bars.
    /// </summary>
    internal Task? DeliverInline(IInlineBarConsumer consumer)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        lock (_gate)
        {
            if (_completed || _inline is not null)
            {
                return null;
            }

            // The session's loop has not read yet and reads no more: the channel's bars are handed over first.
            while (_channel.Reader.TryRead(out var bar))
            {
                _inlineQueue.Add(new DueBar(0, _inlineQueue.Count, bar));
            }

            _inline = consumer;
            _inlineEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            // A replay already waiting for the session to read the channel hands the bars over itself instead.
            Release();
            return _inlineEnded.Task;
        }
    }

    /// <summary>Stops handing bars over on the replay's thread: the ones not handed over yet go to <see cref="Bars"/>.</summary>
    internal void StopInline()
    {
        lock (_gate)
        {
            EndInline();
        }
    }

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

        // The day cannot turn while the stream reads up to the close of the day the replay is in.
        await _dayTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ReplayDay day;
            lock (_gate)
            {
                day = _days[_day];
            }

            // From the instant asked for, or the replay's first open: the bars of the range it may still need.
            var stream = new ReplayStream(_store, symbol, interval, fromUtc > OpenUtc ? fromUtc : OpenUtc, CloseUtc);
            var own = day.SessionOf(symbol);
            try
            {
                await stream.OpenDayAsync(own, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await stream.CloseAsync().ConfigureAwait(false);
                throw;
            }

            stream.SkipBefore(fromUtc);
            string? refusal = null;
            lock (_gate)
            {
                if (_subscriptions.ContainsKey((symbol, interval)))
                {
                    // Subscribed meanwhile: this read is not needed.
                    refusal = string.Empty;
                }
                else if (_completed)
                {
                    // Nothing left to hand out is no loss; bars still to come can no longer reach the session.
                    var remaining = stream.Remaining;
                    var shown = own ?? day.Shown;
                    refusal = remaining > 0
                        ? string.Create(
                            CultureInfo.InvariantCulture,
                            $"The replay of {shown.Date:yyyy-MM-dd} has ended, so {CountText.Of(remaining, interval + " bar", interval + " bars")} of {symbol} from {SessionTimeText.Of(shown, fromUtc)} can no longer be streamed; add the symbol before the replay reaches the close, or ask for history only.")
                        : string.Empty;
                }
                else
                {
                    _written += Write([stream], _clock.UtcNow);
                    _subscriptions[(symbol, interval)] = stream;
                    _streams.Add(stream);
                }
            }

            if (refusal is not null)
            {
                await stream.CloseAsync().ConfigureAwait(false);
                if (refusal.Length > 0)
                {
                    throw new SubscriptionRefusedException(symbol, interval, refusal);
                }
            }
        }
        finally
        {
            _dayTurn.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask UnsubscribeAsync(string symbol, Interval interval, CancellationToken cancellationToken = default)
    {
        ReplayStream? stream;
        lock (_gate)
        {
            if (!_subscriptions.Remove((symbol, interval), out stream))
            {
                return;
            }

            _streams.Remove(stream);
        }

        // Its read ends, and its buffer goes, once no day is turning (the replay may be reading it); not cancelled, so
        // nothing is left open.
        await _dayTurn.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await stream.CloseAsync().ConfigureAwait(false);
        }
        finally
        {
            _dayTurn.Release();
        }
    }

    /// <summary>
    /// Replays each day from the clock's time to its close, then, once no addition is running, completes
    /// <see cref="Bars"/>. Between two days the clock moves from the close to the next open (an action scheduled in
    /// between runs with the clock at its time), and with a session attached the replay first waits until it has
    /// delivered the day. Scheduled actions run when the clock reaches them, after the bars that ended by then were
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
            for (var index = 0; index < _days.Count; index++)
            {
                var day = _days[index];
                await RunActionsBeforeAsync(day.OpenUtc, cancellationToken).ConfigureAwait(false);
                await OpenDayAsync(index, cancellationToken).ConfigureAwait(false);
                var time = _clock.UtcNow < day.OpenUtc ? day.OpenUtc : _clock.UtcNow;
                _clock.AdvanceTo(time);
                lock (_gate)
                {
                    // A day the clock has already passed hands out its bars at once.
                    _written += Write(_streams, time);
                }

                await DeliverInlineAsync(cancellationToken).ConfigureAwait(false);
                await RunDueActionsAsync(time, cancellationToken).ConfigureAwait(false);
                while (time < day.CloseUtc)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var next = time + step;
                    time = next < day.CloseUtc ? next : day.CloseUtc;
                    _clock.AdvanceTo(time);
                    lock (_gate)
                    {
                        _written += Write(_streams, time);
                    }

                    await DeliverInlineAsync(cancellationToken).ConfigureAwait(false);
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

                // The channel holds at most a day's bars: the next day waits until the session has delivered this one.
                if (index < _days.Count - 1)
                {
                    await WaitForDeliveryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await WaitForAdditionsAsync(cancellationToken).ConfigureAwait(false);

            // The catch-up of an addition that subscribed at the close.
            await DeliverInlineAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _completed = true;
                EndInline();
                _channel.Writer.TryComplete();
            }

            await CloseStreamsAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Completes <see cref="Bars"/> and ends the store reads a replay that never ran still holds open (a replay that ran
    /// has ended them). A replay running meanwhile ends its own.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _completed = true;
            EndInline();
            _channel.Writer.TryComplete();
        }

        // Only when no day is turning and no subscription is reading: those end their reads themselves once completed.
        if (!_dayTurn.Wait(0))
        {
            return;
        }

        try
        {
            if (TakeStreamsToClose() is not { } open)
            {
                return;
            }

            foreach (var stream in open)
            {
                stream.Abandon();
            }
        }
        finally
        {
            _dayTurn.Release();
        }
    }

    // Marks the replay closed, once: the streams still open, or null when it already was.
    private ReplayStream[]? TakeStreamsToClose()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return null;
            }

            _closed = true;
            return [.. _streams];
        }
    }

    // Moves every stream to the day at index: each reads up to its own session's close and passes over what came before.
    private async Task OpenDayAsync(int index, CancellationToken cancellationToken)
    {
        await _dayTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ReplayStream[] streams;
            lock (_gate)
            {
                _day = index;
                streams = [.. _streams];
            }

            var day = _days[index];
            foreach (var stream in streams)
            {
                await stream.OpenDayAsync(day.SessionOf(stream.Symbol), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _dayTurn.Release();
        }
    }

    private async Task CloseStreamsAsync()
    {
        await _dayTurn.WaitAsync().ConfigureAwait(false);
        try
        {
            if (TakeStreamsToClose() is not { } open)
            {
                return;
            }

            foreach (var stream in open)
            {
                await stream.CloseAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _dayTurn.Release();
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

    // Between two days: the actions scheduled before the next open run in time order, the clock moved to each.
    private async Task RunActionsBeforeAsync(DateTime openUtc, CancellationToken cancellationToken)
    {
        while (true)
        {
            (DateTime AtUtc, Func<CancellationToken, Task> Action)? earliest = null;
            lock (_gate)
            {
                var index = -1;
                for (var i = 0; i < _scheduled.Count; i++)
                {
                    if (_scheduled[i].AtUtc < openUtc && (index < 0 || _scheduled[i].AtUtc < _scheduled[index].AtUtc))
                    {
                        index = i;
                    }
                }

                if (index >= 0)
                {
                    earliest = _scheduled[index];
                    _scheduled.RemoveAt(index);
                }
            }

            if (earliest is not { } due)
            {
                return;
            }

            _clock.AdvanceTo(due.AtUtc);
            await WaitForDeliveryAsync(cancellationToken).ConfigureAwait(false);
            await due.Action(cancellationToken).ConfigureAwait(false);
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
    // A session delivering on this thread is handed the bars instead.
    private async Task WaitForDeliveryAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await DeliverInlineAsync(cancellationToken).ConfigureAwait(false);
            Task caughtUp;
            lock (_gate)
            {
                if (_consumers == 0 || Interlocked.Read(ref _delivered) >= _written)
                {
                    return;
                }

                if (_inline is not null && _inlineQueue.Count > 0)
                {
                    // A subscription's catch-up came in meanwhile.
                    continue;
                }

                _caughtUp ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                caughtUp = _caughtUp.Task;
            }

            await caughtUp.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // On the replay's thread: hands the queued bars to the session delivering on it, until none is left. Synchronous
    // when nothing is queued or the session's delivery did not wait.
    private ValueTask DeliverInlineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            IInlineBarConsumer consumer;
            List<DueBar> batch;
            lock (_gate)
            {
                if (_inline is null || _inlineQueue.Count == 0)
                {
                    return ValueTask.CompletedTask;
                }

                consumer = _inline;
                batch = _inlineQueue;
                _inlineQueue = _inlineSpare ?? [];
                _inlineSpare = null;
            }

            var delivering = consumer.DeliverAsync(batch, cancellationToken);
            if (!delivering.IsCompletedSuccessfully)
            {
                return AwaitInlineAsync(delivering, batch, cancellationToken);
            }

            delivering.GetAwaiter().GetResult();
            Delivered(batch);
        }
    }

    private async ValueTask AwaitInlineAsync(ValueTask delivering, List<DueBar> batch, CancellationToken cancellationToken)
    {
        await delivering.ConfigureAwait(false);
        Delivered(batch);
        await DeliverInlineAsync(cancellationToken).ConfigureAwait(false);
    }

    // The batch was handed over: counted delivered, emptied and kept for the next swap.
    private void Delivered(List<DueBar> batch)
    {
        Interlocked.Add(ref _delivered, batch.Count);
        batch.Clear();
        _inlineSpare = batch;
    }

    // Under _gate: the session no longer takes the bars on the replay's thread; those it was not handed go to the channel.
    private void EndInline()
    {
        if (_inline is null)
        {
            return;
        }

        foreach (var bar in _inlineQueue)
        {
            _channel.Writer.TryWrite(bar.Bar);
        }

        _inlineQueue.Clear();
        _inline = null;
        _inlineEnded?.TrySetResult();
        _inlineEnded = null;
    }

    // Under _gate.
    private void Release()
    {
        _caughtUp?.TrySetResult();
        _caughtUp = null;
    }

    // Under _gate. Writes the bars of the streams that have ended by nowUtc in time order (UTC) across markets: by
    // their end, then in subscription order, so one market's bars keep the order they had. Allocates nothing per bar.
    // A session taking the bars on this thread gets them collected straight into its queue, after those still in it.
    private int Write(List<ReplayStream> streams, DateTime nowUtc)
    {
        var inline = _inline is not null;
        var due = inline ? _inlineQueue : _due;
        var start = due.Count;
        foreach (var stream in streams)
        {
            stream.Collect(due, nowUtc);
        }

        var written = due.Count - start;
        if (!InEndOrder(due, start))
        {
            due.Sort(start, written, DueOrder.Instance);
        }

        if (inline)
        {
            return written;
        }

        written = 0;
        foreach (var bar in due)
        {
            if (_channel.Writer.TryWrite(bar.Bar))
            {
                written++;
            }
        }

        due.Clear();
        return written;
    }

    private static IReadOnlyList<ReplayDay> OneDate(SessionMarkets markets, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(markets);
        return markets.SessionsOn(date).Count > 0
            ? ReplayDay.Between(markets, date, date)
            : throw new ArgumentException($"{date:yyyy-MM-dd} is not a session on any market of this session ({string.Join(", ", markets.Calendars.Select(c => c.Exchange))}).", nameof(date));
    }

    private static bool InEndOrder(List<DueBar> due, int start)
    {
        for (var i = start + 1; i < due.Count; i++)
        {
            if (due[i].EndTicks < due[i - 1].EndTicks)
            {
                return false;
            }
        }

        return true;
    }

    // By end, then by the order collected.
    private sealed class DueOrder : IComparer<DueBar>
    {
        public static readonly DueOrder Instance = new();

        public int Compare(DueBar x, DueBar y) =>
            x.EndTicks != y.EndTicks ? x.EndTicks.CompareTo(y.EndTicks) : x.Sequence.CompareTo(y.Sequence);
    }
}
