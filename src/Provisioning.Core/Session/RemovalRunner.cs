using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Execution;
using Provisioning.Data.Feeds;
using Provisioning.Planning;
using Provisioning.Planning.Removal;
using Provisioning.Requirements;
using Provisioning.Steps;
using Provisioning.Steps.__Internals;
using Provisioning.Symbols;
using Provisioning.Text;

namespace Provisioning.Session;

/// <summary>
/// Runs one removal: analysis against the symbol's grants (reference counts per requester), a plan of typed removal
/// steps for only what nothing else holds, and its execution into a <see cref="RemovalTransaction"/> with the same
/// executor and rollback as additions, under the symbol's gate, so it is serialised with the symbol's additions. The
/// requester's holds are dropped only when the commit stood; streams are unsubscribed after it. A refused or failed
/// removal is a result and leaves the session and every hold as they were. Every result, whatever its status, is
/// logged and told to the session's observer once.
/// </summary>
internal sealed class RemovalRunner(
    SessionData data,
    SymbolGates gates,
    SessionMarkets markets,
    IBarFeed feed,
    TimeProvider clock,
    ILogger logger,
    IStepDispatcher? dispatcher,
    IProvisioningObserver observer,
    IServiceProvider? services)
{
    private readonly ProvisioningExecutor _executor = new(dispatcher);

    /// <summary>Runs <paramref name="request"/>; never throws (but for the caller's cancellation, which is a result too).</summary>
    public async Task<RemovalResult> RunAsync(RemovalRequest request, CancellationToken cancellationToken)
    {
        var target = request.Addition ?? "the symbol";

        // "XTKS:7203" names the symbol as an addition may; the exchange must be the one the session holds it on.
        var (exchange, bare) = ExchangeQualifiedSymbol.Parse(request.Symbol);
        if (exchange is not null)
        {
            request = request with { Symbol = bare };
        }

        if (!SymbolName.TryNormalize(request.Symbol, out var symbol, out _))
        {
            return Finish(Refused(request, RemovalPlanner.Analyze(request, null, []).Error!));
        }

        var gate = gates.Enter(symbol);
        try
        {
            try
            {
                await gate.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return Finish(NotRun(request, symbol, target, RemovalStatus.Cancelled, "The removal was cancelled before it started."));
            }

            if (exchange is not null && data.TryGetSymbol(symbol, out var held) && !string.Equals(held.Calendar.Exchange, exchange, StringComparison.OrdinalIgnoreCase))
            {
                return Finish(NotRun(request, symbol, target, RemovalStatus.Rejected,
                    $"Cannot remove {EchoedText.Inline(target)} of {symbol} on {EchoedText.Inline(exchange)}: the session holds {symbol} on {held.Calendar.Exchange}. Name it alone or with that exchange."));
            }

            try
            {
                return Finish(await RemoveAsync(request, symbol, target, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception exception)
            {
                return Finish(NotRun(request, symbol, target, RemovalStatus.Failed,
                    $"The removal failed unexpectedly ({exception.GetType().Name}: {EchoedText.OneLine(exception.Message)}); the session is unchanged."));
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            gates.Leave(symbol, gate);
        }
    }

    private async Task<RemovalResult> RemoveAsync(RemovalRequest request, string symbol, string target, CancellationToken cancellationToken)
    {
        data.TryGetSymbol(symbol, out var symbolData);
        var state = symbolData?.ToState();
        var analysis = RemovalPlanner.Analyze(request with { Symbol = symbol }, state, data.Holds.Of(symbol));
        if (!analysis.CanProceed)
        {
            return Refused(request, analysis.Error!) with { Symbol = symbol };
        }

        var plan = RemovalPlanner.Plan(analysis, state!);
        var status = Gone(analysis, request) ? RemovalStatus.Removed : RemovalStatus.Kept;
        if (plan.IsEmpty)
        {
            data.Holds.Replace(symbol, analysis.Remaining);
            NameRemainingHolder(symbolData, analysis);
            return new RemovalResult(symbol, request.Operation, target, request.Requester.Source, plan, EquatableArray<StepResult>.Empty, status, null) { Kept = analysis.Kept };
        }

        var transaction = new RemovalTransaction(data, symbolData!);
        var context = new StepContext(transaction, feed, clock, services, cancellationToken);
        var outcome = await _executor.ExecuteAsync(plan.Steps, context, transaction.Commit, report => SessionLog.Step(
            logger, symbol, report.Step.Describe(), report.Status, report.Duration.TotalMilliseconds, report.Message)).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            var failed = outcome.Cancelled ? RemovalStatus.Cancelled : RemovalStatus.Failed;
            return new RemovalResult(symbol, request.Operation, target, request.Requester.Source, plan, outcome.Steps, failed, outcome.Reason + " The session and its holds are as they were.");
        }

        data.Holds.Replace(symbol, analysis.Remaining);
        NameRemainingHolder(symbolData, analysis);
        if (analysis.DropsSymbol)
        {
            data.ClosedBars?.Forget(symbol);
            // An exchange an ad hoc addition named goes with the symbol: added again, it may name another.
            markets.Forget(symbol);
        }

        foreach (var stream in transaction.Streams)
        {
            try
            {
                await feed.UnsubscribeAsync(symbol, stream, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                RemovalLog.UnsubscribeFailed(logger, symbol, stream.ToString(), exception);
            }
        }

        return new RemovalResult(symbol, request.Operation, target, request.Requester.Source, plan, outcome.Steps, status, null) { Kept = analysis.Kept };
    }

    // A symbol kept for others after the one who added it let go says who holds it now (AddedBy).
    private static void NameRemainingHolder(SymbolData? symbol, RemovalAnalysis analysis)
    {
        if (symbol is null || analysis.DropsSymbol)
        {
            return;
        }

        lock (symbol.Gate)
        {
            if (HoldLedger.MetadataAfter(symbol.MetadataUnderLock, analysis.Remaining) is { } metadata)
            {
                symbol.MetadataUnderLock = metadata;
            }
        }
    }

    // True when what was asked is gone: the symbol for a symbol removal, else the series or indicator named.
    private static bool Gone(RemovalAnalysis analysis, RemovalRequest request)
    {
        if (analysis.DropsSymbol)
        {
            return true;
        }

        if (request.Addition is null)
        {
            return false;
        }

        foreach (var grant in analysis.Dropped)
        {
            var named = request.Operation switch
            {
                OperationType.Indicator => grant.Things.FirstOrDefault(t => t.Kind == HeldKind.Indicator),
                OperationType.Bar => grant.Things.FirstOrDefault(t => t.Kind == HeldKind.Series && Grant.BarsAddition(t.Interval) == request.Addition),
                _ => default,
            };
            if (named != default)
            {
                return analysis.Released.Contains(named);
            }
        }

        return false;
    }

    private static RemovalResult Refused(RemovalRequest request, string reason) =>
        NotRun(request, request.Symbol ?? string.Empty, request.Addition ?? "the symbol", RemovalStatus.Rejected, reason);

    private static RemovalResult NotRun(RemovalRequest request, string symbol, string target, RemovalStatus status, string reason) =>
        new(symbol, request.Operation, target, request.Requester.Source, ProvisioningPlan.Nothing(symbol), EquatableArray<StepResult>.Empty, status, reason);

    private RemovalResult Finish(RemovalResult result)
    {
        if (result.Succeeded)
        {
            RemovalLog.Done(logger, EchoedText.Inline(result.Symbol), result.Target, result.Source, result.Status, result.Plan.ToString(), string.Join("; ", result.Kept));
        }
        else
        {
            RemovalLog.NotDone(logger, EchoedText.Inline(result.Symbol), EchoedText.Inline(result.Target), result.Source, result.Status, EchoedText.OneLine(result.Reason));
        }

        // The session's observer journals first and guards the host's, so this does not throw.
        observer.OnRemoved(result);
        return result;
    }
}
