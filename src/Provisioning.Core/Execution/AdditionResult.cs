using System.Collections.Generic;
using System.Linq;
using Provisioning.Collections;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Steps;
using Provisioning.Planning.Validation;

namespace Provisioning.Execution;

/// <summary>
/// What one addition did: the analysed and validated requirements, the plan, each step's report, and how it ended.
/// </summary>
/// <param name="Requirements">The requirements from analysis.</param>
/// <param name="Plan">The plan computed against the session state (empty when rejected or already satisfied).</param>
/// <param name="Steps">A report per planned step, in order.</param>
/// <param name="Status">How the addition ended.</param>
/// <param name="Reason">
/// Why it was rejected, failed or cancelled, or which history loads came back short; null when it succeeded in full.
/// </param>
public sealed record AdditionResult(
    ProvisioningRequirements Requirements,
    ProvisioningPlan Plan,
    EquatableArray<StepResult> Steps,
    AdditionStatus Status,
    string? Reason)
{
    /// <summary>
    /// True when the session now satisfies the requirement (it ran, or nothing was missing), with partial history
    /// included: check <see cref="HasPartialHistory"/> before relying on every bar.
    /// </summary>
    public bool Succeeded =>
        Status is AdditionStatus.Succeeded or AdditionStatus.AlreadySatisfied or AdditionStatus.SucceededWithPartialHistory;

    /// <summary>What Step 0 found (<see cref="StepZeroResult.NotRun"/> when analysis refused the addition or it was never analysed).</summary>
    public StepZeroResult Validation { get; init; } = StepZeroResult.NotRun;

    /// <summary>Why the addition was refused: analysis's reasons, then Step 0's; empty when it was not.</summary>
    public EquatableArray<string> Errors => new(Requirements.ValidationErrors.Concat(Validation.Errors));

    /// <summary>Step 0's warnings: a history window over a corporate action loaded Raw, a bad action table; empty when none.</summary>
    public EquatableArray<string> Warnings => Validation.Warnings;

    /// <summary>Each history load of the addition, in plan order: the bars loaded against those expected.</summary>
    public EquatableArray<HistoryLoad> History { get; init; } = EquatableArray<HistoryLoad>.Empty;

    /// <summary>True when a history load returned fewer bars than expected, whether the addition stood or failed.</summary>
    public bool HasPartialHistory => History.Any(load => !load.IsComplete);

    /// <summary>The step that failed, if one did.</summary>
    public StepResult? FailedStep => Steps.FirstOrDefault(s => s.Status == StepStatus.Failed);

    /// <summary>
    /// The result of a plan that ran: its outcome, and each history load; a success with a load short of its expected
    /// bars is <see cref="AdditionStatus.SucceededWithPartialHistory"/>, its reason naming the short loads.
    /// </summary>
    internal static AdditionResult Executed(
        ProvisioningRequirements requirements,
        ProvisioningPlan plan,
        ExecutionOutcome outcome,
        IReadOnlyList<HistoryLoad> history)
    {
        var loads = new EquatableArray<HistoryLoad>(history);
        var shortLoads = loads.Where(load => !load.IsComplete).ToArray();
        return outcome.Succeeded && shortLoads.Length > 0
            ? new AdditionResult(requirements, plan, outcome.Steps, AdditionStatus.SucceededWithPartialHistory,
                "Partial history: " + string.Join("; ", shortLoads.Select(load => load.ToString())) + ".") { History = loads }
            : new AdditionResult(requirements, plan, outcome.Steps, StatusOf(outcome), outcome.Reason) { History = loads };
    }

    private static AdditionStatus StatusOf(ExecutionOutcome outcome) =>
        outcome.Succeeded ? AdditionStatus.Succeeded : outcome.Cancelled ? AdditionStatus.Cancelled : AdditionStatus.Failed;

    /// <summary>A result for an addition refused by analysis or Step 0, before anything ran.</summary>
    internal static AdditionResult Rejected(ProvisioningRequirements requirements, StepZeroResult? validation = null)
    {
        var result = new AdditionResult(
            requirements,
            ProvisioningPlan.Nothing(requirements.Symbol),
            EquatableArray<StepResult>.Empty,
            AdditionStatus.Rejected,
            null) { Validation = validation ?? StepZeroResult.NotRun };
        return result with { Reason = string.Join(" ", result.Errors) };
    }
}
