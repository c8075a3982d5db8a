using System.Threading.Tasks;
using Provisioning.Steps.__Internals;
using Provisioning.Planning;
using Provisioning.Steps;

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
    private static readonly StepResult Pong = StepResult.Done("pong");

    [StepHandler]
    public static ValueTask<StepResult> Ping(TestPing step, StepContext context) => new(Pong);

    [StepHandler]
    internal static ValueTask<StepResult> Refuse(TestRefused step, StepContext context) =>
        new(StepResult.Fail("refused " + step.Symbol));
}

/// <summary>A step that records running and being undone in the <see cref="StepJournal"/> of its context.</summary>
public sealed record TestJournaled(string Symbol, string Name) : ProvisioningStep(Symbol)
{
    public override string Describe() => "journal " + Name;
}

/// <summary>What journaled steps did, in order.</summary>
public sealed class StepJournal
{
    public System.Collections.Generic.List<string> Entries { get; } = [];
}

public static class TestJournaledHandler
{
    [StepHandler]
    public static ValueTask<StepResult> Run(TestJournaled step, StepContext context)
    {
        var journal = (StepJournal)context.Services.GetService(typeof(StepJournal))!;
        journal.Entries.Add("run " + step.Name);
        return new(StepResult.Done("ran " + step.Name, _ =>
        {
            journal.Entries.Add("undo " + step.Name);
            return ValueTask.CompletedTask;
        }));
    }
}
