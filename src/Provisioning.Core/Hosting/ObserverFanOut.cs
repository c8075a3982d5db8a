using Provisioning.Steps;
using Provisioning.Execution;
using Provisioning.Planning;
using Provisioning.Requirements;

namespace Provisioning.Hosting;

/// <summary>
/// Reports to the session's metrics first and then to the host's own observer, so an observer that throws (the
/// session logs and drops it) cannot keep an addition or a removal out of the metrics.
/// </summary>
internal sealed class ObserverFanOut(IProvisioningObserver metrics, IProvisioningObserver? host) : IProvisioningObserver
{
    public void OnRequirements(ProvisioningRequirements requirements)
    {
        metrics.OnRequirements(requirements);
        host?.OnRequirements(requirements);
    }

    public void OnPlan(ProvisioningPlan plan)
    {
        metrics.OnPlan(plan);
        host?.OnPlan(plan);
    }

    public void OnHistoryProgress(HistoryLoadProgress progress)
    {
        metrics.OnHistoryProgress(progress);
        host?.OnHistoryProgress(progress);
    }

    public void OnStep(string symbol, StepResult report)
    {
        metrics.OnStep(symbol, report);
        host?.OnStep(symbol, report);
    }

    public void OnResult(AdditionResult result)
    {
        metrics.OnResult(result);
        host?.OnResult(result);
    }

    public void OnRemoved(RemovalResult result)
    {
        metrics.OnRemoved(result);
        host?.OnRemoved(result);
    }

    public void OnStrategyCallback(StrategyCallbackReport report)
    {
        metrics.OnStrategyCallback(report);
        host?.OnStrategyCallback(report);
    }
}
