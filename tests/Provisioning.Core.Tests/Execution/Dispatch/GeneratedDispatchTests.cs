using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Generated;
using Provisioning.Steps.__Internals;
using Provisioning.Planning;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Execution.Dispatch;

/// <summary>
/// The dispatch generated from this project's [StepHandler] methods: registered when the assembly loaded, routing each
/// step type to its handler without allocating.
/// </summary>
public sealed class GeneratedDispatchTests
{
    private static readonly StepContext Context = new(new EmptyServices());

    [Fact]
    public async Task Routes_each_step_type_to_its_handler()
    {
        var ping = await StepDispatcher.Default.DispatchAsync(new TestPing("AAPL"), Context);
        var refused = await StepDispatcher.Default.DispatchAsync(new TestRefused("MSFT"), Context);

        Assert.True(ping.Succeeded);
        Assert.Equal("pong", ping.Message);
        Assert.False(refused.Succeeded);
        Assert.Equal("refused MSFT", refused.Message);
    }

    [Fact]
    public async Task A_partial_step_type_carries_its_handler_and_one_that_is_not_partial_does_not()
    {
        // The generated override is declared on the partial type itself; a type that is not partial keeps the base's.
        Assert.Equal(typeof(TestPing), RunHandlerDeclaredBy(typeof(TestPing)));
        Assert.Equal(typeof(ProvisioningStep), RunHandlerDeclaredBy(typeof(TestRefused)));
        Assert.Equal("pong", (await new TestPing("AAPL").RunOwnHandler(Context)).Message);

        // A step type carrying no handler still reaches the registered one.
        Assert.Equal("refused MSFT", (await new TestRefused("MSFT").RunOwnHandler(Context)).Message);
    }

    [Fact]
    public async Task A_derived_step_type_runs_its_own_handler_and_one_without_runs_its_base_types()
    {
        var derived = await StepDispatcher.Default.DispatchAsync(new TestDerivedStep("AAPL"), Context);
        var inherited = await StepDispatcher.Default.DispatchAsync(new TestDerivedWithoutHandler("AAPL"), Context);
        var itself = await StepDispatcher.Default.DispatchAsync(new TestBaseStep("AAPL"), Context);

        Assert.Equal("derived handler", derived.Message);
        Assert.Equal("base handler", inherited.Message);
        Assert.Equal("base handler", itself.Message);

        // Neither derived type is partial: both inherit the base type's override, which runs only for the base type.
        Assert.Equal(typeof(TestBaseStep), RunHandlerDeclaredBy(typeof(TestDerivedStep)));
        Assert.Equal(typeof(TestBaseStep), RunHandlerDeclaredBy(typeof(TestDerivedWithoutHandler)));
    }

    [Fact]
    public async Task The_default_dispatch_and_its_registered_dispatchers_give_every_step_type_the_same_handler()
    {
        ProvisioningStep[] steps =
            [new TestPing("AAPL"), new TestRefused("MSFT"), new TestBaseStep("SPY"), new TestDerivedStep("SPY"), new TestDerivedWithoutHandler("SPY")];
        string[] expected = ["pong", "refused MSFT", "base handler", "derived handler", "base handler"];

        for (var i = 0; i < steps.Length; i++)
        {
            Assert.Equal(expected[i], (await StepDispatcher.Default.DispatchAsync(steps[i], Context)).Message);
            Assert.True(StepDispatcher.Default.TryDispatch(steps[i], Context, out var routed));
            Assert.Equal(expected[i], (await routed).Message);
        }
    }

    [Fact]
    public async Task A_step_type_nobody_handles_fails_with_a_reason_through_the_default_dispatch()
    {
        var outcome = await StepDispatcher.Default.DispatchAsync(new NobodyHandles("AAPL"), Context);

        Assert.Equal(StepStatus.Failed, outcome.Status);
        Assert.Equal(
            "No [StepHandler] method handles Provisioning.Core.Tests.Execution.Dispatch.GeneratedDispatchTests+NobodyHandles steps; add one static method taking (NobodyHandles step, StepContext context).",
            outcome.Message);
        Assert.False(StepDispatcher.Default.TryDispatch(new NobodyHandles("AAPL"), Context, out _));
    }

