using Provisioning.Collections;

namespace Provisioning.Steps;

/// <summary>
/// What running a plan's steps did: a result per step, how it ended, and why when it did not succeed. The runner that
/// called the executor turns it into its own status (an addition's or a removal's), so the steps know neither.
/// </summary>
/// <param name="Steps">A result per step of the plan, in order.</param>
/// <param name="Succeeded">True when every step succeeded and the commit ran.</param>
/// <param name="Cancelled">True when the run stopped because its cancellation token was cancelled.</param>
/// <param name="Reason">The failed step and why; null on success.</param>
internal sealed record ExecutionOutcome(EquatableArray<StepResult> Steps, bool Succeeded, bool Cancelled, string? Reason);
