using System.Threading.Tasks;

namespace Provisioning.Steps;

/// <summary>Runs <see cref="DropInterval"/>: stages the series' removal; its memory is released at commit. Undo: the workspace is dropped.</summary>
internal static class DropIntervalHandler
{
    [StepHandler]
    internal static ValueTask<StepResult> Handle(DropInterval step, StepContext context)
    {
        var workspace = context.RemovalWorkspace;
        if (!workspace.HasInterval(step.Interval))
        {
            return new(StepResult.Fail($"{step.Symbol} has no {step.Interval} series to drop."));
        }

        workspace.DropInterval(step.Interval);
        return new(StepResult.Done($"{step.Interval} series dropped at commit"));
    }
}