    [Fact]
    public void Knows_the_step_types_it_handles()
    {
        Assert.True(StepDispatcher.Default.CanDispatch(typeof(TestPing)));
        Assert.True(StepDispatcher.Default.CanDispatch(typeof(TestRefused)));
        Assert.Contains(typeof(TestPing), StepDispatcher.Default.StepTypes);
        Assert.Empty(StepDispatcher.Default.Conflicts);
    }

    [Fact]
    public async Task A_step_type_without_a_handler_fails_with_a_reason()
    {
        var empty = new StepDispatcher();

        Assert.False(empty.TryDispatch(new TestPing("AAPL"), Context, out _));
        var outcome = await empty.DispatchAsync(new TestPing("AAPL"), Context);

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            "No [StepHandler] method handles Provisioning.Core.Tests.Generated.TestPing steps; add one static method taking (TestPing step, StepContext context).",
            outcome.Message);
    }

    [Fact]
    public void Dispatching_a_synchronous_handler_allocates_nothing()
    {
        var step = new TestPing("AAPL");
        for (var i = 0; i < 100; i++)
        {
            _ = Completed(StepDispatcher.Default.DispatchAsync(step, Context));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            _ = Completed(StepDispatcher.Default.DispatchAsync(step, Context));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void The_first_registered_dispatcher_wins_and_the_conflict_is_listed()
    {
        var first = new FixedDispatcher("first");
        var second = new FixedDispatcher("second");
        var dispatcher = new StepDispatcher([first, second]);
        dispatcher.Register(first);

        Assert.True(dispatcher.TryDispatch(new TestPing("AAPL"), Context, out var outcome));
        Assert.Equal("first", Completed(outcome).Message);
        Assert.Equal(
            ["Step type Provisioning.Core.Tests.Generated.TestPing has 2 handlers in different assemblies; the first registered runs. Keep one [StepHandler] for it."],
            dispatcher.Conflicts);
    }

    [Fact]
    public void The_context_resolves_host_services_and_names_a_missing_session_member()
    {
        var context = new StepContext(new SingleService("session state"));

        Assert.Equal("session state", context.Services.GetService(typeof(string)));
        Assert.Null(context.Services.GetService(typeof(List<int>)));
        var missing = Assert.Throws<InvalidOperationException>(() => context.Store);
        Assert.Contains("no Store", missing.Message, StringComparison.Ordinal);
    }

    /// <summary>The outcome of a handler that finished synchronously, as the generated dispatch returns it.</summary>
    private static StepResult Completed(ValueTask<StepResult> outcome)
    {
        Assert.True(outcome.IsCompletedSuccessfully);
        return outcome.Result;
    }

    private static Type? RunHandlerDeclaredBy(Type stepType) =>
        stepType.GetMethod("RunHandler", BindingFlags.Instance | BindingFlags.NonPublic)?.DeclaringType;

#pragma warning disable PRV0007 // The point of this step type: no handler, so the dispatch's run-time answer is tested.
    private sealed record NobodyHandles(string Symbol) : ProvisioningStep(Symbol)
    {
        public override string Describe() => "nobody handles " + Symbol;
    }
#pragma warning restore PRV0007

    private sealed class FixedDispatcher(string message) : IStepDispatcher
    {
        public IReadOnlyList<Type> StepTypes { get; } = [typeof(TestPing)];

        public bool TryDispatch(ProvisioningStep step, StepContext context, out ValueTask<StepResult> outcome)
        {
            outcome = new ValueTask<StepResult>(StepResult.Done(message));
            return step is TestPing;
        }
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }

    private sealed class SingleService(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}
