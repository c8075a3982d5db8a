using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Config;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Execution.Dispatch;
using Provisioning.Feeds;
using Provisioning.Hosting;
using Provisioning.Indicators;
using Provisioning.Indicators.Registry;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Strategies;
using Provisioning.Symbols;
using Provisioning.Text;
using Provisioning.Validation;

namespace Provisioning.Session;

/// <summary>
/// Runs a trading session: every addition (config symbols before the open, scanners and strategies during the day) goes
/// through one pipeline: requirement analysis, Step 0 validation against the data store and the feed, a plan of only
/// what is missing, and its execution; and the feed's bars are delivered to the symbols while additions run.
/// Identical concurrent additions share one run; additions for one symbol run one at a time; different symbols run in
/// parallel. A rejected or failed addition leaves the session as it was and the session keeps running.
/// A session over a replay (<see cref="IDeliveryTrackingFeed"/>) is attached to it from its creation until its
/// <see cref="RunAsync(CancellationToken)"/> ends or it is disposed; dispose a session that will not run, so the replay
/// stops waiting for it (a host's container does so when it is disposed).
/// </summary>
public sealed class SessionCoordinator : IProvisioningSession, IDisposable
{
    private readonly ITradingCalendar _calendar;
    private readonly IHistoricalBarStore _store;
    private readonly IBarFeed _feed;
    private readonly IDeliveryTrackingFeed? _tracking;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly IndicatorCatalog _catalog;
    private readonly IProvisioningObserver _observer;
    private readonly IServiceProvider? _services;
    private readonly HistoryLoadOptions _historyLoad;
    private readonly ProvisioningPipeline _pipeline;
    private readonly HistoricalDataValidator _validator;
    private readonly ProvisioningExecutor _executor;
    private readonly ConcurrentDictionary<ProvisioningRequest, Lazy<Task<ProvisioningResult>>> _inFlight = new();
    private readonly LiveDelivery _delivery;
    private int _disposed;

    // One gate per normalised symbol with an addition running or waiting; dropped when its last user leaves.
    private readonly SymbolGates _symbolGates = new();

    /// <summary>Creates a session.</summary>
    /// <param name="config">The resolved session config (symbols, streams, history, indicators, multiplier).</param>
    /// <param name="calendar">The exchange calendar.</param>
    /// <param name="store">Where history is read from.</param>
    /// <param name="feed">Where live (or replayed) base bars come from.</param>
    /// <param name="clock">The session clock: additions load history up to its "now".</param>
    /// <param name="logger">Logs requirements, plans, steps and results.</param>
    /// <param name="catalog">The declared indicators; <see cref="IndicatorCatalog.Default"/> when null.</param>
    /// <param name="dispatcher">The step dispatch; <see cref="StepDispatcher.Default"/> when null.</param>
    /// <param name="observer">Watches additions (for progress displays); none when null.</param>
    /// <param name="services">The host's services, offered to handlers of user-defined steps.</param>
    /// <param name="historyLoad">How much of the expected history an addition must load; the defaults when null.</param>
    /// <exception cref="ArgumentException"><paramref name="historyLoad"/> holds a minimum outside 0 to 1.</exception>
    public SessionCoordinator(
        ResolvedSessionConfig config,
        ITradingCalendar calendar,
        IHistoricalBarStore store,
        IBarFeed feed,
        TimeProvider clock,
        ILogger<SessionCoordinator>? logger = null,
        IndicatorCatalog? catalog = null,
        IStepDispatcher? dispatcher = null,
        IProvisioningObserver? observer = null,
        IServiceProvider? services = null,
        HistoryLoadOptions? historyLoad = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(clock);
        Config = config;
        _calendar = calendar;
        _store = store;
        _feed = feed;
        _clock = clock;
        _logger = logger ?? NullLogger<SessionCoordinator>.Instance;
        _catalog = catalog ?? IndicatorCatalog.Default;
        _observer = observer is null ? NoObserver.Instance : new GuardedObserver(observer, _logger);
        _services = services;
        _historyLoad = historyLoad ?? new HistoryLoadOptions();
        if (HistoryLoadOptionsValidator.Problem(_historyLoad) is { } problem)
        {
            throw new ArgumentException(problem, nameof(historyLoad));
        }

        _pipeline = ProvisioningPipeline.Create(config, calendar);
        _validator = new HistoricalDataValidator(store, calendar);
        _executor = new ProvisioningExecutor(dispatcher);

        // Attached now rather than when RunAsync starts: a replay started first then waits for this session; Dispose
        // detaches a session that never runs.
        _tracking = feed as IDeliveryTrackingFeed;
        _delivery = new LiveDelivery(Data, feed, clock, calendar, config.BaseIntervals, _logger);
        _delivery.Attach();
    }

