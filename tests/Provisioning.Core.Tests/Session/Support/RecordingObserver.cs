using System.Collections.Concurrent;
using Provisioning.Execution;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Steps;
using Provisioning.Strategies;

namespace Provisioning.Core.Tests.Session.Support;

/// <summary>Keeps everything the coordinator reports, thread-safely, and passes it on.</summary>
internal sealed class RecordingObserver(IProvisioningObserver? next) : IProvisioningObserver
{
    public ConcurrentQueue<ProvisioningRequirements> Requirements { get; } = new();

    public ConcurrentQueue<ProvisioningPlan> Plans { get; } = new();

    public ConcurrentQueue<(string Symbol, StepResult Report)> Steps { get; } = new();

    public ConcurrentQueue<HistoryLoadProgress> Progress { get; } = new();

    public ConcurrentQueue<AdditionResult> Results { get; } = new();

    public ConcurrentQueue<RemovalResult> Removals { get; } = new();

    public ConcurrentQueue<StrategyCallbackReport> StrategyCallbacks { get; } = new();

    public void OnRequirements(ProvisioningRequirements requirements)
    {
        Requirements.Enqueue(requirements);
        next?.OnRequirements(requirements);
    }

    public void OnPlan(ProvisioningPlan plan)
    {
        Plans.Enqueue(plan);
        next?.OnPlan(plan);
    }

    public void OnHistoryProgress(HistoryLoadProgress progress)
    {
        Progress.Enqueue(progress);
        next?.OnHistoryProgress(progress);
    }

    public void OnStep(string symbol, StepResult report)
    {
        Steps.Enqueue((symbol, report));
        next?.OnStep(symbol, report);
    }

    public void OnResult(AdditionResult result)
    {
        Results.Enqueue(result);
        next?.OnResult(result);
    }

    public void OnRemoved(RemovalResult result)
    {
        Removals.Enqueue(result);
        next?.OnRemoved(result);
    }

    public void OnStrategyCallback(StrategyCallbackReport report)
    {
        StrategyCallbacks.Enqueue(report);
        next?.OnStrategyCallback(report);
    }
}
