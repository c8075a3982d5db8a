using System.Linq;
using Provisioning.Collections;
using Provisioning.Requirements;
using Provisioning.Planning.Validation;

namespace Provisioning.Planning;

/// <summary>An addition through the pipeline short of execution: each phase's own result.</summary>
/// <param name="Requirements">Phase 1, requirement analysis: what the addition needs.</param>
/// <param name="Validation">Step 0: what the store and the feed have of it (<see cref="StepZeroResult.NotRun"/> when analysis refused it).</param>
/// <param name="Plan">Phase 3: the steps; empty when the addition cannot proceed or nothing is missing.</param>
internal sealed record PreparedAddition(ProvisioningRequirements Requirements, StepZeroResult Validation, ProvisioningPlan Plan)
{
    /// <summary>True when neither analysis nor Step 0 found anything in the way.</summary>
    public bool CanProceed => Requirements.CanProceed && Validation.CanProceed;

    /// <summary>Why the addition cannot proceed: analysis's reasons, then Step 0's; empty when it can.</summary>
    public EquatableArray<string> Errors => new(Requirements.ValidationErrors.Concat(Validation.Errors));
}
