using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Collections;
using Provisioning.Data;
using Provisioning.Execution.Dispatch;
using Provisioning.Planning;
using Provisioning.Steps;

namespace Provisioning.Execution;

/// <summary>
/// Runs a plan's typed steps in order through the generated step dispatch, timing and reporting each. When a step
/// fails, throws or is cancelled, the steps that ran are undone newest first, the rest are skipped, and the outcome
/// names the step and the reason; the caller's session keeps running. When every step succeeded, the commit applies
/// the addition; a commit that throws is undone the same way.
/// </summary>
public sealed class ProvisioningExecutor
{
    private readonly IStepDispatcher _dispatcher;

    /// <summary>An executor over <paramref name="dispatcher"/> (the handlers of every loaded assembly by default).</summary>
    public ProvisioningExecutor(IStepDispatcher? dispatcher = null)
    {
        _dispatcher = dispatcher ?? StepDispatcher.Default;
    }

    /// <summary>Runs <paramref name="plan"/>, then <paramref name="commit"/> if every step succeeded.</summary>
    /// <param name="plan">The steps to run.</param>
    /// <param name="context">What the handlers work with; its cancellation token cancels the run.</param>
    /// <param name="commit">Applies what the steps prepared; runs only when all of them succeeded.</param>
    /// <param name="onStep">Receives each step's report as soon as it is known (undone and skipped steps included).</param>
    public async ValueTask<ExecutionOutcome> ExecuteAsync(
        ProvisioningPlan plan,
        StepContext context,
        Action commit,
        Action<StepReport>? onStep = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(commit);
        var reports = new StepReport?[plan.Steps.Count];
        var undos = new List<(int Index, Func<CancellationToken, ValueTask>? Undo)>(plan.Steps.Count);
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var step = plan.Steps[i];
            var started = Stopwatch.GetTimestamp();
            StepOutcome outcome;
            var cancelled = false;
            try
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                outcome = await DispatchAsync(step, context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                cancelled = true;
                outcome = StepOutcome.Failure("The addition was cancelled.");
            }
            catch (Exception exception)
            {
                outcome = StepOutcome.Failure(Describe(exception));
            }

            var duration = Stopwatch.GetElapsedTime(started);
            if (outcome.Succeeded)
            {
                reports[i] = Report(new StepReport(step, StepStatus.Succeeded, duration, outcome.Message), onStep);
                undos.Add((i, outcome.Undo));
                continue;
            }

            reports[i] = Report(new StepReport(step, StepStatus.Failed, duration, outcome.Message), onStep);
            await UndoAsync(plan, undos, reports, onStep).ConfigureAwait(false);
            for (var j = i + 1; j < plan.Steps.Count; j++)
            {
                reports[j] = Report(new StepReport(plan.Steps[j], StepStatus.Skipped, TimeSpan.Zero, "not run: an earlier step failed"), onStep);
            }

            var reason = $"Step {i + 1} of {plan.Steps.Count} ({step.Describe()}) failed: {outcome.Message}";
            return new ExecutionOutcome(Collect(reports), cancelled ? ProvisioningStatus.Cancelled : ProvisioningStatus.Failed, reason);
        }

        try
        {
            commit();
        }
        catch (Exception exception)
        {
            await UndoAsync(plan, undos, reports, onStep).ConfigureAwait(false);
            return new ExecutionOutcome(Collect(reports), ProvisioningStatus.Failed, "Every step ran, but applying them to the session failed: " + Describe(exception));
        }

        return new ExecutionOutcome(Collect(reports), ProvisioningStatus.Succeeded, null);
    }

    private ValueTask<StepOutcome> DispatchAsync(ProvisioningStep step, StepContext context) =>
        _dispatcher.TryDispatch(step, context, out var outcome)
            ? outcome
            : new ValueTask<StepOutcome>(StepOutcome.Failure(
                $"No [StepHandler] method handles {step.GetType().Name} steps; add one static method taking ({step.GetType().Name} step, StepContext context)."));

    private static async ValueTask UndoAsync(
        ProvisioningPlan plan,
        List<(int Index, Func<CancellationToken, ValueTask>? Undo)> undos,
        StepReport?[] reports,
        Action<StepReport>? onStep)
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

            reports[index] = Report(new StepReport(plan.Steps[index], StepStatus.Compensated, reports[index]!.Duration + Stopwatch.GetElapsedTime(started), message), onStep);
        }

        undos.Clear();
    }

    private static StepReport Report(StepReport report, Action<StepReport>? onStep)
    {
        onStep?.Invoke(report);
        return report;
    }

    private static EquatableArray<StepReport> Collect(StepReport?[] reports)
    {
        var list = new List<StepReport>(reports.Length);
        foreach (var report in reports)
        {
            if (report is not null)
            {
                list.Add(report);
            }
        }

        return new EquatableArray<StepReport>(list);
    }

    private static string Describe(Exception exception) => exception switch
    {
        BarStoreException store => $"{store.Message} ({store.FilePath})",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
