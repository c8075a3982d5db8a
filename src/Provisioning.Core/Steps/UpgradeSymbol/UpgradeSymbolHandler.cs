using System.Threading.Tasks;

namespace Provisioning.Steps;

/// <summary>Runs <see cref="UpgradeSymbol"/>: stages the upgrade in the workspace. Undo: the workspace is dropped.</summary>
internal static class UpgradeSymbolHandler
{
    [StepHandler]
    internal static ValueTask<StepResult> Handle(UpgradeSymbol step, StepContext context)
    {
        context.Workspace.UpgradeSymbol(step.AddedBy);
        return new(StepResult.Done($"{step.Symbol} now meets the session config (upgraded in place)"));
    }
}
