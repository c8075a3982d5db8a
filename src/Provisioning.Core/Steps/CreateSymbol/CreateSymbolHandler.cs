using System.Threading.Tasks;

namespace Provisioning.Steps;

/// <summary>Runs <see cref="CreateSymbol"/>: stages the symbol in the workspace. Undo: the workspace is dropped.</summary>
internal static class CreateSymbolHandler
{
    [StepHandler]
    internal static ValueTask<StepResult> Handle(CreateSymbol step, StepContext context)
    {
        context.Workspace.CreateSymbol(step.AddedBy, step.MeetsSessionConfigRequirements, step.AutoProvisioned);
        return new(StepResult.Done($"{step.Symbol} created, added by {step.AddedBy}"));
    }
}
