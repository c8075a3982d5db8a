using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Collections;
using Provisioning.Core.Tests.Generated;
using Provisioning.Steps.__Internals;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Execution;

public sealed class ProvisioningExecutorTests
{
    [Fact]
    public async Task Every_step_runs_in_order_then_the_commit()
    {
        var journal = new StepJournal();
        var committed = false;
        var plan = Plan(new TestJournaled("AAPL", "a"), new TestPing("AAPL"), new TestJournaled("AAPL", "b"));

        var outcome = await new ProvisioningExecutor().ExecuteAsync(plan, Context(journal), () => committed = true);

        Assert.True(outcome.Succeeded);
        Assert.Null(outcome.Reason);
        Assert.True(committed);
        Assert.Equal(["run a", "run b"], journal.Entries);
        Assert.Equal([StepStatus.Succeeded, StepStatus.Succeeded, StepStatus.Succeeded], outcome.Steps.Select(s => s.Status));
        Assert.Equal(["ran a", "pong", "ran b"], outcome.Steps.Select(s => s.Message));
    }

    [Fact]
    public async Task A_failing_step_undoes_what_ran_newest_first_skips_the_rest_and_never_commits()
    {
        var journal = new StepJournal();
        var committed = false;
        var reported = new List<StepResult>();
        var plan = Plan(new TestJournaled("AAPL", "a"), new TestJournaled("AAPL", "b"), new TestRefused("AAPL"), new TestJournaled("AAPL", "c"));

        var outcome = await new ProvisioningExecutor().ExecuteAsync(plan, Context(journal), () => committed = true, reported.Add);

        Assert.False(outcome.Succeeded);
        Assert.False(outcome.Cancelled);
        Assert.Equal("Step 3 of 4 (refuse AAPL) failed: refused AAPL", outcome.Reason);
        Assert.False(committed);
        Assert.Equal(["run a", "run b", "undo b", "undo a"], journal.Entries);
        Assert.Equal([StepStatus.Compensated, StepStatus.Compensated, StepStatus.Failed, StepStatus.Skipped], outcome.Steps.Select(s => s.Status));
        Assert.Equal(outcome.Steps.ToArray().Length + 2, reported.Count);
    }

    [Fact]
    public async Task A_commit_that_throws_undoes_every_step()
    {
        var journal = new StepJournal();
        var plan = Plan(new TestJournaled("AAPL", "a"), new TestJournaled("AAPL", "b"));

        var outcome = await new ProvisioningExecutor().ExecuteAsync(plan, Context(journal), () => throw new InvalidOperationException("boom"));

        Assert.False(outcome.Succeeded);
        Assert.False(outcome.Cancelled);
        Assert.Contains("boom", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(["run a", "run b", "undo b", "undo a"], journal.Entries);
        Assert.All(outcome.Steps, s => Assert.Equal(StepStatus.Compensated, s.Status));
    }

    [Fact]
    public async Task A_step_type_without_a_handler_fails_with_what_to_do()
    {
        var outcome = await new ProvisioningExecutor().ExecuteAsync(Plan(new Unhandled("AAPL")), Context(new StepJournal()), () => { });

        Assert.False(outcome.Succeeded);
        Assert.False(outcome.Cancelled);
        Assert.Equal(
            "Step 1 of 1 (unhandled) failed: No [StepHandler] method handles Provisioning.Core.Tests.Execution.ProvisioningExecutorTests+Unhandled steps; add one static method taking (Unhandled step, StepContext context).",
            outcome.Reason);
    }

    [Fact]
    public async Task A_dispatcher_of_another_kind_that_handles_nothing_fails_the_step_with_the_same_reason()
    {
        var outcome = await new ProvisioningExecutor(new HandlesNothing()).ExecuteAsync(Plan(new TestPing("AAPL")), Context(new StepJournal()), () => { });

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            "Step 1 of 1 (ping AAPL) failed: No [StepHandler] method handles Provisioning.Core.Tests.Generated.TestPing steps; add one static method taking (TestPing step, StepContext context).",
            outcome.Reason);
    }

    [Fact]
    public async Task A_cancelled_addition_is_undone_and_reported_cancelled()
    {
        var journal = new StepJournal();
        using var cancellation = new CancellationTokenSource();
        var plan = Plan(new TestJournaled("AAPL", "a"), new TestJournaled("AAPL", "b"));

        var outcome = await new ProvisioningExecutor().ExecuteAsync(
            plan,
            Context(journal, cancellation.Token),
            () => { },
            report =>
            {
                if (report.Status == StepStatus.Succeeded)
                {
                    cancellation.Cancel();
                }
            });

        Assert.False(outcome.Succeeded);
        Assert.True(outcome.Cancelled);
        Assert.Equal(["run a", "undo a"], journal.Entries);
    }

    private static EquatableArray<ProvisioningStep> Plan(params ProvisioningStep[] steps) => EquatableArray<ProvisioningStep>.Of(steps);

    private static StepContext Context(StepJournal journal, CancellationToken cancellationToken = default) =>
        new(new JournalServices(journal), cancellationToken);

#pragma warning disable PRV0007 // The point of this step type: no handler, so the executor's run-time answer is tested.
    private sealed record Unhandled(string Symbol) : ProvisioningStep(Symbol)
    {
        public override string Describe() => "unhandled";
    }
#pragma warning restore PRV0007

    private sealed class HandlesNothing : IStepDispatcher
    {
        public IReadOnlyList<Type> StepTypes => [];

        public bool TryDispatch(ProvisioningStep step, StepContext context, out ValueTask<StepResult> outcome)
        {
            outcome = default;
            return false;
        }
    }

    private sealed class JournalServices(StepJournal journal) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(StepJournal) ? journal : null;
    }
}
