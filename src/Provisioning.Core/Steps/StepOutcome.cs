using System;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.Steps;

/// <summary>
/// What one step handler did: succeeded (with an optional way to undo it if a later step of the plan fails), or
/// failed with a reason. A value type, so a handler that finishes synchronously allocates nothing.
/// </summary>
public readonly struct StepOutcome
{
    private StepOutcome(bool succeeded, string? message, Func<CancellationToken, ValueTask>? undo)
    {
        Succeeded = succeeded;
        Message = message;
        Undo = undo;
    }

    /// <summary>True when the step's effect stands.</summary>
    public bool Succeeded { get; }

    /// <summary>What the step did, or why it failed (always set on failure).</summary>
    public string? Message { get; }

    /// <summary>
    /// Reverses the step's effect; the executor calls it, newest first, when a later step fails or the addition is
    /// cancelled. Null when there is nothing to undo.
    /// </summary>
    public Func<CancellationToken, ValueTask>? Undo { get; }

    /// <summary>The step ran and its effect stands.</summary>
    /// <param name="message">What it did, for the step report; null for nothing to add.</param>
    /// <param name="undo">How to reverse it; null when there is nothing to undo.</param>
    public static StepOutcome Success(string? message = null, Func<CancellationToken, ValueTask>? undo = null) =>
        new(true, message, undo);

    /// <summary>The step failed and left nothing behind that needs undoing.</summary>
    /// <param name="reason">Why, in a sentence a person can act on.</param>
    public static StepOutcome Failure(string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return new(false, reason, null);
    }

    /// <inheritdoc />
    public override string ToString() => (Succeeded ? "succeeded" : "failed") + (Message is null ? string.Empty : ": " + Message);
}
