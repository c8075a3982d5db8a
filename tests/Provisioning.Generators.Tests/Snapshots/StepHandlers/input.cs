using System.Threading.Tasks;
using Provisioning.Attributes;
using Provisioning.Execution.Dispatch;
using Provisioning.Steps;
using Provisioning.Planning;

namespace Desk.Steps
{
    /// <summary>Warms a cache.</summary>
    public record Warm(string Symbol) : ProvisioningStep(Symbol)
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

    /// <summary>Writes an audit line.</summary>
    public sealed record Audit(string Symbol) : ProvisioningStep(Symbol)
    {
        /// <inheritdoc />
        public override string Describe() => "audit " + Symbol;
    }

    /// <summary>Has two handlers: left out of the dispatch (PRV0007).</summary>
    public sealed record Contested(string Symbol) : ProvisioningStep(Symbol)
    {
        /// <inheritdoc />
        public override string Describe() => "contested " + Symbol;
    }

    /// <summary>The handlers; the invalid ones are left out of the dispatch.</summary>
    internal static class Handlers
    {
        [StepHandler]
        public static ValueTask<StepOutcome> Handle(Warm step, StepContext context) => new(StepOutcome.Success("warmed"));

        [StepHandler]
        internal static ValueTask<StepOutcome> HandleTwice(WarmTwice step, StepContext context) => new(StepOutcome.Success("warmed twice"));

        [StepHandler]
        public static ValueTask<StepOutcome> Write(Audit step, StepContext context) => new(StepOutcome.Success("audited"));

        [StepHandler]
        public static ValueTask<StepOutcome> First(Contested step, StepContext context) => new(StepOutcome.Success("first"));

        [StepHandler]
        public static ValueTask<StepOutcome> Second(Contested step, StepContext context) => new(StepOutcome.Success("second"));

        [StepHandler]
        public static Task<StepOutcome> WrongReturnType(Audit step, StepContext context) => Task.FromResult(StepOutcome.Success());

        [StepHandler]
        public static ValueTask<StepOutcome> WrongParameters(StepContext context, Audit step) => new(StepOutcome.Success());

        [StepHandler]
        public static ValueTask<StepOutcome> AbstractStep(ProvisioningStep step, StepContext context) => new(StepOutcome.Success());

        [StepHandler]
        private static ValueTask<StepOutcome> Hidden(Audit step, StepContext context) => new(StepOutcome.Success());
    }

    /// <summary>An instance handler is left out.</summary>
    internal sealed class InstanceHandlers
    {
        [StepHandler]
        public ValueTask<StepOutcome> Handle(Audit step, StepContext context) => new(StepOutcome.Success());
    }
}
