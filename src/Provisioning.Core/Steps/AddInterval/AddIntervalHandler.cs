using System.Threading.Tasks;
using Provisioning.Intervals;

namespace Provisioning.Steps;

/// <summary>
/// Runs <see cref="AddInterval"/>: checks a derived series can be built from its base, then stages the series in the
/// workspace. Undo: the workspace is dropped.
/// </summary>
internal static class AddIntervalHandler
{
    [StepHandler]
    internal static ValueTask<StepResult> Handle(AddInterval step, StepContext context)
    {
        var workspace = context.Workspace;
        if (step.BuiltFrom is { } builtFrom)
        {
            if (!workspace.HasInterval(builtFrom))
            {
                return new(StepResult.Fail($"{step.Interval} bars of {step.Symbol} are built from {builtFrom} bars, which the symbol does not have."));
            }

            if (!IntervalAggregation.CanAggregate(builtFrom, step.Interval, out var reason))
            {
                return new(StepResult.Fail(reason));
            }
        }

        workspace.AddInterval(step.Interval, step.BuiltFrom);
        return new(StepResult.Done(step.BuiltFrom is { } b ? $"{step.Interval} series aggregated from {b}" : $"{step.Interval} base series"));
    }
}
