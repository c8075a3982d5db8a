using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.Session;

/// <summary>
/// Code that runs inside the session on its closed bars (the strategies). The session queues closed bars into it as an
/// <see cref="IClosedBarSink"/>, hands them out after each delivery, and waits for the additions their handling asked
/// for before the next bar; it does not know what the listener is.
/// </summary>
internal interface IClosedBarListener : IClosedBarSink
{
    /// <summary>Whether anything listens yet (nothing to hand out before it starts).</summary>
    bool IsListening { get; }

    /// <summary>Whether handling the bars asked for additions that have not been joined.</summary>
    bool HasPendingAdditions { get; }

    /// <summary>Closed bars queued and not yet handed out.</summary>
    int QueuedBars { get; }

    /// <summary>Hands out the queued closed bars, in order.</summary>
    void DeliverClosed();

    /// <summary>Waits for the additions the handled bars asked for.</summary>
    Task JoinAdditionsAsync(CancellationToken cancellationToken);

    /// <summary>The session's stream ended.</summary>
    void End();
}
