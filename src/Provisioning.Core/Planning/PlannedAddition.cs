using Provisioning.Requirements;

namespace Provisioning.Planning;

/// <summary>An analysed addition and its plan; the requirements carry the plan's steps too.</summary>
/// <param name="Requirements">The requirements, with <see cref="ProvisioningRequirements.ProvisioningSteps"/> set to the plan's steps.</param>
/// <param name="Plan">The plan: empty when nothing is missing or the addition cannot proceed.</param>
public sealed record PlannedAddition(ProvisioningRequirements Requirements, ProvisioningPlan Plan);
