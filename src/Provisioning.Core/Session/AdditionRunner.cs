using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Config;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Steps.__Internals;
using Provisioning.Steps;
using Provisioning.Data.Feeds;
using Provisioning.Indicators.__Internals;
using Provisioning.Planning;
using Provisioning.Planning.Removal;
using Provisioning.Requirements;
using Provisioning.Symbols;
using Provisioning.Text;

namespace Provisioning.Session;

/// <summary>
/// Runs one addition through the <see cref="ProvisioningPipeline"/>: requirement analysis, Step 0 against the data store
/// and the feed, a plan of only what is missing, and its execution into a <see cref="SessionTransaction"/>, one addition per
/// symbol at a time, or the indicator additions of a symbol queued together as one batch (AdditionRunner.Batch.cs), each
/// with its own result. A rejected or failed addition is a result, logged and told to the observer; the session is unchanged.
/// Each addition runs on its symbol's calendar: the one the session holds it on, the exchange the request names
/// (<c>"XTKS:7203"</c>), or the config's for it.
/// </summary>
internal sealed partial class AdditionRunner
{
    private readonly SessionData _data;
    private readonly SessionMarkets _markets;
    private volatile HashSet<string> _configSymbols;
    private readonly IHistoricalBarStore _store;
    private readonly IBarFeed _feed;
    private readonly IDeliveryTrackingFeed? _tracking;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly IndicatorCatalog _catalog;
    private readonly IProvisioningObserver _observer;
    private readonly IServiceProvider? _services;
    private readonly HistoryLoadOptions _historyLoad;
    private volatile MarketPipelines _pipelines;
    private readonly ProvisioningExecutor _executor;
    private readonly Action<BarDeliveryException> _onDeliveryFault;
    private readonly IProgress<HistoryLoadProgress> _progress;

    // One gate per normalised symbol with an addition running or waiting; dropped when its last user leaves.
    private readonly SymbolGates _symbolGates = new();
    private volatile int _batchLimit = DefaultBatchLimit;

    /// <summary>Runs additions to <paramref name="data"/>; <paramref name="onDeliveryFault"/> counts faults on bars caught up at a commit.</summary>
    public AdditionRunner(
        SessionData data,
        ResolvedSessionConfig config,
        SessionMarkets markets,
        IHistoricalBarStore store,
        IBarFeed feed,
        TimeProvider clock,
        ILogger logger,
        IndicatorCatalog catalog,
        IStepDispatcher? dispatcher,
        IProvisioningObserver observer,
        IServiceProvider? services,
        HistoryLoadOptions historyLoad,
        Action<BarDeliveryException> onDeliveryFault)
    {
        _data = data;
        _markets = markets;
        _configSymbols = new HashSet<string>(config.Symbols, StringComparer.OrdinalIgnoreCase);
        _store = store;
        _feed = feed;
        _tracking = feed as IDeliveryTrackingFeed;
        _clock = clock;
        _logger = logger;
        _catalog = catalog;
        _observer = observer;
        _services = services;
        _historyLoad = historyLoad;
        _onDeliveryFault = onDeliveryFault;
        _pipelines = new MarketPipelines(config, store, feed.CanStream);
        _executor = new ProvisioningExecutor(dispatcher);
        _progress = new ObserverProgress(observer);
    }

    /// <summary>Analyses additions that start from now on against <paramref name="config"/> (a reloaded session config).</summary>
    public void UseConfig(ResolvedSessionConfig config)
    {
        _configSymbols = new HashSet<string>(config.Symbols, StringComparer.OrdinalIgnoreCase);
        _pipelines = new MarketPipelines(config, _store, _feed.CanStream);
    }

    /// <summary>The per-symbol gates, shared with the session's removals so a symbol's additions and removals run one at a time.</summary>
    public SymbolGates Gates => _symbolGates;

    /// <summary>How many per-symbol gates are held (one per symbol with an addition running or waiting).</summary>
    public int GateCount => _symbolGates.Count;

    private DateTime NowUtc => _clock.GetUtcNow().UtcDateTime;

