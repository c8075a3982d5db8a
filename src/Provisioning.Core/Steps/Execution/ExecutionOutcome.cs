using Provisioning.Collections;
using Provisioning.Execution;

namespace Provisioning.Steps;

/// <summary>What running a plan did: a report per step, how it ended, and why when it did not succeed.</summary>
/// <param name="Steps">A result per step of the plan, in order.</param>
/// <param name="Status">Succeeded, Failed or Cancelled.</param>
/// <param name="Reason">The failed step and why; null on success.</param>
internal sealed record ExecutionOutcome(EquatableArray<StepResult> Steps, AdditionStatus Status, string? Reason);
