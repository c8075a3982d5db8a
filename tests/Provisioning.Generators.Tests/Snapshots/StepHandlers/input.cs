using System.Threading.Tasks;
using Provisioning.Steps.__Internals;
using Provisioning.Steps;
using Provisioning.Planning;

namespace Desk.Steps
{
    /// <summary>Warms a cache; partial, so its handler call is written into it, for this exact type (WarmTwice has its own).</summary>
    public partial record Warm(string Symbol) : ProvisioningStep(Symbol)
    {
        /// <inheritdoc />
        public override string Describe() => "warm " + Symbol;
    }

    /// <summary>Warms twice: derives from a handled step type, so it must be matched first.</summary>
    public sealed record WarmTwice(string Symbol) : Warm(Symbol)
    {
        /// <inheritdoc />
        public override string Describe() => "warm twice " + Symbol;
    }

    /// <summary>Writes an audit line; sealed and partial, so its handler call is written into it.</summary>
    public sealed partial record Audit(string Symbol) : ProvisioningStep(Symbol)
    {
        /// <inheritdoc />
        public override string Describe() => "audit " + Symbol;
    }

    /// <summary>Has two handlers: left out of the dispatch (PRV0007), so nothing is written into it although it is partial.</summary>
    public sealed partial record Contested(string Symbol) : ProvisioningStep(Symbol)
    {
        /// <inheritdoc />
        public override string Describe() => "contested " + Symbol;
    }

    /// <summary>A step type nested in a partial class gets its handler call too.</summary>
    public static partial class Books
    {
        /// <summary>Takes a snapshot of the books.</summary>
        public sealed partial record Snapshot(string Symbol) : ProvisioningStep(Symbol)
        {
            /// <inheritdoc />
            public override string Describe() => "snapshot " + Symbol;
        }
    }

    /// <summary>A partial step type nested in a class that is not partial is reached through the switch only.</summary>
    public static class Closed
    {
        /// <summary>Notifies a desk.</summary>
        public sealed partial record Notify(string Symbol) : ProvisioningStep(Symbol)
        {
            /// <inheritdoc />
            public override string Describe() => "notify " + Symbol;
        }
    }

    /// <summary>The handlers; the invalid ones are left out of the dispatch.</summary>
    internal static class Handlers
    {
        [StepHandler]
        public static ValueTask<StepResult> Handle(Warm step, StepContext context) => new(StepResult.Done("warmed"));

        [StepHandler]
        internal static ValueTask<StepResult> HandleTwice(WarmTwice step, StepContext context) => new(StepResult.Done("warmed twice"));

        [StepHandler]
        public static ValueTask<StepResult> Write(Audit step, StepContext context) => new(StepResult.Done("audited"));

        [StepHandler]
        public static ValueTask<StepResult> Take(Books.Snapshot step, StepContext context) => new(StepResult.Done("snapshot taken"));

        [StepHandler]
        public static ValueTask<StepResult> Tell(Closed.Notify step, StepContext context) => new(StepResult.Done("told"));

        [StepHandler]
        public static ValueTask<StepResult> First(Contested step, StepContext context) => new(StepResult.Done("first"));

        [StepHandler]
        public static ValueTask<StepResult> Second(Contested step, StepContext context) => new(StepResult.Done("second"));

        [StepHandler]
        public static Task<StepResult> WrongReturnType(Audit step, StepContext context) => Task.FromResult(StepResult.Done());

        [StepHandler]
        public static ValueTask<StepResult> WrongParameters(StepContext context, Audit step) => new(StepResult.Done());

        [StepHandler]
        public static ValueTask<StepResult> AbstractStep(ProvisioningStep step, StepContext context) => new(StepResult.Done());

        [StepHandler]
        private static ValueTask<StepResult> Hidden(Audit step, StepContext context) => new(StepResult.Done());
    }

    /// <summary>An instance handler is left out.</summary>
    internal sealed class InstanceHandlers
    {
        [StepHandler]
        public ValueTask<StepResult> Handle(Audit step, StepContext context) => new(StepResult.Done());
    }
}
