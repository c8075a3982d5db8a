using Provisioning.Steps;
using Provisioning.Execution;

namespace Provisioning.Metrics;

/// <summary>
/// Turns what the session reports to its observer into measurements: each addition's result (its status and the bars
/// its history loads returned), each step's duration and each removal's status.
/// </summary>
internal sealed class MetricsObserver(ProvisioningMetrics metrics) : IProvisioningObserver
{
    public void OnStep(string symbol, StepResult report) => metrics.RecordStep(report);

    public void OnResult(AdditionResult result) => metrics.RecordAddition(result);

    public void OnRemoved(RemovalResult result) => metrics.RecordRemoval(result);

    public void OnStrategyCallback(StrategyCallbackReport report) =>
        metrics.RecordCallback(report.Strategy, TagText.Of(report.Callback), report.Duration);
}
