using System;
using Provisioning.Execution;
using Provisioning.Planning;
using Provisioning.Reporting;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Session;

/// <summary>
/// Records each finished addition in the session's <see cref="AdditionJournal"/> and each finished removal in its
/// <see cref="RemovalJournal"/>, then hands every call on to the session's own observer. The journals are written
/// first and never throw, so an observer that throws cannot keep an addition or a removal out of the report.
/// </summary>
internal sealed class JournalingObserver(AdditionJournal journal, RemovalJournal removals, TimeProvider clock, IProvisioningObserver next) : IProvisioningObserver
{
    public void OnRequirements(ProvisioningRequirements requirements) => next.OnRequirements(requirements);

    public void OnPlan(ProvisioningPlan plan) => next.OnPlan(plan);

    public void OnHistoryProgress(HistoryLoadProgress progress) => next.OnHistoryProgress(progress);

    public void OnStep(string symbol, StepResult report) => next.OnStep(symbol, report);

    public void OnResult(AdditionResult result)
    {
        journal.Record(result, clock.GetUtcNow().UtcDateTime);
        next.OnResult(result);
    }

    public void OnRemoved(RemovalResult result)
    {
        removals.Record(result, clock.GetUtcNow().UtcDateTime);
        next.OnRemoved(result);
    }

    public void OnStrategyCallback(StrategyCallbackReport report) => next.OnStrategyCallback(report);
}
