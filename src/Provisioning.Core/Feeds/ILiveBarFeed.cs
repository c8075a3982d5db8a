using System;

namespace Provisioning.Feeds;

/// <summary>
/// A feed whose base bars arrive in real time on the session clock, each shortly after it ends (a broker or vendor
/// stream, not a replay). When <see cref="BarCloseGrace"/> is set, <see cref="Session.SessionCoordinator.RunAsync(System.Threading.CancellationToken)"/>
/// closes derived bars on time: at each base-bar boundary plus the grace it tells every symbol that no base bar ending
/// by that boundary is still to come, so a 5m bar whose last 1m bar never comes (no trade in that minute) is
/// delivered at its end plus the grace instead of when the next bar of a later bucket arrives.
/// </summary>
public interface ILiveBarFeed : IBarFeed
{
    /// <summary>
    /// How long after a base bar's end the session waits for it before closing the derived bars that end there (zero or
    /// more); null when derived bars close only as base bars arrive, as on a replay.
    /// </summary>
    TimeSpan? BarCloseGrace { get; }
}
