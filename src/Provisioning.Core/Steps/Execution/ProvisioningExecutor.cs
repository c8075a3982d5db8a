using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Collections;
using Provisioning.Data;
using Provisioning.Steps.__Internals;

namespace Provisioning.Steps;

/// <summary>
/// Runs a plan's typed steps in order through the generated step dispatch, timing each and stamping its
/// <see cref="StepResult"/> with the step and the duration. When a step fails, throws or is cancelled, the steps that
/// ran are undone newest first, the rest are skipped, and the outcome names the step and the reason; the caller's
/// session keeps running. When every step succeeded, the commit applies the addition; a commit that throws is undone
/// the same way.
/// </summary>
internal sealed class ProvisioningExecutor
{
    private readonly IStepDispatcher _dispatcher;

    /// <summary>An executor over <paramref name="dispatcher"/> (the handlers of every loaded assembly by default).</summary>
    public ProvisioningExecutor(IStepDispatcher? dispatcher = null)
    {
        _dispatcher = dispatcher ?? StepDispatcher.Default;
    }

    /// <summary>Runs <paramref name="steps"/> (a plan's), then <paramref name="commit"/> if every step succeeded.</summary>
    /// <param name="steps">The steps to run, in order.</param>
    /// <param name="context">What the handlers work with; its cancellation token cancels the run.</param>
    /// <param name="commit">Applies what the steps prepared; runs only when all of them succeeded.</param>
    /// <param name="onStep">Receives each step's result as soon as it is known (undone and skipped steps included).</param>
    public async ValueTask<ExecutionOutcome> ExecuteAsync(
        EquatableArray<ProvisioningStep> steps,
        StepContext context,
        Action commit,
        Action<StepResult>? onStep = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(commit);
        var results = new StepResult?[steps.Count];
        var undos = new List<(int Index, Func<CancellationToken, ValueTask>? Undo)>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var started = Stopwatch.GetTimestamp();
            StepResult result;
            var cancelled = false;
            try
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                result = await DispatchAsync(step, context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                cancelled = true;
                result = StepResult.Fail("The addition was cancelled.");
            }
            catch (Exception exception)
            {
                result = StepResult.Fail(Describe(exception));
            }

            // A handler may return a cached result: the stamped copy is this run's.
            results[i] = Report(result with { Step = step, Duration = Stopwatch.GetElapsedTime(started) }, onStep);
            if (result.Succeeded)
            {
                undos.Add((i, result.Undo));
                continue;
            }

            await UndoAsync(undos, results, onStep).ConfigureAwait(false);
            for (var j = i + 1; j < steps.Count; j++)
            {
                results[j] = Report(StepResult.Skipped(steps[j]), onStep);
            }

            var reason = $"Step {i + 1} of {steps.Count} ({step.Describe()}) failed: {result.Message}";
            return new ExecutionOutcome(Collect(results), Succeeded: false, cancelled, reason);
        }

        try
        {
            commit();
        }
        catch (Exception exception)
        {
            await UndoAsync(undos, results, onStep).ConfigureAwait(false);
            return new ExecutionOutcome(Collect(results), Succeeded: false, Cancelled: false, "Every step ran, but applying them to the session failed: " + Describe(exception));
        }

        return new ExecutionOutcome(Collect(results), Succeeded: true, Cancelled: false, null);
    }

    // The step dispatcher's own entry, the one the dispatch benchmark measures: one virtual call for a partial step
    // type. Any other dispatcher is asked through the interface, with the same reason when it has no handler.
    private ValueTask<StepResult> DispatchAsync(ProvisioningStep step, StepContext context) =>
        _dispatcher is StepDispatcher dispatcher
            ? dispatcher.DispatchAsync(step, context)
            : _dispatcher.TryDispatch(step, context, out var result)
                ? result
                : new ValueTask<StepResult>(StepResult.Fail(StepDispatcher.NoHandler(step.GetType())));

    private static async ValueTask UndoAsync(
        List<(int Index, Func<CancellationToken, ValueTask>? Undo)> undos,
        StepResult?[] results,
        Action<StepResult>? onStep)
    {
        for (var k = undos.Count - 1; k >= 0; k--)
        {
            var (index, undo) = undos[k];
            var started = Stopwatch.GetTimestamp();
            var message = "undone";
            try
            {
                if (undo is not null)
                {
                    await undo(CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (Exception exception)
            {
                message = "undo failed: " + Describe(exception);
            }

            var ran = results[index]!;
            results[index] = Report(ran with { Status = StepStatus.Compensated, Duration = ran.Duration + Stopwatch.GetElapsedTime(started), Message = message }, onStep);
        }

        undos.Clear();
    }

    private static StepResult Report(StepResult result, Action<StepResult>? onStep)
    {
        onStep?.Invoke(result);
        return result;
    }

    private static EquatableArray<StepResult> Collect(StepResult?[] results)
    {
        var list = new List<StepResult>(results.Length);
        foreach (var result in results)
        {
            if (result is not null)
            {
                list.Add(result);
            }
        }

        return new EquatableArray<StepResult>(list);
    }

    private static string Describe(Exception exception) => exception switch
    {
        BarStoreException store => $"{store.Message} ({store.FilePath})",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
