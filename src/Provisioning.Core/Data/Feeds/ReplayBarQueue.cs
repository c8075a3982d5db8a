using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Provisioning.Data.Feeds;

/// <summary>
/// The replay's channel of bars for one reader: the replay stages a step's bars and publishes them as one unit, and
/// wakes a reader that waits only when it is asked to (before the replay itself waits, when the replay is paced, when
/// enough bars are queued) rather than at every write, so a year of one-minute steps does not wake a thread per step.
/// The reader takes a published batch under one lock and reads it without any.
/// </summary>
internal sealed class ReplayBarQueue : ChannelReader<FeedBar>
{
    // Published bars a reader that waits is woken for without being asked: enough to keep it busy while the replay
    // writes the next ones, few enough that it starts before the day ends.
    internal const int WakeAt = 4096;

    private readonly Lock _lock = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The writer's bars not yet published (writers are serialised by the feed's gate).
    private List<FeedBar> _staged = [];

    // Published, not yet taken by the reader (under _lock).
    private List<FeedBar> _published = [];

    // The reader's batch and how far it has read (reader only).
    private List<FeedBar> _reading = [];
    private int _next;
    private TaskCompletionSource<bool>? _waiter;
    private bool _completed;

    /// <inheritdoc />
    public override Task Completion => _completion.Task;

    /// <inheritdoc />
    public override bool CanCount => true;

    /// <inheritdoc />
    public override int Count
    {
        get
        {
            lock (_lock)
            {
                return _published.Count + Math.Max(0, _reading.Count - _next);
            }
        }
    }

    /// <summary>Adds a bar to the step being written; the reader sees it once <see cref="Publish"/> runs.</summary>
    /// <returns>False once the queue is completed: the bar is dropped.</returns>
    public bool Stage(in FeedBar bar)
    {
        if (Volatile.Read(ref _completed))
        {
            return false;
        }

        _staged.Add(bar);
        return true;
    }

    /// <summary>
    /// Hands the staged bars to the reader as one unit. A waiting reader is woken when <paramref name="wake"/> is set or
    /// at least <see cref="WakeAt"/> bars wait for it; otherwise it takes them when it next looks.
    /// </summary>
    public void Publish(bool wake)
    {
        TaskCompletionSource<bool>? woken = null;
        lock (_lock)
        {
            if (_staged.Count > 0 && !_completed)
            {
                if (_published.Count == 0)
                {
                    // Swap rather than copy: the emptied list becomes the next step's staging.
                    (_published, _staged) = (_staged, _published);
                }
                else
                {
                    _published.AddRange(_staged);
                }
            }

            _staged.Clear();
            if (_waiter is not null && _published.Count > 0 && (wake || _published.Count >= WakeAt))
            {
                woken = _waiter;
                _waiter = null;
            }
        }

        woken?.TrySetResult(true);
    }

    /// <summary>Publishes what is staged, then ends the queue: the reader reads what is left, then sees it complete.</summary>
    public void Complete()
    {
        Publish(wake: true);
        TaskCompletionSource<bool>? woken;
        bool more;
        lock (_lock)
        {
            if (_completed)
            {
                return;
            }

            _completed = true;
            woken = _waiter;
            _waiter = null;
            more = _published.Count > 0;

            // The reader's position only grows toward its batch's end, so a stale read here can only delay the end.
            if (!more && _next >= _reading.Count)
            {
                _completion.TrySetResult();
            }
        }

        woken?.TrySetResult(more);
    }

    /// <inheritdoc />
    public override bool TryRead(out FeedBar item)
    {
        if (_next < _reading.Count)
        {
            item = _reading[_next++];
            return true;
        }

        lock (_lock)
        {
            _reading.Clear();
            _next = 0;
            (_reading, _published) = (_published, _reading);
            if (_reading.Count == 0)
            {
                if (_completed)
                {
                    _completion.TrySetResult();
                }

                item = default;
                return false;
            }
        }

        item = _reading[_next++];
        return true;
    }

    /// <inheritdoc />
    public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default)
    {
        if (_next < _reading.Count)
        {
            return new ValueTask<bool>(true);
        }

        Task<bool> waiting;
        lock (_lock)
        {
            if (_published.Count > 0)
            {
                return new ValueTask<bool>(true);
            }

            if (_completed)
            {
                _completion.TrySetResult();
                return new ValueTask<bool>(false);
            }

            _waiter ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting = _waiter.Task;
        }

        return new ValueTask<bool>(cancellationToken.CanBeCanceled ? waiting.WaitAsync(cancellationToken) : waiting);
    }
}
