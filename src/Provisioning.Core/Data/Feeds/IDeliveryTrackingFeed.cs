namespace Provisioning.Data.Feeds;

/// <summary>
/// A feed that is told when the session has taken the bars it wrote to <see cref="IBarFeed.Bars"/>. A replay waits for
/// that before it runs a scheduled action, so the action sees every bar that ended by then in the session's symbols,
/// not only in the channel. <see cref="Session.SessionCoordinator"/> reports to a feed that implements it.
/// </summary>
internal interface IDeliveryTrackingFeed : IBarFeed
{
    /// <summary>
    /// A session will read <see cref="IBarFeed.Bars"/> and report each bar it delivers. Called when the session is
    /// created, before either side runs, so the feed waits for it whichever of the two starts first.
    /// </summary>
    void AttachConsumer();

    /// <summary>The session delivered one more bar it read from <see cref="IBarFeed.Bars"/>.</summary>
    void OnDelivered();

    /// <summary>
    /// The session stopped reading (its run ended, was cancelled or failed) or was disposed without running: nothing
    /// waits for it any more.
    /// </summary>
    void DetachConsumer();

    /// <summary>
    /// An addition that may subscribe started: the feed keeps its stream open until <see cref="EndAddition"/>, so a
    /// subscription it makes at the end of the day still receives every bar up to the close.
    /// </summary>
    void BeginAddition();

    /// <summary>An addition started with <see cref="BeginAddition"/> ended (succeeded, failed or was cancelled).</summary>
    void EndAddition();
}
