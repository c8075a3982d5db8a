using System.Threading.Tasks;
using Provisioning.Steps.__Internals;
using Provisioning.Planning;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Generated;

/// <summary>
/// A user-defined step type; its handler below joins the dispatch with no registration. Partial, so the generator
/// writes the handler call into it.
/// </summary>
public sealed partial record TestPing(string Symbol) : ProvisioningStep(Symbol)
{
    public override string Describe() => "ping " + Symbol;
}

/// <summary>A step whose handler fails; not partial, so it is reached through the generated switch.</summary>
public sealed record TestRefused(string Symbol) : ProvisioningStep(Symbol)
{
    public override string Describe() => "refuse " + Symbol;
}

/// <summary>A partial step type that is not sealed: its written handler call runs for this exact type only.</summary>
public partial record TestBaseStep(string Symbol) : ProvisioningStep(Symbol)
{
    public override string Describe() => "base " + Symbol;
}

/// <summary>Derives from <see cref="TestBaseStep"/> with a handler of its own.</summary>
public sealed record TestDerivedStep(string Symbol) : TestBaseStep(Symbol)
{
    public override string Describe() => "derived " + Symbol;
}

/// <summary>Derives from <see cref="TestBaseStep"/> without a handler: the base type's handler runs for it.</summary>
public sealed record TestDerivedWithoutHandler(string Symbol) : TestBaseStep(Symbol)
{
    public override string Describe() => "derived without handler " + Symbol;
}

public static class TestStepHandlers
{
    private static readonly StepResult Pong = StepResult.Done("pong");

    [StepHandler]
    public static ValueTask<StepResult> Ping(TestPing step, StepContext context) => new(Pong);

    [StepHandler]
    public static ValueTask<StepResult> Base(TestBaseStep step, StepContext context) => new(StepResult.Done("base handler"));

    [StepHandler]
    public static ValueTask<StepResult> Derived(TestDerivedStep step, StepContext context) => new(StepResult.Done("derived handler"));

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
