using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Intervals;

namespace Provisioning.Data.Feeds;

/// <summary>
/// One subscription of a replay: the symbol's stored bars of one interval over the whole replayed range, read as the
/// store's stream of batches (each row group decoded once) into a buffer that holds the day being replayed and the rest
/// of the last batch. Each day the replay opens the symbol's own session: only bars inside it are handed out, bars
/// outside every replayed session are passed over. Bars come out in time order, one per start, whatever order the
/// store yields them in. Not thread-safe: the replay serialises its calls.
/// </summary>
internal sealed class ReplayStream(IHistoricalBarStore store, string symbol, Interval interval, DateTime fromUtc, DateTime toUtc)
{
    private readonly int _intervalSeconds = interval.IsIntraday ? interval.TotalSeconds : -1;
    private IAsyncEnumerator<ReadOnlyMemory<Bar>>? _source;
    private bool _exhausted;
    private Bar[] _buffer = [];
    private int _count;
    private int _next;
    private DateTime _lastRead = DateTime.MinValue;
    private DateTime _lastHandedOut = DateTime.MinValue;

    // The day opened: bars starting before _dayUntil are handed out, a day bar ending at _dayClose.
    private DateTime _dayUntil = DateTime.MinValue;
    private DateTime _dayClose;

    /// <summary>The symbol streamed.</summary>
    public string Symbol => symbol;

    /// <summary>The interval streamed.</summary>
    public Interval Interval => interval;

    /// <summary>
    /// Where the session taking this subscription's bars on the replay's thread routes them, resolved by that session
    /// and checked by it on every bar (the replay only keeps it): a new subscription starts with none.
    /// </summary>
    public object? DeliveryRoute { get; set; }

    /// <summary>Bars of the day opened that are still to be handed out.</summary>
    public int Remaining
    {
        get
        {
            var remaining = 0;
            for (var i = _next; i < _count && _buffer[i].Start < _dayUntil; i++)
            {
                remaining++;
            }

            return remaining;
        }
    }

    /// <summary>Bars held in the buffer (read, not handed out yet, or room for them): what the stream keeps in memory.</summary>
    public int BufferLength => _buffer.Length;

    /// <summary>
    /// Reads until the buffer holds every bar of <paramref name="session"/> (or the store has no more), then opens it:
    /// bars before it are passed over, bars after it wait for their day. A null session (the symbol's market is closed
    /// that day) hands out nothing.
    /// </summary>
    public async ValueTask OpenDayAsync(TradingSession? session, CancellationToken cancellationToken)
    {
        if (session is not { } own)
        {
            _dayUntil = DateTime.MinValue;
            return;
        }

        await FillThroughAsync(own.CloseUtc, cancellationToken).ConfigureAwait(false);

        // A day bar may be stamped at midnight UTC of its date, before an open later that day.
        var midnight = own.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        SkipBefore(_intervalSeconds > 0 || midnight > own.OpenUtc ? own.OpenUtc : midnight);
        _dayUntil = own.CloseUtc;
        _dayClose = own.CloseUtc;
    }

    /// <summary>Passes over the bars starting before <paramref name="startUtc"/>.</summary>
    public void SkipBefore(DateTime startUtc)
    {
        while (_next < _count && _buffer[_next].Start < startUtc)
        {
            _next++;
        }
    }

    /// <summary>
    /// Adds the bars of the day opened that have ended by <paramref name="nowUtc"/>, with their ends (a day bar ends at
    /// its market's close) and their order in <paramref name="into"/>.
    /// </summary>
    public void Collect(List<DueBar> into, DateTime nowUtc)
    {
        while (_next < _count)
        {
            ref readonly var bar = ref _buffer[_next];
            if (bar.Start >= _dayUntil)
            {
                return;
            }

            var end = _intervalSeconds > 0 ? bar.Start.AddSeconds(_intervalSeconds) : _dayClose;
            if (end > nowUtc)
            {
                return;
            }

            _next++;
            if (bar.Start <= _lastHandedOut)
            {
                continue;
            }

            _lastHandedOut = bar.Start;
            into.Add(new DueBar(end.Ticks, into.Count, new FeedBar(symbol, interval, bar), this));
        }
    }

