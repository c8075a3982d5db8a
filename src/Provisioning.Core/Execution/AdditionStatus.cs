namespace Provisioning.Execution;

/// <summary>How an addition ended.</summary>
public enum AdditionStatus
{
    /// <summary>Every planned step ran, and every history load returned the bars expected.</summary>
    Succeeded = 0,

    /// <summary>The session already had everything: the plan was empty and nothing ran.</summary>
    AlreadySatisfied,

    /// <summary>Analysis or validation refused the addition; nothing ran and the session is unchanged.</summary>
    Rejected,

    /// <summary>A step failed; what ran before it was undone and the session is as it was.</summary>
    Failed,

    /// <summary>The addition was cancelled; what ran was undone and the session is as it was.</summary>
    Cancelled,

    /// <summary>
    /// Every planned step ran, but a history load returned fewer bars than expected (not below the minimum): the
    /// session has the addition with the history the store had. <see cref="AdditionResult.History"/> says which.
    /// </summary>
    SucceededWithPartialHistory,
}
