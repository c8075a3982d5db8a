using System;
using Microsoft.Extensions.Logging;
using Provisioning.Execution;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Steps;
using Provisioning.Text;

namespace Provisioning.Session;

/// <summary>
/// The session's view of the host's observer: an observer only watches, so an exception it throws is logged and
/// dropped rather than failing the addition or removal it watched (a step report thrown out of the executor would skip the undo
/// of a feed subscription) or escaping to a caller who was promised a result.
/// </summary>
internal sealed class GuardedObserver(IProvisioningObserver inner, ILogger logger) : IProvisioningObserver
{
    public void OnRequirements(ProvisioningRequirements requirements)
    {
        try
        {
            inner.OnRequirements(requirements);
        }
        catch (Exception exception)
        {
            SessionLog.ObserverThrew(logger, nameof(OnRequirements), requirements.Symbol, exception);
        }
    }

    public void OnPlan(ProvisioningPlan plan)
    {
        try
        {
            inner.OnPlan(plan);
        }
        catch (Exception exception)
        {
            SessionLog.ObserverThrew(logger, nameof(OnPlan), plan.Symbol, exception);
        }
    }

    public void OnHistoryProgress(HistoryLoadProgress progress)
    {
        try
        {
            inner.OnHistoryProgress(progress);
        }
        catch (Exception exception)
        {
            SessionLog.ObserverThrew(logger, nameof(OnHistoryProgress), progress.Symbol, exception);
        }
    }

    public void OnStep(string symbol, StepResult report)
    {
        try
        {
            inner.OnStep(symbol, report);
        }
        catch (Exception exception)
        {
            SessionLog.ObserverThrew(logger, nameof(OnStep), symbol, exception);
        }
    }

    public void OnResult(AdditionResult result)
    {
        try
        {
            inner.OnResult(result);
        }
        catch (Exception exception)
        {
            SessionLog.ObserverThrew(logger, nameof(OnResult), result.Requirements.Symbol, exception);
        }
    }

    public void OnRemoved(RemovalResult result)
    {
        try
        {
            inner.OnRemoved(result);
        }
        catch (Exception exception)
        {
            SessionLog.ObserverThrew(logger, nameof(OnRemoved), EchoedText.Inline(result.Symbol), exception);
        }
    }

    public void OnStrategyCallback(StrategyCallbackReport report)
    {
        try
        {
            inner.OnStrategyCallback(report);
        }
        catch (Exception exception)
        {
            SessionLog.ObserverThrew(logger, nameof(OnStrategyCallback), report.Symbol ?? report.Strategy, exception);
        }
    }
}
