using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Session;

namespace Provisioning.Strategies;

/// <summary>
/// Runs a session's strategies: starts them after pre-open provisioning, gives each the bars of its series as they
/// close (queued by the symbols under their locks, handed out on the delivery loop in the order they closed, so a
/// callback never runs under a lock nor beside another), joins the series a strategy adds, and ends them. Every callback
/// is timed and told to the observer; one that throws is logged and reported, and everything goes on.
/// </summary>
internal sealed class StrategyRunner : IClosedBarListener
{
    private readonly SessionData _data;
    private readonly Func<string, ITradingCalendar> _calendarOf;
    private readonly TimeProvider _clock;
    private readonly IProvisioningObserver _observer;
    private readonly ILogger _logger;
    private readonly ConcurrentQueue<ClosedBar> _closed = new();
    private readonly ConcurrentDictionary<string, byte> _watched = new(StringComparer.Ordinal);
    private readonly Lock _pendingGate = new();
    private readonly List<PendingAddition> _pending = [];
    private RunningStrategy[] _running = [];

    // The end of the bar whose OnBar runs, and the thread running it: an addition asked for there joins after that bar.
    private DateTime? _deliveringEndUtc;
    private int _deliveringThread;

    /// <summary>Runs strategies over <paramref name="data"/>'s symbols.</summary>
    public StrategyRunner(SessionData data, Func<string, ITradingCalendar> calendarOf, TimeProvider clock, IProvisioningObserver observer, ILogger logger)
    {
        _data = data;
        _calendarOf = calendarOf;
        _clock = clock;
        _observer = observer;
        _logger = logger;
    }

    /// <summary>True once a strategy has been started.</summary>
    public bool IsListening => Volatile.Read(ref _running).Length > 0;

    /// <summary>Closed bars queued for the strategies and not yet handed out (for tests of its bound).</summary>
    public int QueuedBars => _closed.Count;

    /// <inheritdoc />
    public bool Watches(string symbol) => _watched.ContainsKey(symbol);

    /// <inheritdoc />
    public void OnClosed(string symbol, Interval interval, in Bar bar) => _closed.Enqueue(new ClosedBar(symbol, interval, bar));

    /// <inheritdoc />
    /// <remarks>The symbol is no longer watched, and every strategy lets go of its series before the next bar.</remarks>
    public void Forget(string symbol)
    {
        _watched.TryRemove(symbol, out _);
        foreach (var strategy in Volatile.Read(ref _running))
        {
            strategy.Release(symbol, null);
        }
    }

    /// <summary>
    /// Binds <paramref name="strategies"/> to the session, gives each the series of its declared intervals that
    /// <paramref name="symbols"/> have (bars held already are history, not delivered), and calls their
    /// <see cref="Strategy.OnStart"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A strategy is already running in a session.</exception>
    public void Start(IReadOnlyList<Strategy> strategies, IReadOnlyList<string> symbols, IProvisioningSession session)
    {
        var started = new List<RunningStrategy>(strategies.Count);
        foreach (var strategy in strategies)
        {
            var running = new RunningStrategy(strategy);
            strategy.Binding = new StrategyBinding(_data, new StrategySession(session is SessionCoordinator coordinator ? coordinator.OnBehalfOf(running.Name) : session, this, running));
            foreach (var symbol in symbols)
            {
                foreach (var interval in strategy.Manifest.Intervals)
                {
                    Watch(running, symbol, interval);
                }
            }

            StrategyLog.Started(_logger, running.Name, symbols.Count);
            started.Add(running);
        }

        Volatile.Write(ref _running, [.. Volatile.Read(ref _running), .. started]);
        foreach (var running in started)
        {
            Invoke(running, StrategyCallback.Start, null, default, default);
        }
    }

    /// <summary>Throws when one of <paramref name="strategies"/> already runs in a session; nothing is changed.</summary>
    public static void EnsureNotRunning(IEnumerable<Strategy> strategies)
    {
        foreach (var strategy in strategies)
        {
            ArgumentNullException.ThrowIfNull(strategy, nameof(strategies));
            if (strategy.Binding is not null)
            {
                throw new ArgumentException($"{strategy.Manifest.StrategyName} already runs in a session; create one instance per session.", nameof(strategies));
            }
        }
    }

    /// <summary>
    /// Hands the bars queued since the last call to the strategies whose series they belong to, in the order they
    /// closed; on the delivery loop. A bar that does not start after the last one a strategy got of its series is skipped.
    /// </summary>
    public void DeliverClosed()
    {
        var running = Volatile.Read(ref _running);
        while (_closed.TryDequeue(out var closed))
        {
            DateTime? end = null;
            var key = (closed.Symbol, closed.Interval);
            foreach (var strategy in running)
            {
                strategy.ApplyReleases();
                if (strategy.Series.TryGetValue(key, out var last) && closed.Bar.Start > last)
                {
                    strategy.Series[key] = closed.Bar.Start;
                    end ??= _calendarOf(closed.Symbol).EndUtc(closed.Interval, closed.Bar.Start);
                    InvokeBar(strategy, closed.Symbol, closed.Interval, closed.Bar, end.Value);
                }
            }
        }
    }

