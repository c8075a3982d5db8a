using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Steps.__Internals;
using Provisioning.Planning;
using Provisioning.Steps;

namespace Provisioning.Benchmarks.Dispatch;

/// <summary>
/// Figure 5a: dispatching steps to their handlers through the generated <see cref="StepDispatcher.Default"/> (the
/// dispatchers of Core and of this assembly, each a <c>switch</c> on the step's type) against the limit, a
/// hand-written <c>switch</c> calling the handlers (the baseline), and against <see cref="ReflectionStepDispatcher"/>.
/// Four step types in turn; one operation is one dispatch and the outcome is read.
/// </summary>
[Config(typeof(RatioConfig))]
[MemoryDiagnoser]
public class StepDispatchBenchmarks
{
    private readonly ProvisioningStep[] _steps = [new SampleWarm("AAPL"), new SampleAudit("MSFT"), new SampleNotify("SPY"), new SampleSnapshot("NVDA")];
    private readonly VirtualStep[] _virtualSteps = [new VirtualWarm("AAPL"), new VirtualAudit("MSFT"), new VirtualNotify("SPY"), new VirtualSnapshot("NVDA")];
    private readonly ProvisioningStep[] _plainSteps = [new PlainWarm("AAPL"), new PlainAudit("MSFT"), new PlainNotify("SPY"), new PlainSnapshot("NVDA")];
    private readonly StepContext _context = new(new NoServices());
    private ReflectionStepDispatcher _reflection = null!;

    /// <summary>Finds the handlers by reflection and checks that all three ways run every step.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _reflection = new ReflectionStepDispatcher(typeof(StepDispatcher).Assembly, typeof(SampleStepHandlers).Assembly);
        if (Generated() != _steps.Length || GeneratedNotPartial() != _steps.Length || RoutedWithoutAskingTheStep() != _steps.Length || Reflection() != _steps.Length || HandWrittenSwitch() != _steps.Length || HandWrittenVirtualCall() != _steps.Length)
        {
            throw new InvalidOperationException("A sample step was not dispatched to its handler.");
        }
    }

    /// <summary>Reflection: the handler found by the step's type, called with MethodInfo.Invoke.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int Reflection()
    {
        var succeeded = 0;
        foreach (var step in _steps)
        {
            succeeded += Completed(_reflection.DispatchAsync(step, _context));
        }

        return succeeded;
    }

    /// <summary>The generated dispatch of partial step types: the handler call the generator wrote into each.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int Generated()
    {
        var succeeded = 0;
        foreach (var step in _steps)
        {
            succeeded += Completed(StepDispatcher.Default.DispatchAsync(step, _context));
        }

        return succeeded;
    }

    /// <summary>The generated dispatch of step types declared without <c>partial</c>: the learned route, then the generated switch.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int GeneratedNotPartial()
    {
        var succeeded = 0;
        foreach (var step in _plainSteps)
        {
            succeeded += Completed(StepDispatcher.Default.DispatchAsync(step, _context));
        }

        return succeeded;
    }

    /// <summary>
    /// The same steps as <see cref="GeneratedNotPartial"/> the way main dispatched every step before partial step types
    /// carried their handler: <c>DispatchAsync</c> was this call of <c>TryDispatch</c> (the learned route, then the
    /// generated switch) inlined at the caller, without asking the step first. Same-run reference for what the routed
    /// path pays for the partial one.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int RoutedWithoutAskingTheStep()
    {
        var succeeded = 0;
        foreach (var step in _plainSteps)
        {
            succeeded += Completed(StepDispatcher.Default.TryDispatch(step, _context, out var outcome) ? outcome : default);
        }

        return succeeded;
    }

    /// <summary>
    /// The baseline, the limit of any dispatch: a hand-written <c>switch</c> over the four step types calling their
    /// handlers directly, as a careful author would write it (what one generated dispatcher does, without
    /// <see cref="StepDispatcher.Default"/> finding the route of the step's type and calling that dispatcher through
    /// the interface).
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 4)]
    public int HandWrittenSwitch()
    {
        var succeeded = 0;
        foreach (var step in _steps)
        {
            var outcome = step switch
            {
                SampleWarm warm => SampleStepHandlers.Warm(warm, _context),
                SampleAudit audit => SampleStepHandlers.Audit(audit, _context),
                SampleNotify notify => SampleStepHandlers.Notify(notify, _context),
                SampleSnapshot snapshot => SampleStepHandlers.Snapshot(snapshot, _context),
                _ => default,
            };
            succeeded += Completed(outcome);
        }

        return succeeded;
    }

    /// <summary>
    /// The other dispatch an author could write by hand: a virtual method on each step type calling its handler, the
    /// shape the generator writes into a partial step type.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int HandWrittenVirtualCall()
    {
        var succeeded = 0;
        foreach (var step in _virtualSteps)
        {
            succeeded += Completed(step.Run(_context));
        }

        return succeeded;
    }

    private static int Completed(ValueTask<StepResult> outcome) =>
        outcome.IsCompletedSuccessfully && outcome.Result.Succeeded ? 1 : 0;

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
