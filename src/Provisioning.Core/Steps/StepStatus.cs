namespace Provisioning.Steps;

/// <summary>How one step of a plan ended.</summary>
public enum StepStatus
{
    /// <summary>The step ran and its effect stands.</summary>
    Succeeded = 0,

    /// <summary>The step failed; see the report's message.</summary>
    Failed,

    /// <summary>The step ran, then was undone because a later step failed.</summary>
    Compensated,

    /// <summary>The step did not run because an earlier one failed.</summary>
    Skipped,
}