    /// <summary>True when a strategy asked for an addition that has not joined yet.</summary>
    public bool HasPendingAdditions
    {
        get
        {
            lock (_pendingGate)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>
    /// Waits for the additions the strategies asked for, joins the series of each that succeeded (the bars they hold
    /// that closed after the addition was asked for are delivered now, later ones as they close), and delivers what
    /// closed meanwhile, until no addition is left; on the delivery loop, before it takes the next bar.
    /// </summary>
    public async Task JoinAdditionsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            PendingAddition[] batch;
            lock (_pendingGate)
            {
                batch = [.. _pending];
                _pending.Clear();
            }

            if (batch.Length == 0)
            {
                return;
            }

            foreach (var pending in batch)
            {
                AdditionResult result;
                try
                {
                    result = await pending.Addition.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    StrategyLog.AdditionThrew(_logger, pending.Strategy.Name, exception);
                    continue;
                }

                if (result.Succeeded)
                {
                    Join(pending, result.Requirements.Symbol);
                }
            }

            DeliverClosed();
        }
    }

    /// <summary>Calls every strategy's <see cref="Strategy.OnSessionEnd"/>.</summary>
    public void End()
    {
        foreach (var running in Volatile.Read(ref _running))
        {
            Invoke(running, StrategyCallback.SessionEnd, null, default, default);
        }
    }

    /// <summary>Keeps <paramref name="addition"/> for the delivery loop to await and join; the strategy gets the same result.</summary>
    internal ValueTask<AdditionResult> Track(RunningStrategy strategy, ValueTask<AdditionResult> addition, IReadOnlyList<Interval>? intervals)
    {
        var askedAt = Volatile.Read(ref _deliveringThread) == Environment.CurrentManagedThreadId && _deliveringEndUtc is { } end
            ? end
            : _clock.GetUtcNow().UtcDateTime;
        var task = addition.AsTask();
        lock (_pendingGate)
        {
            _pending.Add(new PendingAddition(strategy, task, intervals, askedAt));
        }

        return new ValueTask<AdditionResult>(task);
    }

    private void Join(PendingAddition pending, string symbol)
    {
        pending.Strategy.ApplyReleases();
        foreach (var interval in pending.Intervals ?? pending.Strategy.Strategy.Manifest.Intervals.ToArray())
        {
            if (pending.Strategy.Series.ContainsKey((symbol, interval)))
            {
                continue;
            }

            var bars = Watch(pending.Strategy, symbol, interval);
            if (bars is null)
            {
                continue;
            }

            StrategyLog.Joined(_logger, pending.Strategy.Name, symbol, interval, pending.AskedAtUtc);

            // Bars that closed while the addition ran are in the series already (history up to the clock, or caught up
            // at its commit): the ones after the bar it was asked at are delivered now, in order.
            var key = (symbol, interval);
            pending.Strategy.Series[key] = DateTime.MinValue;
            foreach (var bar in bars)
            {
                pending.Strategy.Series[key] = bar.Start;
                var end = _calendarOf(symbol).EndUtc(interval, bar.Start);
                if (end > pending.AskedAtUtc)
                {
                    InvokeBar(pending.Strategy, symbol, interval, bar, end);
                }
            }
        }
    }

    // Makes the series one of the strategy's: bars queued from now on reach it. Returns the bars the series held once
    // it was watched (the newest of them marks where delivery starts unless the caller delivers some), or null when
    // the session has no such series.
    private Bar[]? Watch(RunningStrategy strategy, string symbol, Interval interval)
    {
        if (!_data.TryGetSymbol(symbol, out var data) || !data.TryGetBars(interval, out var series))
        {
            return null;
        }

        _watched.TryAdd(symbol, 0);
        var held = series.ToArray();
        strategy.Series[(symbol, interval)] = held.Length > 0 ? held[^1].Start : DateTime.MinValue;
        return held;
    }

    private void InvokeBar(RunningStrategy strategy, string symbol, Interval interval, Bar bar, DateTime endUtc)
    {
        _deliveringEndUtc = endUtc;
        Volatile.Write(ref _deliveringThread, Environment.CurrentManagedThreadId);
        try
        {
            Invoke(strategy, StrategyCallback.Bar, symbol, interval, bar);
        }
        finally
        {
            Volatile.Write(ref _deliveringThread, 0);
            _deliveringEndUtc = null;
        }
    }

    private void Invoke(RunningStrategy running, StrategyCallback callback, string? symbol, Interval interval, Bar bar)
    {
        var started = Stopwatch.GetTimestamp();
        Exception? error = null;
        try
        {
            switch (callback)
            {
                case StrategyCallback.Start:
                    running.Strategy.OnStart();
                    break;
                case StrategyCallback.Bar:
                    running.Strategy.OnBar(symbol!, interval, bar);
                    break;
                default:
                    running.Strategy.OnSessionEnd();
                    break;
            }
        }
        catch (Exception exception)
        {
            error = exception;
        }

        var duration = Stopwatch.GetElapsedTime(started);
        var isBar = callback == StrategyCallback.Bar;
        if (error is not null)
        {
            if (isBar)
            {
                StrategyLog.BarCallbackThrew(_logger, running.Name, symbol!, interval, bar.Start, error);
            }
            else
            {
                StrategyLog.CallbackThrew(_logger, running.Name, callback, error);
            }
        }

        _observer.OnStrategyCallback(new StrategyCallbackReport(
            running.Name, callback, symbol, isBar ? interval : null, isBar ? bar.Start : null, duration, error));
    }

    private readonly record struct ClosedBar(string Symbol, Interval Interval, Bar Bar);
}
