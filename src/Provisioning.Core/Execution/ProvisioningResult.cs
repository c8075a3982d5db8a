using System.Linq;
using Provisioning.Collections;
using Provisioning.Planning;
using Provisioning.Requirements;

namespace Provisioning.Execution;

/// <summary>
/// What one addition did: the analysed and validated requirements, the plan, each step's report, and how it ended.
/// </summary>
/// <param name="Requirements">The requirements, with validation results.</param>
/// <param name="Plan">The plan computed against the session state (empty when rejected or already satisfied).</param>
/// <param name="Steps">A report per planned step, in order.</param>
/// <param name="Status">How the addition ended.</param>
/// <param name="Reason">Why it was rejected, failed or cancelled; null when it succeeded.</param>
public sealed record ProvisioningResult(
    ProvisioningRequirements Requirements,
    ProvisioningPlan Plan,
    EquatableArray<StepReport> Steps,
    ProvisioningStatus Status,
    string? Reason)
{
    /// <summary>True when the session now satisfies the requirement (it ran, or nothing was missing).</summary>
    public bool Succeeded => Status is ProvisioningStatus.Succeeded or ProvisioningStatus.AlreadySatisfied;

    /// <summary>The step that failed, if one did.</summary>
    public StepReport? FailedStep => Steps.FirstOrDefault(s => s.Status == StepStatus.Failed);

    /// <summary>A result for an addition refused before anything ran.</summary>
    public static ProvisioningResult Rejected(ProvisioningRequirements requirements) =>
        new(
            requirements,
            new ProvisioningPlan(requirements.Symbol, EquatableArray<ProvisioningStep>.Empty),
            EquatableArray<StepReport>.Empty,
            ProvisioningStatus.Rejected,
            string.Join(" ", requirements.ValidationErrors));
}
