using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Config;
using Provisioning.Data.Feeds;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Steps;
using Provisioning.Strategies;

namespace Provisioning.Hosting;

/// <summary>Chooses the feed, clock and observer of the session that <c>AddProvisioning</c> registers.</summary>
public sealed class ProvisioningBuilder
{
    internal ProvisioningBuilder(IServiceCollection services)
    {
        Services = services;
    }

    // The TimeProvider registration UseReplay added (the replay clock), which a later Use… call removes.
    private ServiceDescriptor? _replayTime;

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Replays the stored bars of the session on <paramref name="sessionDate"/> as the session's feed, with a replay
    /// clock standing at that session's open. This is the default a session runs on without a server.
    /// </summary>
    /// <param name="sessionDate">The session date to replay (each exchange's session labelled that date, CME's opening the evening before); a session on at least one of the config's exchanges.</param>
    /// <param name="pausePerStep">Real time to wait per replayed step; zero replays as fast as possible.</param>
    public ProvisioningBuilder UseReplay(DateOnly sessionDate, TimeSpan pausePerStep = default) =>
        UseReplayRange(sessionDate, sessionDate, pausePerStep);

    /// <summary>
    /// Replays every session from <paramref name="firstDate"/> to <paramref name="lastDate"/> (both inclusive) as one
    /// session left running, a backtest: provisioned once before the first open, with history and warm-up as of that
    /// day, then each session replayed in order (every market's, in UTC order) with series, aggregators, indicators and
    /// strategies carried from one day to the next. The replay clock stands at the first open.
    /// </summary>
    /// <param name="firstDate">The first session date replayed.</param>
    /// <param name="lastDate">The last session date replayed; on or after <paramref name="firstDate"/>.</param>
    /// <param name="pausePerStep">Real time to wait per replayed step; zero replays as fast as possible.</param>
    public ProvisioningBuilder UseReplayRange(DateOnly firstDate, DateOnly lastDate, TimeSpan pausePerStep = default)
    {
        RemoveFeeds();
        Services.AddSingleton(provider => ReplayDays(provider, firstDate, lastDate));
        Services.AddSingleton(provider => new ReplayClock(provider.GetRequiredService<IReadOnlyList<ReplayDay>>()[0].OpenUtc));
        _replayTime = ServiceDescriptor.Singleton<TimeProvider>(provider => provider.GetRequiredService<ReplayClock>());
        Services.Add(_replayTime);
        Services.AddSingleton(provider =>
        {
            return new ReplayBarFeed(
                provider.GetRequiredService<IHistoricalBarStore>(),
                provider.GetRequiredService<IReadOnlyList<ReplayDay>>(),
                provider.GetRequiredService<ResolvedSessionConfig>().BaseIntervals,
                provider.GetRequiredService<ReplayClock>(),
                pausePerStep);
        });
        Services.AddSingleton<IBarFeed>(provider => provider.GetRequiredService<ReplayBarFeed>());
        return this;
    }

    // Every market of the session: each date replays from the earliest of its sessions; a bad range is the host's error.
    private static IReadOnlyList<ReplayDay> ReplayDays(IServiceProvider provider, DateOnly firstDate, DateOnly lastDate) =>
        ReplayDay.TryBetween(provider.GetRequiredService<SessionMarkets>(), firstDate, lastDate, out var days, out var error)
            ? days
            : throw new InvalidOperationException(error);

    /// <summary>
    /// Uses a live feed that the host fills: resolve <see cref="ChannelBarFeed"/> and call
    /// <see cref="ChannelBarFeed.Publish"/> with each closed bar from the broker or vendor. The clock is the system clock.
    /// While the session runs, derived bars close on the clock at each base-bar boundary plus
    /// <see cref="LiveFeedOptions.BarCloseGrace"/>, even for a symbol whose last base bar of the bucket never comes.
    /// </summary>
    /// <param name="configure">Sets the live feed's options (the bar-close grace); the defaults when null.</param>
    public ProvisioningBuilder UseLiveFeed(Action<LiveFeedOptions>? configure = null)
    {
        RemoveFeeds();
        var options = Services.AddOptions<LiveFeedOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LiveFeedOptions>, LiveFeedOptionsValidator>());
        Services.TryAddSingleton(TimeProvider.System);
        Services.AddSingleton(provider => new ChannelBarFeed(
            provider.GetRequiredService<ResolvedSessionConfig>().BaseIntervals,
            provider.GetRequiredService<IOptions<LiveFeedOptions>>().Value.BarCloseGrace));
        Services.AddSingleton<IBarFeed>(provider => provider.GetRequiredService<ChannelBarFeed>());
        return this;
    }

    /// <summary>
    /// Sets how much of the expected history an addition must load (<see cref="HistoryLoadOptions.MinimumLoadedFraction"/>,
    /// 0.9 by default); a value outside 0 to 1 fails the host's start.
    /// </summary>
    public ProvisioningBuilder WithHistoryLoad(Action<HistoryLoadOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>Reports every addition's requirements, plan, progress and steps, and every removal's result, to <paramref name="observer"/>.</summary>
    public ProvisioningBuilder AddObserver(IProvisioningObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        Services.RemoveAll<IProvisioningObserver>();
        Services.AddSingleton(observer);
        return this;
    }

    /// <summary>Reports every addition's requirements, plan, progress and steps, and every removal's result, to <typeparamref name="TObserver"/>.</summary>
    public ProvisioningBuilder AddObserver<TObserver>()
        where TObserver : class, IProvisioningObserver
    {
        Services.RemoveAll<IProvisioningObserver>();
        Services.AddSingleton<IProvisioningObserver, TObserver>();
        return this;
    }

    /// <summary>
    /// Registers a strategy, created by the container (its constructor may take services), whose declared bars and
    /// indicators the hosted session provisions for every config symbol before the open. Adding one type twice registers it once.
    /// </summary>
    public ProvisioningBuilder AddStrategy<TStrategy>()
        where TStrategy : Strategy
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<Strategy, TStrategy>());
        return this;
    }

    /// <summary>Registers a strategy instance, whose declared bars and indicators the hosted session provisions before the open.</summary>
    public ProvisioningBuilder AddStrategy(Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        Services.AddSingleton(strategy);
        return this;
    }

    /// <summary>
    /// Forgets the feed a previous Use… call registered, and the replay's clock, so the last choice is the only one. A
    /// <see cref="TimeProvider"/> the host registered itself (a fake clock in a test) is kept.
    /// </summary>
    private void RemoveFeeds()
    {
        Services.RemoveAll<IBarFeed>();
        if (_replayTime is not null)
        {
            Services.Remove(_replayTime);
            _replayTime = null;
        }

        Services.RemoveAll<ReplayBarFeed>();
        Services.RemoveAll<ReplayClock>();
        Services.RemoveAll<IReadOnlyList<ReplayDay>>();
        Services.RemoveAll<ChannelBarFeed>();
    }
}
