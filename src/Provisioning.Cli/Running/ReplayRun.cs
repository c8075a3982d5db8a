using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Cli.Loading;
using Provisioning.Clock;
using Provisioning.Data.Feeds;
using Provisioning.Indicators.__Internals;
using Provisioning.Session;
using Provisioning.Strategies;

namespace Provisioning.Cli.Running;

/// <summary>
/// A replay of one trading session on the stored bars, through the session runtime: pre-session provisioning of every
/// config symbol and config indicator (analysis, Step 0, plan, execution), then the day's bars streamed from the store
/// on a replay clock, with derived bars and indicators updated as they arrive.
/// </summary>
internal sealed class ReplayRun
{
    public ReplayRun(SessionInputs inputs, TradingSession session, IReadOnlyList<Strategy> strategies, IRunDisplay display)
    {
        Strategies = strategies;
        var config = inputs.Loaded.Config;
        Session = session;
        var markets = inputs.Loaded.Markets;
        if (markets.Calendars.Count > 1)
        {
            // Several exchanges: each symbol streams its own market's session labelled the date, all in UTC order,
            // from the earliest open (CME's the evening before) to the latest close.
            Clock = new ReplayClock(markets.SessionsOn(session.Date)[0].OpenUtc);
            Feed = new ReplayBarFeed(inputs.Store, markets, session.Date, config.BaseIntervals, Clock);
        }
        else
        {
            Clock = new ReplayClock(session.OpenUtc);
            Feed = new ReplayBarFeed(inputs.Store, session, config.BaseIntervals, Clock);
        }

        Coordinator = new SessionCoordinator(
            config,
            markets,
            inputs.Store,
            Feed,
            Clock,
            catalog: IndicatorCatalog.Default,
            observer: new DisplayObserver(display));
    }

    public TradingSession Session { get; }

    /// <summary>The author's strategies (from --strategies) whose declarations are provisioned before the open.</summary>
    public IReadOnlyList<Strategy> Strategies { get; }

    public ReplayClock Clock { get; }

    public ReplayBarFeed Feed { get; }

    public SessionCoordinator Coordinator { get; }

    /// <summary>How long the pre-session provisioning and the replay took.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Provisions the config's symbols and indicators, and the strategies' declarations, before the open.</summary>
    public async Task<SessionStartReport> StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var report = await Coordinator.StartAsync(Strategies, cancellationToken).ConfigureAwait(false);
        Elapsed += Stopwatch.GetElapsedTime(started);
        return report;
    }

    /// <summary>Replays the session from the open to the close.</summary>
    public async Task ReplayAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Feed.RunAsync(cancellationToken), Coordinator.RunAsync(cancellationToken)).ConfigureAwait(false);
        Elapsed += Stopwatch.GetElapsedTime(started);
    }
}
