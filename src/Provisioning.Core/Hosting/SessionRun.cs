using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Provisioning.Data.Feeds;
using Provisioning.Session;

namespace Provisioning.Hosting;

/// <summary>
/// Runs a registered session to its end: a replay is played beside the session's delivery loop (the replay ends at the
/// close, then the session), a live feed is read until it completes or the run is cancelled.
/// </summary>
internal static class SessionRun
{
    public static Task RunAsync(IServiceProvider services, SessionCoordinator session, CancellationToken cancellationToken) =>
        services.GetRequiredService<IBarFeed>() is ReplayBarFeed replay
            ? Task.WhenAll(replay.RunAsync(cancellationToken), session.RunAsync(cancellationToken))
            : session.RunAsync(cancellationToken);
}
