using System;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.Steps;

/// <summary>
/// What one step of a plan did: the one per-step result, returned by its handler and reported by the executor. A
/// handler returns <see cref="Done"/> (with an undo when it changed something outside the addition's workspace) or
/// <see cref="Fail"/>; the executor stamps it with the step and how long it ran, and later marks it
/// <see cref="StepStatus.Compensated"/> or reports <see cref="StepStatus.Skipped"/> steps. The result of the whole
/// addition is <c>AdditionResult</c>.
/// </summary>
public sealed record StepResult
{
    private StepResult(StepStatus status, string? message, Func<CancellationToken, ValueTask>? undo)
    {
        Status = status;
        Message = message;
        Undo = undo;
    }

    /// <summary>
    /// The step. Set by the executor on every result it reports; null only on a result a handler has just returned.
    /// </summary>
    public ProvisioningStep Step { get; internal init; } = null!;

    /// <summary>How the step ended.</summary>
    public StepStatus Status { get; internal init; }

    /// <summary>How long it ran, undo included (zero when skipped). Set by the executor.</summary>
    public TimeSpan Duration { get; internal init; }

    /// <summary>What the step did, or why it failed (always set on failure).</summary>
    public string? Message { get; internal init; }

    /// <summary>True when the step's effect stands.</summary>
    public bool Succeeded => Status == StepStatus.Succeeded;

    /// <summary>
    /// Reverses the step's effect; the executor calls it, newest first, when a later step fails or the addition is
    /// cancelled. Null when there is nothing to undo.
    /// </summary>
    internal Func<CancellationToken, ValueTask>? Undo { get; }

    /// <summary>The step ran and its effect stands.</summary>
    /// <param name="message">What it did, for the report; null for nothing to add.</param>
    /// <param name="undo">How to reverse it; null when there is nothing to undo.</param>
    public static StepResult Done(string? message = null, Func<CancellationToken, ValueTask>? undo = null) =>
        new(StepStatus.Succeeded, message, undo);

    /// <summary>The step failed and left nothing behind that needs undoing.</summary>
    /// <param name="reason">Why, in a sentence a person can act on.</param>
    public static StepResult Fail(string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return new(StepStatus.Failed, reason, null);
    }

    /// <summary>A step that did not run because an earlier one failed.</summary>
    internal static StepResult Skipped(ProvisioningStep step) =>
        new(StepStatus.Skipped, "not run: an earlier step failed", null) { Step = step };

    /// <inheritdoc />
    public override string ToString() => Status.ToString().ToLowerInvariant() + (Message is null ? string.Empty : ": " + Message);
}
