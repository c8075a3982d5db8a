using System.Threading.Tasks;

namespace Provisioning.Steps;

/// <summary>
/// Runs <see cref="StopSessionStream"/>: stages the stream's end. The series stops taking live bars at the commit and
/// the feed is unsubscribed after it, so a removal that fails before its commit leaves the stream running untouched.
/// </summary>
internal static class StopSessionStreamHandler
{
    [StepHandler]
    internal static ValueTask<StepResult> Handle(StopSessionStream step, StepContext context)
    {
        var workspace = context.RemovalWorkspace;
        if (!workspace.HasInterval(step.Interval))
        {
            return new(StepResult.Fail($"{step.Symbol} has no {step.Interval} series whose stream could stop."));
        }

        workspace.StopStream(step.Interval);
        return new(StepResult.Done($"{step.Interval} stream stops at commit; unsubscribed after it"));
    }
}
