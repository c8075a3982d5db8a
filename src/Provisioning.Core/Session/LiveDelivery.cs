using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data.Feeds;
using Provisioning.Intervals;

namespace Provisioning.Session;

/// <summary>
/// A session's live delivery loop: reads the feed's bars and routes each to its symbol, closes derived bars on the
/// clock's bar-close ticks for a live feed with a grace, counts and logs delivery faults, and keeps the session
/// attached to a delivery-tracking feed (a replay) while it may still run. After each feed bar (and each bar-close
/// tick) it hands the bars that closed to the session's strategies and waits for the additions their callbacks asked
/// for, before it reports the bar delivered and takes the next one.
/// </summary>
internal sealed class LiveDelivery : IInlineBarConsumer
{
    private readonly SessionData _data;
    private readonly IBarFeed _feed;
    private readonly IDeliveryTrackingFeed? _tracking;
    private readonly TimeProvider _clock;
    private readonly SessionMarkets _markets;
    private readonly EquatableArray<Interval> _baseIntervals;
    private readonly ILogger _logger;
    // Set from the thread that starts the strategies while the delivery loop may already read it.
    private volatile IClosedBarListener _strategies = NoListener.Instance;
    private long _faults;
    private int _attached;

    /// <summary>Delivers <paramref name="feed"/>'s bars to <paramref name="data"/>'s symbols.</summary>
    public LiveDelivery(SessionData data, IBarFeed feed, TimeProvider clock, SessionMarkets markets, EquatableArray<Interval> baseIntervals, ILogger logger)
    {
        _data = data;
        _feed = feed;
        _tracking = feed as IDeliveryTrackingFeed;
        _clock = clock;
        _markets = markets;
        _baseIntervals = baseIntervals;
        _logger = logger;
    }

    /// <summary>Live bars on which a subscriber threw, those an addition caught up at its commit included.</summary>
    public long Faults => Interlocked.Read(ref _faults);

