using System.Threading.Tasks;

namespace Provisioning.Steps;

/// <summary>Runs <see cref="UnregisterIndicator"/>: stages the indicator's removal. Undo: the workspace is dropped.</summary>
internal static class UnregisterIndicatorHandler
{
    [StepHandler]
    internal static ValueTask<StepResult> Handle(UnregisterIndicator step, StepContext context)
    {
        var workspace = context.RemovalWorkspace;
        if (!workspace.HasIndicator(step.Key))
        {
            return new(StepResult.Fail($"{step.Symbol} has no indicator {step.Key} to unregister."));
        }

        workspace.UnregisterIndicator(step.Key);
        return new(StepResult.Done($"{step.Key} detached at commit"));
    }
}
