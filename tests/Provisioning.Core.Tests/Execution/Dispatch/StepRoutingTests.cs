using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Steps.__Internals;
using Provisioning.Planning;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Execution.Dispatch;

/// <summary>
/// How <see cref="StepDispatcher"/> routes each step type straight to the dispatcher that handles it: learned on the
/// first step of a type, kept right when dispatchers are registered later or concurrently, never learned for a type
/// nobody handles.
/// </summary>
public sealed class StepRoutingTests
{
    private static readonly StepContext Context = new(new EmptyServices());

    [Fact]
    public void After_the_first_step_of_a_type_only_its_dispatcher_is_asked()
    {
        var other = new TypeDispatcher(typeof(RoutingBeta), "beta");
        var alpha = new TypeDispatcher(typeof(RoutingAlpha), "alpha");
        var dispatcher = new StepDispatcher([other, alpha]);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("alpha", Run(dispatcher, new RoutingAlpha("AAPL")));
        }

        // The first dispatch asked both in turn; the four after it went straight to alpha's dispatcher.
        Assert.Equal(1, other.Calls);
        Assert.Equal(5, alpha.Calls);
    }

    [Fact]
    public void A_dispatcher_registered_after_dispatching_began_handles_its_step_types()
    {
        var dispatcher = new StepDispatcher([new TypeDispatcher(typeof(RoutingAlpha), "alpha")]);
        Assert.Equal("alpha", Run(dispatcher, new RoutingAlpha("AAPL")));
        Assert.False(dispatcher.TryDispatch(new RoutingBeta("MSFT"), Context, out _));

        dispatcher.Register(new TypeDispatcher(typeof(RoutingBeta), "beta"));

        Assert.Equal("beta", Run(dispatcher, new RoutingBeta("MSFT")));
        Assert.Equal("alpha", Run(dispatcher, new RoutingAlpha("AAPL")));
    }

    [Fact]
    public void A_dispatcher_registered_later_for_a_routed_type_does_not_take_it_over()
    {
        var first = new TypeDispatcher(typeof(RoutingAlpha), "first");
        var dispatcher = new StepDispatcher([first]);
        Assert.Equal("first", Run(dispatcher, new RoutingAlpha("AAPL")));

        var second = new TypeDispatcher(typeof(RoutingAlpha), "second");
        dispatcher.Register(second);

        // The first registered wins, as before routing existed.
        Assert.Equal("first", Run(dispatcher, new RoutingAlpha("AAPL")));
        Assert.Equal(0, second.Calls);
    }

    [Fact]
    public void A_step_of_a_derived_type_goes_to_the_dispatcher_of_its_base_type()
    {
        var baseType = new TypeDispatcher(typeof(RoutingBase), "base");
        var dispatcher = new StepDispatcher([new TypeDispatcher(typeof(RoutingAlpha), "alpha"), baseType]);

        Assert.Equal("base", Run(dispatcher, new RoutingDerived("AAPL")));
        Assert.Equal("base", Run(dispatcher, new RoutingDerived("AAPL")));
        Assert.Equal("base", Run(dispatcher, new RoutingBase("AAPL")));
        Assert.Equal(3, baseType.Calls);
    }

    [Fact]
    public async Task A_step_type_nobody_handles_fails_with_a_reason_every_time_until_a_handler_is_registered()
    {
        var dispatcher = new StepDispatcher([new TypeDispatcher(typeof(RoutingAlpha), "alpha")]);
        const string Reason =
            "No [StepHandler] method handles Provisioning.Core.Tests.Execution.Dispatch.RoutingBeta steps; add one static method taking (RoutingBeta step, StepContext context).";

        for (var i = 0; i < 3; i++)
        {
            var outcome = await dispatcher.DispatchAsync(new RoutingBeta("MSFT"), Context);
            Assert.False(outcome.Succeeded);
            Assert.Equal(Reason, outcome.Message);
        }

        dispatcher.Register(new TypeDispatcher(typeof(RoutingBeta), "beta"));
        Assert.Equal("beta", Run(dispatcher, new RoutingBeta("MSFT")));
    }

    [Fact]
    public void A_routed_dispatch_allocates_nothing()
    {
        var dispatcher = new StepDispatcher([new TypeDispatcher(typeof(RoutingBeta), "beta"), new TypeDispatcher(typeof(RoutingAlpha), "alpha")]);
        var step = new RoutingAlpha("AAPL");
        for (var i = 0; i < 100; i++)
        {
            _ = dispatcher.DispatchAsync(step, Context);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            _ = dispatcher.DispatchAsync(step, Context);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Dispatchers_registered_on_several_threads_while_others_dispatch_are_all_routed_to()
    {
        const int Types = 24;
        var stepTypes = StepTypes(Types);
        var dispatcher = new StepDispatcher([new TypeDispatcher(typeof(RoutingAlpha), "alpha")]);
        var typeDispatchers = Enumerable.Range(0, Types).Select(k => new TypeDispatcher(stepTypes[k], "handler " + k)).ToArray();
        var registered = new int[Types];
        var problems = new ConcurrentQueue<string>();
        var registering = 2;
        using var start = new Barrier(5);

        // Two threads register the dispatchers of the even and of the odd step types, in turn.
        var registeringThreads = Enumerable.Range(0, 2).Select(parity => new Thread(() =>
        {
            start.SignalAndWait();
            for (var k = parity; k < Types; k += 2)
            {
                dispatcher.Register(typeDispatchers[k]);
                Volatile.Write(ref registered[k], 1);
                Thread.Yield();
            }

            Interlocked.Decrement(ref registering);
        })).ToArray();

        // Three threads dispatch steps of every type meanwhile: a type registered before its dispatch began must run
        // on its own dispatcher; one not yet registered may fail, but never runs on another type's dispatcher. Each
        // goes on until it has run a step of every type, so every type has a route learned during the run.
        var dispatchingThreads = Enumerable.Range(0, 3).Select(seed => new Thread(() =>
        {
            var random = new Random(seed);
            var ranHere = new bool[Types];
            start.SignalAndWait();
            var rounds = 0;
            while (Volatile.Read(ref registering) > 0 || rounds < 2_000 || Array.IndexOf(ranHere, false) >= 0)
            {
                rounds++;
                var k = random.Next(Types);
                var wasRegistered = Volatile.Read(ref registered[k]) == 1;
                var step = (ProvisioningStep)Activator.CreateInstance(stepTypes[k], "S" + k)!;
                if (dispatcher.TryDispatch(step, Context, out var outcome))
                {
                    ranHere[k] = true;
                    var message = outcome.Result.Message;
                    if (message != "handler " + k)
                    {
                        problems.Enqueue($"a step of type {k} ran on \"{message}\"");
                    }
                }
                else if (wasRegistered)
                {
                    problems.Enqueue($"a step of type {k} found no handler after its dispatcher was registered");
                }

                if (!dispatcher.TryDispatch(new RoutingAlpha("AAPL"), Context, out var alpha) || alpha.Result.Message != "alpha")
                {
                    problems.Enqueue("a step of the first registered type lost its handler");
                }
            }
        })).ToArray();

        foreach (var thread in registeringThreads.Concat(dispatchingThreads))
        {
            thread.Start();
        }

        foreach (var thread in registeringThreads.Concat(dispatchingThreads))
        {
            thread.Join();
        }

        Assert.Empty(problems);
        Assert.Equal(Types + 1, dispatcher.StepTypes.Count);
        Assert.Empty(dispatcher.Conflicts);
        for (var k = 0; k < Types; k++)
        {
            // Every type ran during the run, so each has a route by now: one more step of type k asks its own
            // dispatcher once and no other (without routing, the dispatchers registered before it would be asked too).
            var callsBefore = typeDispatchers.Select(d => d.Calls).ToArray();
            Assert.Equal("handler " + k, Run(dispatcher, (ProvisioningStep)Activator.CreateInstance(stepTypes[k], "S" + k)!));
            for (var j = 0; j < Types; j++)
            {
                Assert.Equal(callsBefore[j] + (j == k ? 1 : 0), typeDispatchers[j].Calls);
            }
        }
    }

    private static Type[] StepTypes(int count)
    {
        Type[] arguments =
        [
            typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong),
            typeof(float), typeof(double), typeof(decimal), typeof(char), typeof(bool), typeof(string), typeof(object), typeof(DateTime),
            typeof(TimeSpan), typeof(Guid), typeof(Uri), typeof(Version), typeof(DateTimeOffset), typeof(Half), typeof(nint), typeof(nuint),
        ];
        return arguments.Take(count).Select(a => typeof(RoutingNumbered<>).MakeGenericType(a)).ToArray();
    }

    private static string? Run(StepDispatcher dispatcher, ProvisioningStep step)
    {
        Assert.True(dispatcher.TryDispatch(step, Context, out var outcome), "No dispatcher ran " + step.Describe());
        Assert.True(outcome.IsCompletedSuccessfully);
        return outcome.Result.Message;
    }

    /// <summary>Runs steps of one type (and types derived from it), counting how often it is asked.</summary>
    private sealed class TypeDispatcher(Type handled, string message) : IStepDispatcher
    {
        private readonly StepResult _outcome = StepResult.Done(message);
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public IReadOnlyList<Type> StepTypes { get; } = [handled];

        public bool TryDispatch(ProvisioningStep step, StepContext context, out ValueTask<StepResult> outcome)
        {
            Interlocked.Increment(ref _calls);
            if (handled.IsInstanceOfType(step))
            {
                outcome = new ValueTask<StepResult>(_outcome);
                return true;
            }

            outcome = default;
            return false;
        }
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
