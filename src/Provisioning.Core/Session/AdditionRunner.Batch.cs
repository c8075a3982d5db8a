using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Execution;
using Provisioning.Planning;
using Provisioning.Planning.Validation;
using Provisioning.Requirements;
using Provisioning.Steps;
using Provisioning.Text;

namespace Provisioning.Session;

// The batch: indicator additions of one symbol queued on its gate together, analysed on the same state, checked by one
// Step 0 of their union, planned once, loaded by one read per base interval and applied by one commit; each addition
// still gets its own result with its own requirements and the steps that were for it.
internal sealed partial class AdditionRunner
{
    /// <summary>The most additions one holder of a gate takes at once, by default; the rest wait for the next holder.</summary>
    internal const int DefaultBatchLimit = 32;

    /// <summary>The most additions one holder of a gate takes at once (1: each addition alone, as a benchmark's baseline).</summary>
    internal int BatchLimit
    {
        get => _batchLimit;
        set => _batchLimit = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one addition is taken at once.");
    }

    // Under the gate: runs the batch and hands every addition its result, whatever happens.
    private async Task RunBatchAsync(List<QueuedAddition> batch, string symbol)
    {
        AdditionResult[] results;
        try
        {
            results = await PlaceAndProvisionBatchAsync(batch, symbol, batch[0].CancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            results = [.. batch.Select(a => Cancelled(a.Request))];
        }
        catch (Exception exception)
        {
            SessionLog.AdditionThrew(_logger, EchoedText.Inline(symbol), exception);
            results = [.. batch.Select(a => Threw(a.Request, symbol, exception))];
        }

        for (var i = 0; i < batch.Count; i++)
        {
            Complete(batch[i], symbol, results[i]);
        }
    }

    // One addition of a batch that fell back, guarded like a lone one: its own cancellation or fault must not turn the
    // results of additions already committed before it into failures.
    private Task<AdditionResult> AloneAsync(ProvisioningRequest request, string symbol, ITradingCalendar calendar, CancellationToken cancellationToken) =>
        GuardedAsync(request, symbol, () => ProvisionAsync(request, symbol, calendar, cancellationToken));

    private async Task<AdditionResult[]> PlaceAndProvisionBatchAsync(List<QueuedAddition> batch, string symbol, CancellationToken cancellationToken)
    {
        var exchange = batch[0].Exchange;
        if (!TryFindCalendar(symbol, exchange, out var calendar, out var refused))
        {
            return [.. batch.Select(a => AdditionResult.Rejected(Minimal(symbol, a.Request.Operation, a.Request.Source, refused)))];
        }

        try
        {
            return await ProvisionBatchAsync(batch, symbol, calendar, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (exchange is not null && !_data.TryGetSymbol(symbol, out _))
            {
                _markets.Forget(symbol);
            }
        }
    }

    private async Task<AdditionResult[]> ProvisionBatchAsync(List<QueuedAddition> batch, string symbol, ITradingCalendar calendar, CancellationToken cancellationToken)
    {
        var now = NowUtc;
        var state = _data.Snapshot(symbol);
        var pipeline = _pipelines.For(calendar);
        var results = new AdditionResult?[batch.Count];
        var requirements = new ProvisioningRequirements[batch.Count];
        var parts = new List<ProvisioningRequirements>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            requirements[i] = pipeline.Analyze(batch[i].Request, state, now);
            if (requirements[i].CanProceed)
            {
                parts.Add(requirements[i]);
            }
        }

        var union = parts.Count > 0 ? pipeline.Unite(parts) : null;
        var validation = union is null ? StepZeroResult.NotRun : await pipeline.ValidateAsync(union, cancellationToken).ConfigureAwait(false);
        if (union is not null && !validation.CanProceed)
        {
            // Step 0 refused something of the union: each addition alone, so each gets its own findings and those it
            // does not concern still run.
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = await AloneAsync(batch[i].Request, symbol, calendar, cancellationToken).ConfigureAwait(false);
            }

            return [.. results.Select(r => r!)];
        }

        for (var i = 0; i < batch.Count; i++)
        {
            var analysed = requirements[i];
            SessionLog.Requirements(_logger, EchoedText.Inline(analysed.Symbol), analysed.Operation, analysed.Source, EchoedText.OneLine(analysed.Reason));
            _observer.OnRequirements(analysed);
            if (!analysed.CanProceed)
            {
                results[i] = AdditionResult.Rejected(analysed);
            }
        }

        if (union is null)
        {
            return [.. results.Select(r => r!)];
        }

        var plan = pipeline.PlanTogether(union, parts, validation, state);
        var shares = new (ProvisioningRequirements Requirements, ProvisioningPlan Plan, int[] Steps)[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i] is null)
            {
                var own = pipeline.Plan(requirements[i], validation, state);
                var steps = StepsFor(plan, own);
                var share = new ProvisioningPlan(symbol, new EquatableArray<ProvisioningStep>(steps.Select(k => plan.Steps[k])));
                shares[i] = (requirements[i], share, steps);
                _observer.OnPlan(share);
                SessionLog.Plan(_logger, EchoedText.Inline(symbol), share.Steps.Count, share.ToString());
            }
        }

        if (plan.IsEmpty)
        {
            return Shares(results, shares, validation, null, []);
        }

        var transaction = new SessionTransaction(_data, calendar, symbol, batch[0].Request.Source, now) { OnDeliveryFault = _onDeliveryFault };
        var context = new StepContext(transaction, _store, calendar, _feed, _catalog, _clock, _historyLoad, _progress, _services, cancellationToken);
        var outcome = await _executor.ExecuteAsync(plan.Steps, context, transaction.Commit, report => OnStep(symbol, report)).ConfigureAwait(false);
        if (!outcome.Succeeded && !outcome.Cancelled)
        {
            // Everything was undone, so the session is as before: each addition alone, so a failing load or an
            // indicator that throws at the commit fails exactly the additions it concerns.
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] ??= await AloneAsync(batch[i].Request, symbol, calendar, cancellationToken).ConfigureAwait(false);
            }

            return [.. results.Select(r => r!)];
        }

        return Shares(results, shares, validation, outcome, transaction.HistoryLoads);
    }

    // Each addition's result from the batch's: the steps that were for it and the loads of their intervals.
    private static AdditionResult[] Shares(
        AdditionResult?[] results,
        (ProvisioningRequirements Requirements, ProvisioningPlan Plan, int[] Steps)[] shares,
        StepZeroResult validation,
        ExecutionOutcome? outcome,
        IReadOnlyList<HistoryLoad> loads)
    {
        var done = new AdditionResult[results.Length];
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i] is { } refused)
            {
                done[i] = refused;
                continue;
            }

            var (requirements, plan, steps) = shares[i];
            if (outcome is null || plan.IsEmpty)
            {
                done[i] = new AdditionResult(requirements, plan, EquatableArray<StepResult>.Empty, AdditionStatus.AlreadySatisfied, null) { Validation = validation };
                continue;
            }

            var own = new ExecutionOutcome(new EquatableArray<StepResult>(steps.Select(k => outcome.Steps[k])), outcome.Succeeded, outcome.Cancelled, outcome.Reason);
            var loaded = plan.Steps.OfType<LoadHistorical>().Select(l => l.Interval).ToHashSet();
            done[i] = AdditionResult.Executed(requirements, plan, own, [.. loads.Where(l => loaded.Contains(l.Interval))]) with { Validation = validation };
        }

        return done;
    }

    // The indices of the batch plan's steps that the addition's own plan (planned alone on the same state) has too.
    private static int[] StepsFor(ProvisioningPlan batch, ProvisioningPlan own)
    {
        var indices = new List<int>();
        for (var k = 0; k < batch.Steps.Count; k++)
        {
            if (own.Steps.Any(step => SameWork(batch.Steps[k], step)))
            {
                indices.Add(k);
            }
        }

        return [.. indices];
    }

    private static bool SameWork(ProvisioningStep batch, ProvisioningStep own) => (batch, own) switch
    {
        (CreateSymbol, CreateSymbol) => true,
        (UpgradeSymbol, UpgradeSymbol) => true,
        (AddInterval a, AddInterval b) => a.Interval == b.Interval,
        (LoadHistorical a, LoadHistorical b) => a.Interval == b.Interval,
        (StartSessionStream a, StartSessionStream b) => a.Interval == b.Interval,
        (RegisterIndicator a, RegisterIndicator b) => a.Spec.Key == b.Spec.Key,
        _ => Equals(batch, own),
    };
}
