using System.Threading.Tasks;
using Provisioning.Attributes;
using Provisioning.Execution.Dispatch;
using Provisioning.Planning;

namespace Provisioning.Core.Tests.Generated;

/// <summary>A user-defined step type; its handler below joins the dispatch with no registration.</summary>
public sealed record TestPing(string Symbol) : ProvisioningStep(Symbol)
{
    public override string Describe() => "ping " + Symbol;
}

/// <summary>A step whose handler fails.</summary>
public sealed record TestRefused(string Symbol) : ProvisioningStep(Symbol)
{
    public override string Describe() => "refuse " + Symbol;
}

public static class TestStepHandlers
{
    private static readonly StepOutcome Pong = StepOutcome.Success("pong");

    [StepHandler]
    public static ValueTask<StepOutcome> Ping(TestPing step, StepContext context) => new(Pong);

    [StepHandler]
    internal static ValueTask<StepOutcome> Refuse(TestRefused step, StepContext context) =>
        new(StepOutcome.Failure("refused " + step.Symbol));
}
