using System;
using System.IO;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Provisioning.Calendar;
using Provisioning.Config;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Execution;
using Provisioning.Steps.__Internals;
using Provisioning.Data.Feeds;
using Provisioning.Indicators.__Internals;
using Provisioning.Metrics;
using Provisioning.Session;
using Provisioning.Steps;

namespace Provisioning.Hosting;

/// <summary>Registers a provisioning session in a host.</summary>
public static class ProvisioningServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SessionCoordinator"/> (also as <see cref="IProvisioningSession"/>) configured by the
    /// <see cref="SessionConfig"/> bound from <paramref name="configuration"/> (for example the "Provisioning" section
    /// of appsettings.json, or a session.json), with the config's exchange calendar, a Parquet bar store over the
    /// config's data root, and a live feed unless the builder chooses a replay. A config with errors fails the host's
    /// start with each error and its path, as does a <see cref="HistoryLoadOptions"/> minimum outside 0 to 1. In a host
    /// (<c>Host.CreateApplicationBuilder</c>) the session runs as a hosted service: the strategies added with
    /// <see cref="ProvisioningBuilder.AddStrategy{TStrategy}"/> are provisioned before the open, the feed is run, and the
    /// host stops when the session ends. The session reports on the <see cref="ProvisioningMeter"/>, made by the host's
    /// <c>IMeterFactory</c>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The section holding the session config.</param>
    /// <param name="dataRootBase">The folder a relative <c>data.root</c> is relative to; the current directory when null.</param>
    public static ProvisioningBuilder AddProvisioning(this IServiceCollection services, IConfiguration configuration, string? dataRootBase = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Bound through the shared config rules, not the configuration binder, so a bad value is a validation error naming its key.
        services.AddOptions<SessionConfig>().Configure<IndicatorCatalog>((options, catalog) => SessionConfigBinder.Bind(configuration, options, catalog)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SessionConfig>, SessionConfigOptionsValidator>());
        // A configuration that reloads (a session.json with reloadOnChange) reloads the running session: see SessionConfigWatcher.
        services.AddSingleton<IOptionsChangeTokenSource<SessionConfig>>(new ConfigurationChangeTokenSource<SessionConfig>(configuration));
        services.TryAddSingleton<SessionConfigWatcher>();
        services.AddOptions<HistoryLoadOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HistoryLoadOptions>, HistoryLoadOptionsValidator>());
        services.TryAddSingleton(provider => SessionConfigResolver.Resolve(
            provider.GetRequiredService<IOptions<SessionConfig>>().Value,
            SessionConfigBinder.Context(provider.GetRequiredService<IndicatorCatalog>())));
        // The config's markets: its default exchange and each symbol's own; ITradingCalendar is the default's.
        services.TryAddSingleton(provider =>
            SessionMarketsResolver.TryResolve(provider.GetRequiredService<ResolvedSessionConfig>(), dataRootBase, out var markets, out var error)
                ? markets
                : throw new InvalidOperationException(error));
        services.TryAddSingleton(provider => provider.GetRequiredService<SessionMarkets>().Default);
        services.TryAddSingleton<IHistoricalBarStore>(provider =>
        {
            var config = provider.GetRequiredService<ResolvedSessionConfig>();
            var root = config.DataRoot;
            var markets = provider.GetRequiredService<SessionMarkets>();
            if (ConfiguredBarStore.ForObjectStorage(root, config.ObjectStorage, markets) is { } objectStore)
            {
                return objectStore;
            }

            var rooted = Path.IsPathRooted(root) ? root : Path.GetFullPath(Path.Combine(dataRootBase ?? Directory.GetCurrentDirectory(), root));
            return new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = rooted }, markets);
        });
        services.TryAddSingleton(IndicatorCatalog.Default);
        services.TryAddSingleton<IStepDispatcher>(StepDispatcher.Default);
        services.AddMetrics();
        services.TryAddSingleton<ProvisioningMetrics>();
        services.TryAddSingleton(provider =>
        {
            var metrics = provider.GetRequiredService<ProvisioningMetrics>();
            var session = new SessionCoordinator(
                provider.GetRequiredService<ResolvedSessionConfig>(),
                provider.GetRequiredService<SessionMarkets>(),
                provider.GetRequiredService<IHistoricalBarStore>(),
                provider.GetRequiredService<IBarFeed>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetService<ILogger<SessionCoordinator>>(),
                provider.GetRequiredService<IndicatorCatalog>(),
                provider.GetRequiredService<IStepDispatcher>(),
                new ObserverFanOut(new MetricsObserver(metrics), provider.GetService<IProvisioningObserver>()),
                provider,
                provider.GetRequiredService<IOptions<HistoryLoadOptions>>().Value);
            metrics.Watch(session.Data);
            return session;
        });
        services.TryAddSingleton<IProvisioningSession>(provider => provider.GetRequiredService<SessionCoordinator>());
        // Started only by a host (Host.CreateApplicationBuilder); a plain container never runs it.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ProvisioningSessionService>());
        return new ProvisioningBuilder(services).UseLiveFeed();
    }
}