    // Runs synchronously up to its first await, so the feed hears of the addition the moment it is asked for, and the
    // addition is queued on its symbol's gate: additions asked for together find each other there.
    public async Task<AdditionResult> RunAsync(ProvisioningRequest request, CancellationToken cancellationToken)
    {
        _tracking?.BeginAddition();
        try
        {
            var started = Stopwatch.GetTimestamp();

            // "XTKS:7203": the bare symbol is the key, the gate and the store path; the exchange picks the calendar.
            var qualified = ExchangeQualifiedSymbol.Parse(request.Symbol);
            if (qualified.Exchange is not null)
            {
                request = request with { Symbol = qualified.Symbol };
            }

            // A text that is no symbol is refused by the analysis without touching the session: it needs no gate, and
            // keying one by it would keep whatever was sent.
            if (!SymbolName.TryNormalize(request.Symbol, out var normalized, out _))
            {
                await Task.Yield();
                var key = request.Symbol ?? string.Empty;
                var refused = await GuardedAsync(request, key, () => ProvisionAsync(request, key, _markets.Default, cancellationToken)).ConfigureAwait(false);
                return Finish(refused, started);
            }

            var queued = new QueuedAddition(request, qualified.Exchange, cancellationToken, started);
            var gate = _symbolGates.Enter(normalized, queued);
            try
            {
                await Task.Yield();
                return await RunGatedAsync(queued, normalized, gate).ConfigureAwait(false);
            }
            finally
            {
                _symbolGates.Leave(normalized, gate);
            }
        }
        finally
        {
            _tracking?.EndAddition();
        }
    }

