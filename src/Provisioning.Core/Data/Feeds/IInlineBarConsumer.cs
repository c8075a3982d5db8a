using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.Data.Feeds;

/// <summary>
/// A session that takes a replay's bars on the replay's own thread (<see cref="ReplayBarFeed.DeliverInline"/>): no
/// channel and no second thread between the replay and the session's series, as in a hand-written loop.
/// </summary>
internal interface IInlineBarConsumer
{
    /// <summary>
    /// Delivers <paramref name="bars"/> in order, as the session's delivery loop would have read them from the channel
    /// (strategies' callbacks and the additions they asked for included); the replay counts them delivered once it returns.
    /// Each bar names the subscription it came from, where the consumer may keep its route.
    /// </summary>
    ValueTask DeliverAsync(List<DueBar> bars, CancellationToken cancellationToken);
}
