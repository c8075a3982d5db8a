using System.Threading.Tasks;
using Provisioning.Steps.__Internals;
using Provisioning.Planning;
using Provisioning.Steps;

namespace Provisioning.Benchmarks.Dispatch;

/// <summary>A user-defined step: warm a cache. Partial, so the generator writes its handler call into it.</summary>
public sealed partial record SampleWarm(string Symbol) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "warm " + Symbol;
}

/// <summary>A user-defined step: write an audit line.</summary>
public sealed partial record SampleAudit(string Symbol) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "audit " + Symbol;
}

/// <summary>A user-defined step: notify a desk.</summary>
public sealed partial record SampleNotify(string Symbol) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "notify " + Symbol;
}

/// <summary>A user-defined step: take a snapshot.</summary>
public sealed partial record SampleSnapshot(string Symbol) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "snapshot " + Symbol;
}

/// <summary>The same step declared without <c>partial</c>: reached through the routes and the generated switch.</summary>
public sealed record PlainWarm(string Symbol) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "warm " + Symbol;
}

/// <summary>Not partial: reached through the routes and the generated switch.</summary>
public sealed record PlainAudit(string Symbol) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "audit " + Symbol;
}

/// <summary>Not partial: reached through the routes and the generated switch.</summary>
public sealed record PlainNotify(string Symbol) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "notify " + Symbol;
}

/// <summary>Not partial: reached through the routes and the generated switch.</summary>
public sealed record PlainSnapshot(string Symbol) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "snapshot " + Symbol;
}

/// <summary>
/// A step base an author could write by hand to dispatch without a switch: each type calls its handler from a virtual
/// method, which is what the generator writes into a partial step type.
/// </summary>
public abstract record VirtualStep(string Symbol)
{
    /// <summary>A one-line description, as steps have.</summary>
    public abstract string Describe();

    /// <summary>Runs this step's handler.</summary>
    public abstract ValueTask<StepResult> Run(StepContext context);
}

/// <summary>Warm, dispatched by hand through a virtual call.</summary>
public sealed record VirtualWarm(string Symbol) : VirtualStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "warm " + Symbol;

    /// <inheritdoc />
    public override ValueTask<StepResult> Run(StepContext context) => VirtualStepHandlers.Warm(this, context);
}

/// <summary>Audit, dispatched by hand through a virtual call.</summary>
public sealed record VirtualAudit(string Symbol) : VirtualStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "audit " + Symbol;

    /// <inheritdoc />
    public override ValueTask<StepResult> Run(StepContext context) => VirtualStepHandlers.Audit(this, context);
}

/// <summary>Notify, dispatched by hand through a virtual call.</summary>
public sealed record VirtualNotify(string Symbol) : VirtualStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "notify " + Symbol;

    /// <inheritdoc />
    public override ValueTask<StepResult> Run(StepContext context) => VirtualStepHandlers.Notify(this, context);
}

/// <summary>Snapshot, dispatched by hand through a virtual call.</summary>
public sealed record VirtualSnapshot(string Symbol) : VirtualStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => "snapshot " + Symbol;

    /// <inheritdoc />
    public override ValueTask<StepResult> Run(StepContext context) => VirtualStepHandlers.Snapshot(this, context);
}

/// <summary>The hand-written handlers of the virtual steps, the same work as the sample handlers.</summary>
public static class VirtualStepHandlers
{
    private static readonly StepResult Done = StepResult.Done();

    /// <summary>Handles <see cref="VirtualWarm"/>.</summary>
    public static ValueTask<StepResult> Warm(VirtualWarm step, StepContext context) => new(Done);

    /// <summary>Handles <see cref="VirtualAudit"/>.</summary>
    public static ValueTask<StepResult> Audit(VirtualAudit step, StepContext context) => new(Done);

    /// <summary>Handles <see cref="VirtualNotify"/>.</summary>
    public static ValueTask<StepResult> Notify(VirtualNotify step, StepContext context) => new(Done);

    /// <summary>Handles <see cref="VirtualSnapshot"/>.</summary>
    public static ValueTask<StepResult> Snapshot(VirtualSnapshot step, StepContext context) => new(Done);
}

/// <summary>
/// Handlers of the sample steps, finishing synchronously as most handlers of in-memory steps do. The generator builds
/// this assembly's dispatch from them and registers it in <see cref="StepDispatcher.Default"/>.
/// </summary>
public static class SampleStepHandlers
{
    private static readonly StepResult Done = StepResult.Done();

    /// <summary>Handles <see cref="SampleWarm"/>.</summary>
    [StepHandler]
    public static ValueTask<StepResult> Warm(SampleWarm step, StepContext context) => new(Done);

    /// <summary>Handles <see cref="SampleAudit"/>.</summary>
    [StepHandler]
    public static ValueTask<StepResult> Audit(SampleAudit step, StepContext context) => new(Done);

    /// <summary>Handles <see cref="SampleNotify"/>.</summary>
    [StepHandler]
    public static ValueTask<StepResult> Notify(SampleNotify step, StepContext context) => new(Done);

    /// <summary>Handles <see cref="SampleSnapshot"/>.</summary>
    [StepHandler]
    public static ValueTask<StepResult> Snapshot(SampleSnapshot step, StepContext context) => new(Done);

    /// <summary>Handles <see cref="PlainWarm"/>.</summary>
    [StepHandler]
    public static ValueTask<StepResult> Warm(PlainWarm step, StepContext context) => new(Done);

    /// <summary>Handles <see cref="PlainAudit"/>.</summary>
    [StepHandler]
    public static ValueTask<StepResult> Audit(PlainAudit step, StepContext context) => new(Done);

    /// <summary>Handles <see cref="PlainNotify"/>.</summary>
    [StepHandler]
    public static ValueTask<StepResult> Notify(PlainNotify step, StepContext context) => new(Done);

    /// <summary>Handles <see cref="PlainSnapshot"/>.</summary>
    [StepHandler]
    public static ValueTask<StepResult> Snapshot(PlainSnapshot step, StepContext context) => new(Done);
}
