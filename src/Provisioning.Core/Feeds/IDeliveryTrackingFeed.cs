namespace Provisioning.Feeds;

/// <summary>
/// A feed that is told when the session has taken the bars it wrote to <see cref="IBarFeed.Bars"/>. A replay waits for
/// that before it runs a scheduled action, so the action sees every bar that ended by then in the session's symbols,
/// not only in the channel. <see cref="Session.SessionCoordinator"/> reports to a feed that implements it.
/// </summary>
public interface IDeliveryTrackingFeed : IBarFeed
{
    /// <summary>A session started reading <see cref="IBarFeed.Bars"/> and will report each bar it delivers.</summary>
    void AttachConsumer();

    /// <summary>The session delivered one more bar it read from <see cref="IBarFeed.Bars"/>.</summary>
    void OnDelivered();

    /// <summary>The session stopped reading (the stream ended, was cancelled or failed): nothing waits for it any more.</summary>
    void DetachConsumer();
}