    private DateTime NowUtc => _clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Delivers the feed's bars until it completes or <paramref name="cancellationToken"/> fires, attached to a
    /// tracking feed meanwhile, then closes every open derived bar at the clock.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var tracking = _tracking;
        Attach();
        try
        {
            // Additions a strategy asked for in OnStart join before the first bar.
            await ToStrategiesAsync(cancellationToken).ConfigureAwait(false);
            if (_feed.BarCloseGrace is { } grace)
            {
                await ConsumeWithBarCloseTicksAsync(grace, tracking, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                if (_feed is ReplayBarFeed replay && replay.DeliverInline(this) is { } inlineEnded)
                {
                    // Nothing paces a replay's bars but the replay: it delivers them on its own thread, as a
                    // hand-written loop would; the channel then holds only what it had not handed over when it stopped.
                    try
                    {
                        await inlineEnded.WaitAsync(cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        replay.StopInline();
                    }
                }

                await foreach (var bar in _feed.Bars.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    DeliverOne(bar);
                    await ToStrategiesAsync(cancellationToken).ConfigureAwait(false);
                    tracking?.OnDelivered();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _strategies.End();
            throw;
        }
        finally
        {
            Detach();
        }

        var now = NowUtc;
        foreach (var symbol in _data.Symbols)
        {
            try
            {
                symbol.AdvanceTo(now);
            }
            catch (BarDeliveryException fault)
            {
                CountFault(fault);
            }
        }

        await ToStrategiesAsync(CancellationToken.None).ConfigureAwait(false);
        _strategies.End();
        SessionLog.StreamEnded(_logger, now, _data.Count, _data.UnroutedBars);
    }

    /// <summary>Delivers a replay's bars on its thread, each as the loop above would: routed, then handed to the strategies.</summary>
    ValueTask IInlineBarConsumer.DeliverAsync(List<DueBar> bars, CancellationToken cancellationToken)
    {
        if (!_strategies.IsListening)
        {
            foreach (ref readonly var bar in CollectionsMarshal.AsSpan(bars))
            {
                DeliverOne(bar);
            }

            return ValueTask.CompletedTask;
        }

        return DeliverListenedAsync(bars, cancellationToken);
    }

    private async ValueTask DeliverListenedAsync(List<DueBar> bars, CancellationToken cancellationToken)
    {
        for (var i = 0; i < bars.Count; i++)
        {
            DeliverOne(bars[i]);
            await ToStrategiesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The code that handles the closed bars from now on (the strategies, once they start).</summary>
    public void Listen(IClosedBarListener listener) => _strategies = listener;

    /// <summary>
    /// Makes a replay wait at each step until this session has delivered the step's bars (strategies' callbacks and the
    /// additions they asked for included), so the clock stands at the bar a callback reacts to.
    /// </summary>
    public void PaceReplay() => (_feed as ReplayBarFeed)?.WaitForDeliveryEachStep();

    // Hands what closed to the strategies and joins the additions their callbacks asked for; synchronous unless one did.
    private ValueTask ToStrategiesAsync(CancellationToken cancellationToken)
    {
        if (!_strategies.IsListening)
        {
            return ValueTask.CompletedTask;
        }

        _strategies.DeliverClosed();
        return _strategies.HasPendingAdditions
            ? new ValueTask(_strategies.JoinAdditionsAsync(cancellationToken))
            : ValueTask.CompletedTask;
    }

    // One consumer for both the feed's bars and the clock's bar-close ticks: bars already in the channel are delivered
    // before a due tick is applied (a bar written within the grace is never counted late), and a tick is applied
    // between two deliveries, never beside one.
    private async Task ConsumeWithBarCloseTicksAsync(TimeSpan grace, IDeliveryTrackingFeed? tracking, CancellationToken cancellationToken)
    {
        var reader = _feed.Bars;
        var bases = _baseIntervals.Where(i => i.IsIntraday && _feed.CanStream(i)).ToArray();
        // Each market closes its own symbols' bars (a symbol added later on a market the config does not name closes
        // its derived bars when its next bar comes).
        using var ticker = new BarCloseTicker(_clock, _markets.Calendars, bases, grace);
        Task<bool>? barsReady = null;
        Task<bool>? signalReady = null;
        while (true)
        {
            // The time is read and the signal taken before the drain, so every bar written before a boundary that is
            // applied fell due is delivered first.
            var drainedAt = NowUtc;
            var signalled = ticker.TryTakeSignal();
            while (reader.TryRead(out var bar))
            {
                DeliverOne(bar);
                await ToStrategiesAsync(cancellationToken).ConfigureAwait(false);
                tracking?.OnDelivered();
            }

            if (signalled)
            {
                ApplyBarCloseTicks(ticker, drainedAt);
                await ToStrategiesAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            barsReady ??= reader.WaitToReadAsync(cancellationToken).AsTask();
            signalReady ??= ticker.WaitForSignalAsync(cancellationToken).AsTask();
            await Task.WhenAny(barsReady, signalReady).ConfigureAwait(false);
            if (barsReady.IsCompleted)
            {
                if (!await barsReady.ConfigureAwait(false))
                {
                    return;
                }

                barsReady = null;
            }

            if (signalReady.IsCompleted)
            {
                await signalReady.ConfigureAwait(false);
                signalReady = null;
            }
        }
    }

    // Attached once at creation and again by a later run after an earlier one ended; never after Dispose.
    public void Attach()
    {
        if (_tracking is not null && Interlocked.Exchange(ref _attached, 1) == 0)
        {
            _tracking.AttachConsumer();
        }
    }

    // Whichever of a run's end and Dispose comes first detaches; the other finds nothing attached.
    public void Detach()
    {
        if (_tracking is not null && Interlocked.Exchange(ref _attached, 0) == 1)
        {
            _tracking.DetachConsumer();
        }
    }

    private void ApplyBarCloseTicks(BarCloseTicker ticker, DateTime drainedAtUtc)
    {
        foreach (var (calendar, baseInterval, boundary) in ticker.TakeDueByMarket(drainedAtUtc))
        {
            foreach (var symbol in _data.Symbols)
            {
                if (!ReferenceEquals(symbol.Calendar, calendar))
                {
                    continue;
                }

                try
                {
                    symbol.AdvanceDerivedTo(baseInterval, boundary);
                }
                catch (BarDeliveryException fault)
                {
                    CountFault(fault);
                }
            }
        }
    }

    private void DeliverOne(in FeedBar bar)
    {
        try
        {
            _data.Deliver(bar);
        }
        catch (BarDeliveryException fault)
        {
            CountFault(fault);
        }
    }

    // A replay's bar, routed by what its subscription keeps (a bar read back from the channel names none).
    private void DeliverOne(in DueBar bar)
    {
        try
        {
            if (bar.Source is { } source)
            {
                _data.Deliver(bar.Bar, source);
            }
            else
            {
                _data.Deliver(bar.Bar);
            }
        }
        catch (BarDeliveryException fault)
        {
            CountFault(fault);
        }
    }

    /// <summary>Counts and logs a bar on which a subscriber threw.</summary>
    public void CountFault(BarDeliveryException fault)
    {
        Interlocked.Increment(ref _faults);
        SessionLog.DeliveryFailed(_logger, fault.Symbol, fault.Interval, fault.BarStartUtc, fault.InnerException!);
    }

    private sealed class NoListener : IClosedBarListener
    {
        public static readonly NoListener Instance = new();

        public bool IsListening => false;

        public bool HasPendingAdditions => false;

        public int QueuedBars => 0;

        public bool Watches(string symbol) => false;

        public void OnClosed(string symbol, Intervals.Interval interval, in Data.Bar bar)
        {
        }

        public void DeliverClosed()
        {
        }

        public void Forget(string symbol)
        {
        }

        public Task JoinAdditionsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void End()
        {
        }
    }
}
