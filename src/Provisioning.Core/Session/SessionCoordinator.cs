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
using Provisioning.Steps.__Internals;
using Provisioning.Data.Feeds;
using Provisioning.Indicators;
using Provisioning.Indicators.__Internals;
using Provisioning.Intervals;
using Provisioning.Planning.Removal;
using Provisioning.Requirements;
using Provisioning.Steps;
using Provisioning.Reporting;
using Provisioning.Text;

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
internal sealed class SessionCoordinator : IProvisioningSession, IDisposable
{
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly IndicatorCatalog _catalog;
    private readonly IProvisioningObserver _observer;
    private readonly ConcurrentDictionary<ProvisioningRequest, Lazy<Task<AdditionResult>>> _inFlight = new();
    private readonly AdditionRunner _additions;
    private readonly RemovalRunner _removals;
    private readonly LiveDelivery _delivery;
    private readonly SessionReload _reload;
    private volatile ResolvedSessionConfig _config;
    private IReadOnlyList<DeclaredAddition> _declared = [];
    private int _disposed;

    /// <summary>Creates a session on one exchange: every symbol follows <paramref name="calendar"/> unless an addition names another (<c>"XTKS:7203"</c>).</summary>
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
        : this(config, new SessionMarkets(calendar ?? throw new ArgumentNullException(nameof(calendar))), store, feed, clock, logger, catalog, dispatcher, observer, services, historyLoad)
    {
    }