    // Waits for the gate; its holder runs every addition queued that it can plan with (a batch), this one included
    // unless an earlier holder already ran it, and hands each its result before it lets the gate go.
    private async Task<AdditionResult> RunGatedAsync(QueuedAddition queued, string symbol, SymbolGates.Gate gate)
    {
        try
        {
            await gate.Semaphore.WaitAsync(queued.CancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return _symbolGates.Withdraw(gate, queued)
                ? Finish(Cancelled(queued.Request), queued.Started)
                : await queued.Completion.Task.ConfigureAwait(false);
        }

        try
        {
            var batch = _symbolGates.Take(gate, queued, _batchLimit);
            if (batch.Count == 1)
            {
                var request = queued.Request;
                var result = await GuardedAsync(request, symbol, () => PlaceAndProvisionAsync(request, symbol, queued.Exchange, queued.CancellationToken)).ConfigureAwait(false);
                Complete(queued, symbol, result);
            }
            else if (batch.Count > 1)
            {
                await RunBatchAsync(batch, symbol).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Semaphore.Release();
        }

        return await queued.Completion.Task.ConfigureAwait(false);
    }

    // Under the gate, so a removal of the symbol sees every hold of the additions before it; then the result is told.
    private void Complete(QueuedAddition queued, string symbol, AdditionResult result)
    {
        var request = queued.Request;
        if (result.Succeeded && Grant.Of(request, result.Requirements, new Requester(request.Source, request.RequesterName)) is { } grant)
        {
            _data.Holds.Record(symbol, grant);
        }

        queued.Completion.SetResult(Finish(result, queued.Started));
    }

    // A rejected, failed or cancelled addition is a result: whatever the run throws becomes one.
    private async Task<AdditionResult> GuardedAsync(ProvisioningRequest request, string key, Func<Task<AdditionResult>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return Cancelled(request);
        }
        catch (Exception exception)
        {
            SessionLog.AdditionThrew(_logger, EchoedText.Inline(key), exception);
            return Threw(request, key, exception);
        }
    }

    private static AdditionResult Threw(ProvisioningRequest request, string key, Exception exception) =>
        AdditionResult.Rejected(Minimal(key, request.Operation, request.Source,
            $"The addition failed unexpectedly ({exception.GetType().Name}: {exception.Message}); the session is unchanged.")) with
        {
            Status = AdditionStatus.Failed,
        };

    // Under the symbol's gate: finds the symbol's calendar, places a symbol new to the session on the exchange the
    // request names, and forgets that placement again when the addition leaves the symbol out of the session.
    private async Task<AdditionResult> PlaceAndProvisionAsync(ProvisioningRequest request, string symbol, string? exchange, CancellationToken cancellationToken)
    {
        if (!TryFindCalendar(symbol, exchange, out var calendar, out var refused))
        {
            return AdditionResult.Rejected(Minimal(symbol, request.Operation, request.Source, refused));
        }

        try
        {
            return await ProvisionAsync(request, symbol, calendar, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (exchange is not null && !_data.TryGetSymbol(symbol, out _))
            {
                _markets.Forget(symbol);
            }
        }
    }

    // The calendar of `symbol`: the one the session holds it on, else the exchange named, else the config's. Naming an
    // exchange other than the one the symbol is held or configured on is refused with both.
    private bool TryFindCalendar(string symbol, string? exchange, out ITradingCalendar calendar, [NotNullWhen(false)] out string? refused)
    {
        refused = null;
        var held = _data.TryGetSymbol(symbol, out var data) ? data.Calendar : null;
        calendar = held ?? _markets.For(symbol);
        if (exchange is null)
        {
            return true;
        }

        if (!ExchangeCalendars.TryGet(exchange, out var named))
        {
            refused = $"Cannot add {EchoedText.Inline(exchange + ":" + symbol)}: no exchange calendar is named {EchoedText.Quote(exchange)}; "
                + $"the known ones are {string.Join(", ", ExchangeCalendars.Known)}.";
            return false;
        }

        var fixedOn = held ?? (_configSymbols.Contains(symbol) || _markets.Names(symbol) ? calendar : null);
        if (fixedOn is not null && !ReferenceEquals(fixedOn, named))
        {
            refused = $"Cannot add {EchoedText.Inline(symbol)} on {named.Exchange}: the session {(held is null ? "has it" : "holds it")} on {fixedOn.Exchange}. "
                + "A symbol is on one exchange in a session; name it alone or with that exchange.";
            return false;
        }

        if (fixedOn is null && !_markets.TryPlace(symbol, named))
        {
            refused = $"Cannot add {EchoedText.Inline(symbol)} on {named.Exchange}: the session has it on {_markets.For(symbol).Exchange}.";
            return false;
        }

        calendar = named;
        return true;
    }

    // symbol: the request's symbol, normalised when it is one (the gate's key), so it is normalised once.
    private async Task<AdditionResult> ProvisionAsync(ProvisioningRequest request, string symbol, ITradingCalendar calendar, CancellationToken cancellationToken)
    {
        var now = NowUtc;
        var state = _data.Snapshot(symbol);
        // One addition runs against one config, even when a reload swaps it meanwhile.
        var pipeline = _pipelines.For(calendar);
        var requirements = pipeline.Analyze(request, state, now);
        var validation = await pipeline.ValidateAsync(requirements, cancellationToken).ConfigureAwait(false);
        SessionLog.Requirements(_logger, EchoedText.Inline(requirements.Symbol), requirements.Operation, requirements.Source, EchoedText.OneLine(requirements.Reason));
        _observer.OnRequirements(requirements);
        if (!requirements.CanProceed || !validation.CanProceed)
        {
            return AdditionResult.Rejected(requirements, validation);
        }

        var plan = pipeline.Plan(requirements, validation, state);
        _observer.OnPlan(plan);
        SessionLog.Plan(_logger, EchoedText.Inline(symbol), plan.Steps.Count, plan.ToString());
        if (plan.IsEmpty)
        {
            return new AdditionResult(requirements, plan, EquatableArray<StepResult>.Empty, AdditionStatus.AlreadySatisfied, null) { Validation = validation };
        }

        var transaction = new SessionTransaction(_data, calendar, symbol, request.Source, now) { OnDeliveryFault = _onDeliveryFault };
        var context = new StepContext(transaction, _store, calendar, _feed, _catalog, _clock, _historyLoad, _progress, _services, cancellationToken);
        var outcome = await _executor.ExecuteAsync(plan.Steps, context, transaction.Commit, report => OnStep(symbol, report)).ConfigureAwait(false);
        return AdditionResult.Executed(requirements, plan, outcome, transaction.HistoryLoads) with { Validation = validation };
    }

    private void OnStep(string symbol, StepResult report)
    {
        SessionLog.Step(_logger, EchoedText.Inline(symbol), report.Step.Describe(), report.Status, report.Duration.TotalMilliseconds, report.Message);
        if (report.Status == StepStatus.Failed)
        {
            SessionLog.StepFailed(_logger, EchoedText.Inline(symbol), report.Step.Describe(), report.Message);
        }

        _observer.OnStep(symbol, report);
    }

    private AdditionResult Finish(AdditionResult result, long started)
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
        else if (result.Status == AdditionStatus.Rejected)
        {
            SessionLog.Rejected(_logger, EchoedText.Inline(requirements.Symbol), requirements.Operation, requirements.Source, EchoedText.OneLine(string.Join(" ", result.Errors)));
        }
        else
        {
            SessionLog.Failed(_logger, EchoedText.Inline(requirements.Symbol), requirements.Operation, requirements.Source, result.Status, EchoedText.OneLine(result.Reason));
        }

        _observer.OnResult(result);
        return result;
    }

    private static AdditionResult Cancelled(ProvisioningRequest request) =>
        AdditionResult.Rejected(Minimal(request.Symbol, request.Operation, request.Source, "The addition was cancelled before it started.")) with
        {
            Status = AdditionStatus.Cancelled,
        };

    /// <summary>The requirements of an addition refused before analysis, with <paramref name="error"/> as its reason.</summary>
    internal static ProvisioningRequirements Minimal(string symbol, OperationType operation, ProvisionSource source, string error) =>
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

    // History-load progress goes to the observer, on the thread running the addition.
    private sealed class ObserverProgress(IProvisioningObserver observer) : IProgress<HistoryLoadProgress>
    {
        public void Report(HistoryLoadProgress value) => observer.OnHistoryProgress(value);
    }
}