    /// <summary>Ends the read of the store, if one is open, and lets the buffer go.</summary>
    public async ValueTask CloseAsync()
    {
        await EndReadAsync().ConfigureAwait(false);
        Release();
    }

    // The store has no more, or the stream closes: the bars read so far stay.
    private async ValueTask EndReadAsync()
    {
        var source = _source;
        _source = null;
        _exhausted = true;
        if (source is not null)
        {
            await source.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Ends the read of the store without waiting for it: for a replay disposed without running.</summary>
    public void Abandon()
    {
        var source = _source;
        _source = null;
        _exhausted = true;
        Release();
        if (source is not null)
        {
            // A store read ends at once when nothing is in flight; a failure to end it is no concern of the disposer.
            _ = source.DisposeAsync().AsTask().ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        }
    }

    // Nothing more is handed out once the read has ended.
    private void Release()
    {
        _buffer = [];
        _count = 0;
        _next = 0;
    }

    // Reads batches until one reaches untilUtc or the store has no more.
    private async ValueTask FillThroughAsync(DateTime untilUtc, CancellationToken cancellationToken)
    {
        while (!_exhausted && (_count == 0 || _buffer[_count - 1].Start < untilUtc))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The read outlives the call that starts it (a subscription's first read starts it, the replay goes on with it).
            _source ??= store.ReadRangePooledAsync(symbol, interval, fromUtc, toUtc, cancellationToken: CancellationToken.None).GetAsyncEnumerator(CancellationToken.None);
            if (!await _source.MoveNextAsync().ConfigureAwait(false))
            {
                await EndReadAsync().ConfigureAwait(false);
                return;
            }

            var batch = _source.Current;
            if (batch.IsEmpty)
            {
                continue;
            }

            if (!TryAppendInOrder(batch.Span))
            {
                await ReadRestOutOfOrderAsync(batch).ConfigureAwait(false);
            }
        }
    }

    // A store that yields bars out of order: the rest of the range is read at once and put in order, the first bar
    // yielded for a start kept (what a strictly ordered store would have yielded).
    private async ValueTask ReadRestOutOfOrderAsync(ReadOnlyMemory<Bar> batch)
    {
        var all = new List<Bar>(_count - _next + batch.Length);
        all.AddRange(new ReadOnlySpan<Bar>(_buffer, _next, _count - _next));
        all.AddRange(batch.Span);
        while (await _source!.MoveNextAsync().ConfigureAwait(false))
        {
            all.AddRange(_source.Current.Span);
        }

        await EndReadAsync().ConfigureAwait(false);
        var ordered = BarOrder.SortedByStart(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all));
        _buffer = ordered;
        _count = ordered.Length;
        _next = 0;
        _lastRead = _count > 0 ? ordered[^1].Start : _lastRead;
    }

    // A batch that follows the bars read so far, in order, is appended; false for one out of order.
    private bool TryAppendInOrder(ReadOnlySpan<Bar> batch)
    {
        if (batch[0].Start <= _lastRead || !BarOrder.IsStrictlyIncreasing(batch))
        {
            return false;
        }

        Append(batch);
        _lastRead = batch[^1].Start;
        return true;
    }

    // Keeps the bars not handed out yet at the front of the buffer, then copies the batch after them.
    private void Append(ReadOnlySpan<Bar> batch)
    {
        var kept = _count - _next;
        if (kept + batch.Length > _buffer.Length)
        {
            var grown = new Bar[kept + batch.Length];
            Array.Copy(_buffer, _next, grown, 0, kept);
            _buffer = grown;
        }
        else if (_next > 0)
        {
            Array.Copy(_buffer, _next, _buffer, 0, kept);
        }

        _next = 0;
        _count = kept;
        batch.CopyTo(_buffer.AsSpan(_count));
        _count += batch.Length;
    }
}