    /// <summary>Creates a session.</summary>
    /// <param name="config">The resolved session config (symbols, streams, history, indicators, multiplier).</param>
    /// <param name="markets">The session's calendars: the default exchange's and each symbol's own.</param>
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
        SessionMarkets markets,
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
        ArgumentNullException.ThrowIfNull(markets);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(clock);
        _config = config;
        _clock = clock;
        _logger = logger ?? NullLogger<SessionCoordinator>.Instance;
        _catalog = catalog ?? IndicatorCatalog.Default;
        // The journals see every result first, for the session report; the author's observer is guarded behind it.
        _observer = new JournalingObserver(Journal, Removals, clock, observer is null ? NoObserver.Instance : new GuardedObserver(observer, _logger));
        Markets = markets;
        var load = historyLoad ?? new HistoryLoadOptions();
        if (load.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(historyLoad));
        }

        Observer = _observer;
        Logger = _logger;
        _delivery = new LiveDelivery(Data, feed, clock, markets, config.BaseIntervals, _logger);
        _additions = new AdditionRunner(
            Data, config, markets, store, feed, clock, _logger, _catalog, dispatcher, _observer, services, load, _delivery.CountFault);

        _removals = new RemovalRunner(Data, _additions.Gates, markets, feed, clock, _logger, dispatcher, _observer, services);
        _reload = new SessionReload(this);

        // Attached now rather than when RunAsync starts: a replay started first then waits for this session; Dispose
        // detaches a session that never runs.
        _delivery.Attach();
    }

    /// <summary>The session's symbols, bars and indicators.</summary>
    public SessionData Data { get; } = new();

    /// <summary>The session config (the latest reloaded one, once a reload was applied).</summary>
    public ResolvedSessionConfig Config => _config;

    /// <summary>
    /// Live bars on which a subscriber (an indicator) threw, those an addition caught up at its commit included; each is
    /// logged, the bar stays in its series and reaches the symbol's other intervals, and the session went on.
    /// </summary>
    public long DeliveryFaults => _delivery.Faults;

    /// <summary>The session clock's current time, UTC.</summary>
    public DateTime NowUtc => _clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Pre-session provisioning: every config symbol through the unified flow (in parallel), then the config's
    /// indicators for every symbol that loaded. One bad symbol is reported and skipped; the others load. What would have
    /// been added to a symbol that did not load is reported too, rejected with that symbol's reason, so the report has
    /// every addition. Strategies start with <c>StartAsync(strategies)</c> from <c>Provisioning.Strategies</c>.
    /// </summary>
    public async Task<SessionStartReport> StartAsync(CancellationToken cancellationToken = default) =>
        (await StartAsync([], cancellationToken).ConfigureAwait(false)).Report;

    /// <summary>
    /// <see cref="StartAsync(CancellationToken)"/> that also adds <paramref name="declared"/> to every config symbol
    /// that loaded (and reports them skipped for those that did not); also returns the symbols that loaded.
    /// </summary>
    internal async Task<(SessionStartReport Report, IReadOnlyList<string> Loaded)> StartAsync(IReadOnlyList<DeclaredAddition> declared, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        _declared = declared;
        SessionLog.PreSessionStarting(_logger, Config.Symbols.Count, Config.Exchange);
        var symbolResults = new AdditionResult[Config.Symbols.Count];
        await Parallel.ForAsync(0, Config.Symbols.Count, ParallelOptions(cancellationToken), async (i, ct) =>
        {
            symbolResults[i] = await AddSymbolAsync(Config.Symbols[i], ProvisionSource.Config, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);

        var all = new List<AdditionResult>(symbolResults);
        var loaded = symbolResults.Where(r => r.Succeeded).Select(r => r.Requirements.Symbol).ToArray();
        foreach (var failed in symbolResults.Where(r => !r.Succeeded))
        {
            all.AddRange(SkipDependents(failed, declared));
        }

        await Parallel.ForAsync(0, loaded.Length, ParallelOptions(cancellationToken), async (i, ct) =>
        {
            var symbol = loaded[i];
            var list = new List<AdditionResult>();
            foreach (var configured in Config.Indicators)
            {
                list.Add(await AddIndicatorAsync(symbol, configured.Name, configured.Parameters.ToArray(), configured.Interval.ToString(), ProvisionSource.Config, ct).ConfigureAwait(false));
            }

            list.AddRange(await ProvisionAsync(declared, symbol, ProvisionSource.Strategy, ct).ConfigureAwait(false));
            lock (all)
            {
                all.AddRange(list);
            }
        }).ConfigureAwait(false);

        SessionLog.PreSessionDone(_logger, all.Count(r => r.Succeeded), all.Count(r => !r.Succeeded), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return (new SessionStartReport(new EquatableArray<AdditionResult>(all)), loaded);
    }

    /// <summary>
    /// Reloads the session config: <paramref name="next"/> with errors, or changing what a running session keeps
    /// (exchange, streams, data store), is refused and nothing changes; otherwise it becomes the session's config and is
    /// provisioned as a diff (see <see cref="SessionReload"/>). Reloads run one at a time.
    /// </summary>
    internal Task<ConfigReloadResult> ReloadAsync(ResolvedSessionConfig next, CancellationToken cancellationToken = default) =>
        _reload.RunAsync(next, cancellationToken);

    /// <summary>Refuses a reload whose config could not be read or bound, telling <see cref="Reloaded"/>; nothing changes.</summary>
    internal ConfigReloadResult RefuseReload(IEnumerable<string> errors) => _reload.Refuse(errors);

    /// <summary>Told of every reload's result, refused ones included (the hosted watcher's reloads have no caller).</summary>
    internal event Action<ConfigReloadResult>? Reloaded;

    /// <summary>What the strategies declared for every config symbol at the start; a symbol a reload adds gets them too.</summary>
    internal IReadOnlyList<DeclaredAddition> Declared => _declared;

    /// <summary>Makes <paramref name="config"/> the session's: additions from now on are analysed against it.</summary>
    internal void UseConfig(ResolvedSessionConfig config)
    {
        _config = config;
        _additions.UseConfig(config);
    }

    /// <summary>Tells <see cref="Reloaded"/> of <paramref name="result"/>; a listener that throws is logged and the session goes on.</summary>
    internal void OnReloaded(ConfigReloadResult result)
    {
        try
        {
            Reloaded?.Invoke(result);
        }
        catch (Exception e)
        {
            ReloadLog.ListenerFailed(_logger, e);
        }
    }

    /// <summary>The session's default calendar (the config's exchange).</summary>
    internal ITradingCalendar Calendar => Markets.Default;

    /// <summary>The session's calendars: the default and each symbol's own.</summary>
    internal SessionMarkets Markets { get; }

    /// <summary>The calendar of <paramref name="symbol"/>: the one the session holds it on, else the one it would be added on.</summary>
    internal ITradingCalendar CalendarOf(string symbol) =>
        Data.TryGetSymbol(symbol, out var held) ? held.Calendar : Markets.For(symbol);

    /// <summary>The session's observer (guarded: an observer that throws is logged).</summary>
    internal IProvisioningObserver Observer { get; }

    /// <summary>The session's logger.</summary>
    internal ILogger Logger { get; }

    /// <summary>The session clock.</summary>
    internal TimeProvider Clock => _clock;

    /// <summary>Hands the session's closed bars to <paramref name="listener"/> from now on.</summary>
    internal void Listen(IClosedBarListener listener)
    {
        Data.ClosedBars = listener;
        _delivery.Listen(listener);
    }

    /// <summary>Makes a replay wait at each step until the session has delivered (and its listener handled) the step's bars.</summary>
    internal void PaceReplay() => _delivery.PaceReplay();

    /// <summary>
    /// Delivers the feed's bars to the session's symbols until the feed completes or <paramref name="cancellationToken"/>
    /// fires, then closes every open derived bar at the session clock. A feed that tracks delivery
    /// (<see cref="IDeliveryTrackingFeed"/>, such as a replay, which then runs its scheduled actions on a session that
    /// has every bar written before them) is told of each bar while this method runs. A live feed with a bar-close
    /// grace (<see cref="IBarFeed.BarCloseGrace"/>) also has its derived bars closed on the clock: at each boundary
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

    /// <summary>Adds each of <paramref name="declared"/> to <paramref name="symbol"/>, one addition per declaration, in order.</summary>
    internal async Task<IReadOnlyList<AdditionResult>> ProvisionAsync(
        IReadOnlyList<DeclaredAddition> declared,
        string symbol,
        ProvisionSource source,
        CancellationToken cancellationToken)
    {
        var results = new List<AdditionResult>(declared.Count);
        foreach (var addition in declared)
        {
            results.Add(addition.Indicator is { } spec
                ? await AddIndicatorAsync(symbol, spec, source, cancellationToken).ConfigureAwait(false)
                : await AddBarsAsync(symbol, addition.Bars!.Value.ToString(), addition.Days, historicalOnly: false, source, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <inheritdoc />
    public ValueTask<AdditionResult> AddSymbolAsync(string symbol, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        AddSymbolAsync(symbol, source, null, cancellationToken);

    /// <inheritdoc />
    public ValueTask<AdditionResult> AddBarsAsync(
        string symbol,
        string interval,
        int days = 0,
        bool historicalOnly = false,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default) =>
        AddBarsAsync(symbol, interval, days, historicalOnly, source, null, cancellationToken);

    /// <inheritdoc />
    public ValueTask<AdditionResult> AddIndicatorAsync(
        string symbol,
        IndicatorSpec spec,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default) =>
        AddIndicatorAsync(symbol, spec, source, null, cancellationToken);

    /// <inheritdoc />
    public ValueTask<AdditionResult> AddIndicatorAsync(
        string symbol,
        string name,
        IReadOnlyList<IndicatorParameter> parameters,
        string interval,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default) =>
        AddIndicatorAsync(symbol, name, parameters, interval, source, null, cancellationToken);

    /// <summary>The session as <paramref name="requester"/> (a strategy) sees it: its additions hold, and its removals release, in its own name.</summary>
    internal IProvisioningSession OnBehalfOf(string requester) => new RequesterSession(this, requester);

    internal ValueTask<AdditionResult> AddSymbolAsync(string symbol, ProvisionSource source, string? requester, CancellationToken cancellationToken) =>
        AddAsync(new SymbolRequest(symbol, source) { RequesterName = requester }, cancellationToken);

    internal ValueTask<AdditionResult> AddBarsAsync(
        string symbol, string interval, int days, bool historicalOnly, ProvisionSource source, string? requester, CancellationToken cancellationToken) =>
        AddAsync(new BarRequest(symbol, interval, days, historicalOnly, source) { RequesterName = requester }, cancellationToken);

    internal ValueTask<AdditionResult> AddIndicatorAsync(string symbol, IndicatorSpec spec, ProvisionSource source, string? requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var declared = _catalog.Validate(spec);
        return declared.Success
            ? AddAsync(new IndicatorRequest(symbol, declared.Value, source) { RequesterName = requester }, cancellationToken)
            : ValueTask.FromResult(RejectIndicator(symbol, spec.Key, declared.Reason, source));
    }

    internal ValueTask<AdditionResult> AddIndicatorAsync(
        string symbol,
        string name,
        IReadOnlyList<IndicatorParameter> parameters,
        string interval,
        ProvisionSource source,
        string? requester,
        CancellationToken cancellationToken)
    {
        var spec = _catalog.ResolveSpec(name, parameters ?? [], interval);
        return spec.Success
            ? AddAsync(new IndicatorRequest(symbol, spec.Value, source) { RequesterName = requester }, cancellationToken)
            : ValueTask.FromResult(RejectIndicator(symbol, name, spec.Reason, source));
    }

    /// <inheritdoc />
    public ValueTask<RemovalResult> RemoveSymbolAsync(string symbol, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        RemoveSymbolAsync(symbol, source, null, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RemovalResult> RemoveBarsAsync(string symbol, string interval, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        RemoveBarsAsync(symbol, interval, source, null, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RemovalResult> RemoveIndicatorAsync(string symbol, IndicatorSpec spec, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        RemoveIndicatorAsync(symbol, spec, source, null, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RemovalResult> RemoveIndicatorAsync(
        string symbol,
        string name,
        IReadOnlyList<IndicatorParameter> parameters,
        string interval,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default) =>
        RemoveIndicatorAsync(symbol, name, parameters, interval, source, null, cancellationToken);

    internal ValueTask<RemovalResult> RemoveSymbolAsync(string symbol, ProvisionSource source, string? requester, CancellationToken cancellationToken) =>
        RemoveAsync(new RemovalRequest(symbol, OperationType.Symbol, null, new Requester(source, requester)), cancellationToken);

    internal ValueTask<RemovalResult> RemoveBarsAsync(string symbol, string interval, ProvisionSource source, string? requester, CancellationToken cancellationToken) =>
        Interval.TryParse(interval, out var parsed, out var error)
            ? RemoveAsync(new RemovalRequest(symbol, OperationType.Bar, Grant.BarsAddition(parsed), new Requester(source, requester)), cancellationToken)
            : ValueTask.FromResult(RejectRemoval(symbol, OperationType.Bar, "bars " + EchoedText.Inline(interval), source, error ?? "not an interval"));

    internal ValueTask<RemovalResult> RemoveIndicatorAsync(string symbol, IndicatorSpec spec, ProvisionSource source, string? requester, CancellationToken cancellationToken)
    {
        if (spec is null)
        {
            return ValueTask.FromResult(RejectRemoval(symbol, OperationType.Indicator, "indicator (none)", source, "no indicator was given"));
        }

        var declared = _catalog.Validate(spec);
        return declared.Success
            ? RemoveAsync(new RemovalRequest(symbol, OperationType.Indicator, Grant.IndicatorAddition(declared.Value.Key), new Requester(source, requester)), cancellationToken)
            : ValueTask.FromResult(RejectRemoval(symbol, OperationType.Indicator, "indicator " + EchoedText.Inline(spec.Key), source, declared.Reason));
    }

    internal ValueTask<RemovalResult> RemoveIndicatorAsync(
        string symbol,
        string name,
        IReadOnlyList<IndicatorParameter> parameters,
        string interval,
        ProvisionSource source,
        string? requester,
        CancellationToken cancellationToken)
    {
        var spec = _catalog.ResolveSpec(name, parameters ?? [], interval);
        return spec.Success
            ? RemoveAsync(new RemovalRequest(symbol, OperationType.Indicator, Grant.IndicatorAddition(spec.Value.Key), new Requester(source, requester)), cancellationToken)
            : ValueTask.FromResult(RejectRemoval(symbol, OperationType.Indicator, "indicator " + EchoedText.Inline(name), source, spec.Reason));
    }

    /// <summary>
    /// The one entry point of removals: analyses <paramref name="request"/> against the symbol's holds, plans what nothing
    /// else holds and executes it with rollback, one at a time with the symbol's additions.
    /// </summary>
    internal ValueTask<RemovalResult> RemoveAsync(RemovalRequest request, CancellationToken cancellationToken = default) =>
        new(_removals.RunAsync(request, cancellationToken));

    /// <summary>
    /// The unified entry point: analyses, validates, plans and executes <paramref name="request"/>. An identical request
    /// already running is joined rather than run twice (it keeps the first caller's cancellation).
    /// </summary>
    public ValueTask<AdditionResult> AddAsync(ProvisioningRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = new Lazy<Task<AdditionResult>>(() => _additions.RunAsync(request, cancellationToken));
        var shared = _inFlight.GetOrAdd(request, run);
        if (ReferenceEquals(shared, run))
        {
            _ = run.Value.ContinueWith(
                _ => _inFlight.TryRemove(new KeyValuePair<ProvisioningRequest, Lazy<Task<AdditionResult>>>(request, run)),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return new ValueTask<AdditionResult>(shared.Value);
    }

    /// <summary>
    /// Writes a self-contained HTML report of the session so far to <paramref name="path"/>: per symbol, candlestick
    /// charts of its intervals with its indicators, the history/live join, each addition, data quality, and late and
    /// duplicate bars. It opens offline in a browser; call it once the session has run (or failed to).
    /// </summary>
    /// <param name="path">The .html file to write (overwritten).</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    public Task WriteReportAsync(string path, CancellationToken cancellationToken = default) =>
        SessionReportWriter.WriteAsync(SessionReportSource.Of(this), path, cancellationToken);

    /// <summary>Every finished addition of the session with the time it ended (bounded), for the report.</summary>
    internal AdditionJournal Journal { get; } = new();

    /// <summary>Every finished removal of the session with the time it ended (bounded), for the report.</summary>
    internal RemovalJournal Removals { get; } = new();

    /// <summary>The declared indicators the session creates its indicators from.</summary>
    internal IndicatorCatalog Catalog => _catalog;

    /// <summary>Closed bars queued for the strategies and not yet handed out (bounded by what one delivery closes).</summary>
    internal int StrategyQueuedBars => (Data.ClosedBars as IClosedBarListener)?.QueuedBars ?? 0;

    /// <summary>How many per-symbol gates the session holds (one per symbol with an addition running or waiting).</summary>
    internal int SymbolGateCount => _additions.GateCount;

    /// <summary>The per-symbol gates additions and removals queue on (tests hold one to queue additions behind it).</summary>
    internal SymbolGates SymbolGates => _additions.Gates;

    /// <summary>The most indicator additions of a symbol queued together that run as one batch (1: each alone).</summary>
    internal int AdditionBatchLimit
    {
        get => _additions.BatchLimit;
        set => _additions.BatchLimit = value;
    }

    private RemovalResult RejectRemoval(string symbol, OperationType operation, string target, ProvisionSource source, string reason)
    {
        var why = $"Cannot remove {target} of {EchoedText.Inline(symbol)}: {EchoedText.OneLine(reason)}";
        RemovalLog.NotDone(_logger, EchoedText.Inline(symbol), target, source, RemovalStatus.Rejected, why);
        var result = new RemovalResult(symbol ?? string.Empty, operation, target, source, Planning.ProvisioningPlan.Nothing(symbol ?? string.Empty), EquatableArray<StepResult>.Empty, RemovalStatus.Rejected, why);
        _observer.OnRemoved(result);
        return result;
    }

    private AdditionResult RejectIndicator(string symbol, string indicator, string reason, ProvisionSource source)
    {
        var result = AdditionResult.Rejected(AdditionRunner.Minimal(symbol, OperationType.Indicator, source, reason) with
        {
            Reason = $"Cannot add indicator {EchoedText.Inline(indicator)} for {EchoedText.Inline(symbol)}: {reason}",
        });
        SessionLog.Rejected(_logger, EchoedText.Inline(symbol), OperationType.Indicator, source, EchoedText.OneLine(reason));
        _observer.OnResult(result);
        return result;
    }

    // Every addition that would have followed a config symbol that did not load, reported rather than left out: the
    // config's indicators and each strategy's declarations, refused with the symbol's own reason.
    private IEnumerable<AdditionResult> SkipDependents(AdditionResult symbolResult, IReadOnlyList<DeclaredAddition> declared)
    {
        var symbol = symbolResult.Requirements.Symbol;
        var why = $"Skipped: symbol {EchoedText.Inline(symbol)} did not load ({symbolResult.Status}: {EchoedText.OneLine(symbolResult.Reason ?? symbolResult.Requirements.Reason)})";
        foreach (var configured in Config.Indicators)
        {
            var spec = _catalog.ResolveSpec(configured.Name, configured.Parameters.ToArray(), configured.Interval.ToString());
            yield return Skip(symbol, OperationType.Indicator, ProvisionSource.Config, why, spec.Success ? spec.Value : null, default);
        }

        foreach (var addition in declared)
        {
            yield return addition.Indicator is { } spec
                ? Skip(symbol, OperationType.Indicator, ProvisionSource.Strategy, why, spec, default)
                : Skip(symbol, OperationType.Bar, ProvisionSource.Strategy, why, null, EquatableArray<Interval>.Of(addition.Bars!.Value));
        }
    }

    private AdditionResult Skip(string symbol, OperationType operation, ProvisionSource source, string reason, IndicatorSpec? spec, EquatableArray<Interval> intervals)
    {
        var result = AdditionResult.Rejected(AdditionRunner.Minimal(symbol, operation, source, reason) with { Indicator = spec, RequiredIntervals = intervals });
        SessionLog.Rejected(_logger, EchoedText.Inline(symbol), operation, source, EchoedText.OneLine(reason));
        _observer.OnResult(result);
        return result;
    }

    private static ParallelOptions ParallelOptions(CancellationToken cancellationToken) =>
        new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount * 2) };

    private sealed class NoObserver : IProvisioningObserver
    {
        public static readonly NoObserver Instance = new();
    }
}
