namespace Provisioning.Execution;

/// <summary>How an addition ended.</summary>
public enum ProvisioningStatus
{
    /// <summary>Every planned step ran.</summary>
    Succeeded = 0,

    /// <summary>The session already had everything: the plan was empty and nothing ran.</summary>
    AlreadySatisfied,

    /// <summary>Analysis or validation refused the addition; nothing ran and the session is unchanged.</summary>
    Rejected,

    /// <summary>A step failed; what ran before it was undone and the session is as it was.</summary>
    Failed,

    /// <summary>The addition was cancelled; what ran was undone and the session is as it was.</summary>
    Cancelled,
}
