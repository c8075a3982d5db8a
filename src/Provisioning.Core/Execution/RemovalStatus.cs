namespace Provisioning.Execution;

/// <summary>How a removal ended.</summary>
public enum RemovalStatus
{
    /// <summary>The requester's hold was dropped and what it asked to remove is gone from the session.</summary>
    Removed = 0,

    /// <summary>
    /// The requester's hold was dropped, but what it asked to remove stays because another requester still holds it;
    /// <see cref="RemovalResult.Kept"/> says what and who.
    /// </summary>
    Kept,

    /// <summary>The removal was refused (bad input, or the requester never added it); nothing changed.</summary>
    Rejected,

    /// <summary>A step or the commit failed; the session and every hold are as they were.</summary>
    Failed,

    /// <summary>The removal was cancelled; the session and every hold are as they were.</summary>
    Cancelled,
}
