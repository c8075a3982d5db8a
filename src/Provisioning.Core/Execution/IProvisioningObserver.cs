using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Execution;

/// <summary>
/// Watches additions as they go through the pipeline: the analysed and validated requirements, the plan, progress
/// while history loads, each step's outcome and the result; and how each removal ended. Every member has an empty
/// default; implement what you show. Called from the thread running the addition or removal (several may run at once);
/// strategy callbacks are reported from the session's delivery loop.
/// </summary>
public interface IProvisioningObserver
{
    /// <summary>Requirement analysis and Step 0 of an addition are done; what Step 0 refused is in the result.</summary>
    void OnRequirements(ProvisioningRequirements requirements)
    {
    }

    /// <summary>The plan of an addition that can proceed was computed.</summary>
    void OnPlan(ProvisioningPlan plan)
    {
    }

    /// <summary>History is loading: called as batches arrive and when the load ends.</summary>
    void OnHistoryProgress(HistoryLoadProgress progress)
    {
    }

    /// <summary>A step of a plan finished (or was undone or skipped).</summary>
    void OnStep(string symbol, StepResult report)
    {
    }

    /// <summary>An addition ended.</summary>
    void OnResult(AdditionResult result)
    {
    }

    /// <summary>
    /// A removal ended, whatever its status (<see cref="RemovalResult.Status"/>): once per removal, after its holds
    /// changed (when it stood) and before its caller has the result.
    /// </summary>
    void OnRemoved(RemovalResult result)
    {
    }

    /// <summary>
    /// A strategy's callback returned or threw: which one, how long it ran and its exception, if any. Called on the
    /// session's delivery loop after each callback (a histogram of <see cref="StrategyCallbackReport.Duration"/> per
    /// strategy shows a slow one).
    /// </summary>
    void OnStrategyCallback(StrategyCallbackReport report)
    {
    }
}