    /// <summary>The session's symbols, bars and indicators.</summary>
    public SessionData Data { get; } = new();

    /// <summary>The session config.</summary>
    public ResolvedSessionConfig Config { get; }

    /// <summary>
    /// Live bars on which a subscriber (an indicator) threw, those an addition caught up at its commit included; each is
    /// logged, the bar stays in its series and reaches the symbol's other intervals, and the session went on.
    /// </summary>
    public long DeliveryFaults => _delivery.Faults;

    /// <summary>The session clock's current time, UTC.</summary>
    public DateTime NowUtc => _clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Pre-session provisioning: every config symbol through the unified flow (in parallel), then the config's
    /// indicators and each strategy's declared bars and indicators for every symbol that loaded. One bad symbol is
    /// reported and skipped; the others load. What would have been added to a symbol that did not load is reported too,
    /// rejected with that symbol's reason, so the report has every addition.
    /// </summary>
    public async Task<SessionStartReport> StartAsync(IEnumerable<Strategy>? strategies = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        SessionLog.PreSessionStarting(_logger, Config.Symbols.Count, Config.Exchange);
        var symbolResults = new ProvisioningResult[Config.Symbols.Count];
        await Parallel.ForAsync(0, Config.Symbols.Count, ParallelOptions(cancellationToken), async (i, ct) =>
        {
            symbolResults[i] = await AddSymbolAsync(Config.Symbols[i], ProvisionSource.Config, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);

        var all = new List<ProvisioningResult>(symbolResults);
        var loaded = symbolResults.Where(r => r.Succeeded).Select(r => r.Requirements.Symbol).ToArray();
        var strategyList = strategies?.ToArray() ?? [];
        foreach (var failed in symbolResults.Where(r => !r.Succeeded))
        {
            all.AddRange(SkipDependents(failed, strategyList));
        }
        await Parallel.ForAsync(0, loaded.Length, ParallelOptions(cancellationToken), async (i, ct) =>
        {
            var symbol = loaded[i];
            var list = new List<ProvisioningResult>();
            foreach (var configured in Config.Indicators)
            {
                list.Add(await AddIndicatorAsync(symbol, configured.Name, configured.Parameters.ToArray(), configured.Interval.ToString(), ProvisionSource.Config, ct).ConfigureAwait(false));
            }

            foreach (var strategy in strategyList)
            {
                list.AddRange(await ProvisionStrategyAsync(strategy, symbol, ProvisionSource.Strategy, ct).ConfigureAwait(false));
            }

            lock (all)
            {
                all.AddRange(list);
            }
        }).ConfigureAwait(false);

        SessionLog.PreSessionDone(_logger, all.Count(r => r.Succeeded), all.Count(r => !r.Succeeded), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new SessionStartReport(new EquatableArray<ProvisioningResult>(all));
    }

    /// <summary>
    /// Delivers the feed's bars to the session's symbols until the feed completes or <paramref name="cancellationToken"/>
    /// fires, then closes every open derived bar at the session clock. A feed that tracks delivery
    /// (<see cref="IDeliveryTrackingFeed"/>, such as a replay, which then runs its scheduled actions on a session that
    /// has every bar written before them) is told of each bar while this method runs. A live feed with a bar-close
    /// grace (<see cref="ILiveBarFeed.BarCloseGrace"/>) also has its derived bars closed on the clock: at each boundary
    /// of an intraday base interval plus the grace, every symbol's derived bars built on that base that end by the
    /// boundary are delivered, whether or not their last base bar came; a base bar that comes later still reaches its
    /// base series and indicators and is counted as late (<see cref="Aggregation.BarAggregator.LateBars"/>) by the
    /// derived intervals it missed. The ticks run on this method's loop, never beside a delivery, and stop when it returns.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The session was disposed.</exception>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        await _delivery.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Detaches the session from a replay it was attached to, so the replay runs to the close without waiting for it;
    /// <see cref="RunAsync(CancellationToken)"/> cannot be called afterwards. Safe to call more than once.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _delivery.Detach();
        }
    }

    /// <summary>Provisions everything <paramref name="strategy"/> declares for <paramref name="symbol"/>, one addition per declaration.</summary>
    public async Task<IReadOnlyList<ProvisioningResult>> ProvisionStrategyAsync(
        Strategy strategy,
        string symbol,
        ProvisionSource source = ProvisionSource.Strategy,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var manifest = strategy.Manifest;
        var results = new List<ProvisioningResult>();
        foreach (var bars in manifest.Bars)
        {
            results.Add(await AddBarsAsync(symbol, bars.Interval.ToString(), bars.HistoricalDays, historicalOnly: false, source, cancellationToken).ConfigureAwait(false));
        }

        foreach (var spec in manifest.Indicators)
        {
            results.Add(await AddIndicatorAsync(symbol, spec, source, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <inheritdoc />
    public ValueTask<ProvisioningResult> AddSymbolAsync(string symbol, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        AddAsync(new SymbolRequest(symbol, source), cancellationToken);

    /// <inheritdoc />
    public ValueTask<ProvisioningResult> AddBarsAsync(
        string symbol,
        string interval,
        int days = 0,
        bool historicalOnly = false,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default) =>
        AddAsync(new BarRequest(symbol, interval, days, historicalOnly, source), cancellationToken);

    /// <inheritdoc />
    public ValueTask<ProvisioningResult> AddIndicatorAsync(
        string symbol,
        IndicatorSpec spec,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var declared = _catalog.Validate(spec);
        return declared.Success
            ? AddAsync(new IndicatorRequest(symbol, declared.Value, source), cancellationToken)
            : ValueTask.FromResult(RejectIndicator(symbol, spec.Key, declared.Reason, source));
    }

    /// <inheritdoc />
    public ValueTask<ProvisioningResult> AddIndicatorAsync(
        string symbol,
        string name,
        IReadOnlyList<IndicatorParameter> parameters,
        string interval,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default)
    {
        var spec = _catalog.ResolveSpec(name, parameters ?? [], interval);
        return spec.Success
            ? AddAsync(new IndicatorRequest(symbol, spec.Value, source), cancellationToken)
            : ValueTask.FromResult(RejectIndicator(symbol, name, spec.Reason, source));
    }

    /// <summary>
    /// The unified entry point: analyses, validates, plans and executes <paramref name="request"/>. An identical request
    /// already running is joined rather than run twice (it keeps the first caller's cancellation).
    /// </summary>
    public ValueTask<ProvisioningResult> AddAsync(ProvisioningRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = new Lazy<Task<ProvisioningResult>>(() => RunAsync(request, cancellationToken));
        var shared = _inFlight.GetOrAdd(request, run);
        if (ReferenceEquals(shared, run))
        {
            _ = run.Value.ContinueWith(
                _ => _inFlight.TryRemove(new KeyValuePair<ProvisioningRequest, Lazy<Task<ProvisioningResult>>>(request, run)),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return new ValueTask<ProvisioningResult>(shared.Value);
    }

    // Runs synchronously up to its first await, so the feed hears of the addition the moment it is asked for.
    private async Task<ProvisioningResult> RunAsync(ProvisioningRequest request, CancellationToken cancellationToken)
    {
        _tracking?.BeginAddition();
        try
        {
            await Task.Yield();
            return await RunGatedAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _tracking?.EndAddition();
        }
    }

    private async Task<ProvisioningResult> RunGatedAsync(ProvisioningRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();

        // A text that is no symbol is refused by the analysis without touching the session: it needs no gate, and
        // keying one by it would keep whatever was sent.
        var valid = SymbolName.TryNormalize(request.Symbol, out var normalized, out _);
        var gateKey = valid ? normalized : request.Symbol ?? string.Empty;
        var gate = valid ? _symbolGates.Enter(normalized) : null;
        ProvisioningResult result;
        try
        {
            try
            {
                if (gate is not null)
                {
                    await gate.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                return Finish(Cancelled(request), started);
            }

            try
            {
                result = await ProvisionAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                SessionLog.AdditionThrew(_logger, EchoedText.Inline(gateKey), exception);
                result = ProvisioningResult.Rejected(Minimal(gateKey, request.Operation, request.Source,
                    $"The addition failed unexpectedly ({exception.GetType().Name}: {exception.Message}); the session is unchanged."));
                result = result with { Status = ProvisioningStatus.Failed };
            }
            catch (OperationCanceledException)
            {
                result = Cancelled(request);
            }
            finally
            {
                gate?.Semaphore.Release();
            }
        }
        finally
        {
            if (gate is not null)
            {
                _symbolGates.Leave(normalized, gate);
            }
        }

        return Finish(result, started);
    }

    /// <summary>How many per-symbol gates the session holds (one per symbol with an addition running or waiting).</summary>
    internal int SymbolGateCount => _symbolGates.Count;

    private async Task<ProvisioningResult> ProvisionAsync(ProvisioningRequest request, CancellationToken cancellationToken)
    {
        var now = NowUtc;
        var symbol = SymbolName.TryNormalize(request.Symbol, out var normalized, out _) ? normalized : request.Symbol ?? string.Empty;
        var state = Data.Snapshot(symbol);
        var requirements = _pipeline.Analyze(request, state, now);
        if (requirements.CanProceed)
        {
            requirements = await ValidateAsync(requirements, cancellationToken).ConfigureAwait(false);
        }

        SessionLog.Requirements(_logger, EchoedText.Inline(requirements.Symbol), requirements.Operation, requirements.Source, EchoedText.OneLine(requirements.Reason));
        _observer.OnRequirements(requirements);
        if (!requirements.CanProceed)
        {
            return ProvisioningResult.Rejected(requirements);
        }

        var planned = _pipeline.Plan(requirements, state);
        _observer.OnPlan(planned.Plan);
        SessionLog.Plan(_logger, EchoedText.Inline(symbol), planned.Plan.Steps.Count, planned.Plan.ToString());
        if (planned.Plan.IsEmpty)
        {
            return new ProvisioningResult(planned.Requirements, planned.Plan, EquatableArray<StepReport>.Empty, ProvisioningStatus.AlreadySatisfied, null);
        }

        var transaction = new SessionTransaction(Data, _calendar, symbol, request.Source, now) { OnDeliveryFault = _delivery.CountFault };
        var services = new StepServices(_services)
            .Add(transaction)
            .Add(Data)
            .Add(_store)
            .Add(_feed)
            .Add(_catalog)
            .Add(_calendar)
            .Add(_observer)
            .Add(_clock)
            .Add(_historyLoad);
        var context = new StepContext(services, cancellationToken);
        var outcome = await _executor.ExecuteAsync(planned.Plan, context, transaction.Commit, report => OnStep(symbol, report)).ConfigureAwait(false);
        return ProvisioningResult.Executed(planned.Requirements, planned.Plan, outcome, transaction.HistoryLoads);
    }

    /// <summary>Step 0: the data store (symbol, base intervals, history coverage) and the feed (streams needed).</summary>
    private async ValueTask<ProvisioningRequirements> ValidateAsync(ProvisioningRequirements requirements, CancellationToken cancellationToken)
    {
        var validated = await _validator.ValidateAsync(requirements, cancellationToken).ConfigureAwait(false);
        if (!validated.NeedsSession)
        {
            return validated;
        }

        var streamable = true;
        foreach (var interval in validated.IntervalRequirements)
        {
            var baseInterval = interval.BuiltFrom ?? interval.Interval;
            if (!_feed.CanStream(baseInterval))
            {
                streamable = false;
                validated = validated.WithError($"The session feed does not stream {baseInterval} bars, which {interval.Interval} needs; add it to \"streams\" or ask for history only.");
            }
        }

        return validated with { SessionAvailable = streamable };
    }

    private void OnStep(string symbol, StepReport report)
    {
        SessionLog.Step(_logger, EchoedText.Inline(symbol), report.Step.Describe(), report.Status, report.Duration.TotalMilliseconds, report.Message);
        if (report.Status == StepStatus.Failed)
        {
            SessionLog.StepFailed(_logger, EchoedText.Inline(symbol), report.Step.Describe(), report.Message);
        }

        _observer.OnStep(symbol, report);
    }

    private ProvisioningResult Finish(ProvisioningResult result, long started)
    {
        var requirements = result.Requirements;
        if (result.Succeeded)
        {
            SessionLog.Completed(_logger, EchoedText.Inline(requirements.Symbol), requirements.Operation, requirements.Source, result.Status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (result.HasPartialHistory)
            {
                SessionLog.PartialHistory(_logger, EchoedText.Inline(requirements.Symbol), requirements.Operation, requirements.Source, EchoedText.OneLine(result.Reason));
            }
        }
        else if (result.Status == ProvisioningStatus.Rejected)
        {
            SessionLog.Rejected(_logger, EchoedText.Inline(requirements.Symbol), requirements.Operation, requirements.Source, EchoedText.OneLine(string.Join(" ", requirements.ValidationErrors)));
        }
        else
        {
            SessionLog.Failed(_logger, EchoedText.Inline(requirements.Symbol), requirements.Operation, requirements.Source, result.Status, EchoedText.OneLine(result.Reason));
        }

        _observer.OnResult(result);
        return result;
    }

    private ProvisioningResult RejectIndicator(string symbol, string indicator, string reason, ProvisionSource source)
    {
        var result = ProvisioningResult.Rejected(Minimal(symbol, OperationType.Indicator, source, reason) with
        {
            Reason = $"Cannot add indicator {EchoedText.Inline(indicator)} for {EchoedText.Inline(symbol)}: {reason}",
        });
        SessionLog.Rejected(_logger, EchoedText.Inline(symbol), OperationType.Indicator, source, EchoedText.OneLine(reason));
        _observer.OnResult(result);
        return result;
    }

    // Every addition that would have followed a config symbol that did not load, reported rather than left out: the
    // config's indicators and each strategy's declarations, refused with the symbol's own reason.
    private IEnumerable<ProvisioningResult> SkipDependents(ProvisioningResult symbolResult, IReadOnlyList<Strategy> strategies)
    {
        var symbol = symbolResult.Requirements.Symbol;
        var why = $"Skipped: symbol {EchoedText.Inline(symbol)} did not load ({symbolResult.Status}: {EchoedText.OneLine(symbolResult.Reason ?? symbolResult.Requirements.Reason)})";
        foreach (var configured in Config.Indicators)
        {
            var spec = _catalog.ResolveSpec(configured.Name, configured.Parameters.ToArray(), configured.Interval.ToString());
            yield return Skip(symbol, OperationType.Indicator, ProvisionSource.Config, why, spec.Success ? spec.Value : null, default);
        }

        foreach (var strategy in strategies)
        {
            foreach (var bars in strategy.Manifest.Bars)
            {
                yield return Skip(symbol, OperationType.Bar, ProvisionSource.Strategy, why, null, EquatableArray<Interval>.Of(bars.Interval));
            }

            foreach (var spec in strategy.Manifest.Indicators)
            {
                yield return Skip(symbol, OperationType.Indicator, ProvisionSource.Strategy, why, spec, default);
            }
        }
    }

    private ProvisioningResult Skip(string symbol, OperationType operation, ProvisionSource source, string reason, IndicatorSpec? spec, EquatableArray<Interval> intervals)
    {
        var result = ProvisioningResult.Rejected(Minimal(symbol, operation, source, reason) with { Indicator = spec, RequiredIntervals = intervals });
        SessionLog.Rejected(_logger, EchoedText.Inline(symbol), operation, source, EchoedText.OneLine(reason));
        _observer.OnResult(result);
        return result;
    }

    private static ProvisioningResult Cancelled(ProvisioningRequest request) =>
        ProvisioningResult.Rejected(Minimal(request.Symbol, request.Operation, request.Source, "The addition was cancelled before it started.")) with
        {
            Status = ProvisioningStatus.Cancelled,
        };

    private static ProvisioningRequirements Minimal(string symbol, OperationType operation, ProvisionSource source, string error) =>
        new()
        {
            Operation = operation,
            Source = source,
            Symbol = symbol,
            AddedBy = source,
            MeetsSessionConfigRequirements = source == ProvisionSource.Config,
            ValidationErrors = EquatableArray<string>.Of(error),
            Reason = error,
        };

    private static ParallelOptions ParallelOptions(CancellationToken cancellationToken) =>
        new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount * 2) };

    private sealed class NoObserver : IProvisioningObserver
    {
        public static readonly NoObserver Instance = new();
    }
}
