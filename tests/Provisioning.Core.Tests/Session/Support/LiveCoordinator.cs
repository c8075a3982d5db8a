using System;
using Provisioning.Calendar;
using Provisioning.Config;
using Provisioning.Data.Feeds;
using Provisioning.Data;
using Provisioning.Indicators.__Internals;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Session.Support;

/// <summary>
/// A coordinator for XNYS on a live channel feed, with no configured symbols and the 1m and 1d streams
/// (<see cref="ReplaySession.Config"/>): tests add what they need. Make the feed first when the catalog needs it.
/// </summary>
internal static class LiveCoordinator
{
    public static ChannelBarFeed Feed(TimeSpan? barCloseGrace = null)
    {
        var config = Resolve();
        return barCloseGrace is { } grace ? new ChannelBarFeed(config.BaseIntervals, grace) : new ChannelBarFeed(config.BaseIntervals);
    }

    public static SessionCoordinator Create(IHistoricalBarStore store, ChannelBarFeed feed, TimeProvider clock, IndicatorCatalog? catalog = null) =>
        new(Resolve(), ExchangeCalendars.Xnys, store, feed, clock, catalog: catalog);

    private static ResolvedSessionConfig Resolve()
    {
        var resolved = ReplaySession.Config([]).Resolve();
        Assert.True(resolved.IsValid, string.Join("; ", resolved.Errors));
        return resolved;
    }
}
