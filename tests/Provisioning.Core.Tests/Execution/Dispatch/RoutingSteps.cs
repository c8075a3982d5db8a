using System.Threading.Tasks;
using Provisioning.Steps.__Internals;
using Provisioning.Planning;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Execution.Dispatch;

/// <summary>
/// Step types for the routing tests, which route them through hand-made dispatchers. Their one generated handler (of
/// this base type, which covers the derived ones for PRV0007) is never reached by those tests.
/// </summary>
public record RoutingStep(string Symbol) : ProvisioningStep(Symbol)
{
    public override string Describe() => GetType().Name + " " + Symbol;
}

/// <summary>A routing step type.</summary>
public sealed record RoutingAlpha(string Symbol) : RoutingStep(Symbol);

/// <summary>Another routing step type.</summary>
public sealed record RoutingBeta(string Symbol) : RoutingStep(Symbol);

/// <summary>A base routing step type that a derived type extends.</summary>
public record RoutingBase(string Symbol) : RoutingStep(Symbol);

/// <summary>Derives from <see cref="RoutingBase"/>: a dispatcher of the base type runs it.</summary>
public sealed record RoutingDerived(string Symbol) : RoutingBase(Symbol);

/// <summary>One step type per type argument, for tests that need many step types.</summary>
public sealed record RoutingNumbered<T>(string Symbol) : RoutingStep(Symbol);

public static class RoutingStepHandlers
{
    [StepHandler]
    public static ValueTask<StepResult> Handle(RoutingStep step, StepContext context) =>
        new(StepResult.Done("generated handler of " + step.GetType().Name));
}
