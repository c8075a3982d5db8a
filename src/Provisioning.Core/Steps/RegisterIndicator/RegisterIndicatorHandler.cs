using System.Threading.Tasks;

namespace Provisioning.Steps;

/// <summary>
/// Runs <see cref="RegisterIndicator"/>: creates the indicator from the catalog and stages it in the workspace, to be
/// warmed on the loaded history at the commit. Undo: the workspace is dropped.
/// </summary>
internal static class RegisterIndicatorHandler
{
    [StepHandler]
    internal static ValueTask<StepResult> Handle(RegisterIndicator step, StepContext context)
    {
        var workspace = context.Workspace;
        if (!workspace.HasInterval(step.Spec.Interval))
        {
            return new(StepResult.Fail($"{step.Spec.Key} needs {step.Spec.Interval} bars of {step.Symbol}, which the symbol does not have."));
        }

        var created = context.Catalog.Create(step.Spec);
        if (!created.Success)
        {
            return new(StepResult.Fail(created.Reason));
        }

        workspace.AddIndicator(step.Spec, created.Value, step.WarmupFromUtc);
        return new(StepResult.Done($"{step.Spec.Key} created; warmed on the loaded history at commit"));
    }
}
