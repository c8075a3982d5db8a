using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Provisioning.Config;
using Provisioning.Execution;
using Provisioning.Data.Feeds;
using Provisioning.Indicators;
using Provisioning.Indicators.__Internals;
using Provisioning.Steps;
using Provisioning.Requirements;
using Provisioning.Session;
using Provisioning.Strategies;
using Provisioning.Text;

namespace Provisioning.Hosting;

/// <summary>
/// A session without a host: <c>await using var session = await ProvisioningSession.StartAsync("session.json",
/// [new MeanReversion()], new() { ReplayDate = date }); await session.RunAsync();</c>. Starting provisions the
/// config's symbols and the strategies' declarations before the open; running replays the day (or every day of a
/// range, <see cref="ProvisioningSessionOptions.ReplayThrough"/>, or reads the live feed) to its end. Additions during the session go through <see cref="IProvisioningSession"/>, which this implements.
/// </summary>
public sealed class ProvisioningSession : IProvisioningSession, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly SessionCoordinator _session;
    private int _ran;

    private ProvisioningSession(ServiceProvider services, SessionCoordinator session, SessionStartReport startReport)
    {
        _services = services;
        _session = session;
        StartReport = startReport;
    }

    /// <summary>What pre-session provisioning did, one result per addition.</summary>
    public SessionStartReport StartReport { get; }

    /// <summary>The session's symbols, bars and indicators.</summary>
    public SessionData Data => _session.Data;

    /// <summary>The session config, resolved.</summary>
    public ResolvedSessionConfig Config => _session.Config;

    /// <summary>The live feed to publish closed bars to; null for a replay.</summary>
    public ChannelBarFeed? LiveFeed => _services.GetRequiredService<IBarFeed>() as ChannelBarFeed;

    /// <summary>The session's services (its clock, store, calendar and metrics).</summary>
    public IServiceProvider Services => _services;

    /// <summary>
    /// Reads the session config at <paramref name="configPath"/> (a session.json; its <c>data.root</c> is relative to
    /// the file's folder) and provisions its symbols and <paramref name="strategies"/>' declarations.
    /// </summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="configPath"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// The config has errors (each at its line and column, as the build reports them), the replay date is no session, or
    /// the replay range is refused (it ends before it starts, holds no session, or reaches beyond the store).
    /// </exception>
    public static Task<ProvisioningSession> StartAsync(
        string configPath,
        IEnumerable<Strategy>? strategies = null,
        ProvisioningSessionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configPath);
        var path = Path.GetFullPath(configPath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No session config at {EchoedText.Inline(path)}; pass the path of a session.json.", path);
        }

        var validation = SessionConfigValidator.Validate(File.ReadAllText(path), SessionConfigBinder.Context(IndicatorCatalog.Default));
        if (validation.HasErrors)
        {
            var errors = validation.Issues.Where(issue => issue.Severity == ConfigIssueSeverity.Error).Select(issue => issue.Format(path));
            throw new InvalidOperationException("The session config has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        var configuration = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: options?.ReloadOnChange == true).Build();
        return StartAsync(configuration, Path.GetDirectoryName(path), strategies, options, cancellationToken);
    }

    /// <summary>
    /// Binds the session config from <paramref name="configuration"/> (a relative <c>data.root</c> is relative to the
    /// current directory) and provisions its symbols and <paramref name="strategies"/>' declarations.
    /// </summary>
    /// <exception cref="InvalidOperationException">The config has errors (each with its key), the replay date is no session, or the replay range is refused.</exception>
    public static Task<ProvisioningSession> StartAsync(
        IConfiguration configuration,
        IEnumerable<Strategy>? strategies = null,
        ProvisioningSessionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return StartAsync(configuration, null, strategies, options, cancellationToken);
    }

    /// <summary>
    /// Runs the session to its end: a replay to the day's close (the last day's, over a range), a live feed until <see cref="ChannelBarFeed.Complete"/>
    /// or <paramref name="cancellationToken"/>. A session runs once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The session already ran.</exception>
    public Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _ran, 1) == 1)
        {
            throw new InvalidOperationException("The session already ran; start a new one to run again.");
        }

        return SessionRun.RunAsync(_services, _session, cancellationToken);
    }

    /// <summary>
    /// Writes a self-contained HTML report of the session so far to <paramref name="path"/>: per symbol, candlestick
    /// charts of its intervals with its indicators, the history/live join, each addition, data quality, and late and
    /// duplicate bars. It opens offline in a browser; call it once the session has run (or failed to).
    /// </summary>
    /// <param name="path">The .html file to write (overwritten).</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    public Task WriteReportAsync(string path, CancellationToken cancellationToken = default) =>
        _session.WriteReportAsync(path, cancellationToken);

    /// <summary>
    /// Reloads the session config from <paramref name="configPath"/>, checked like the file the session started from.
    /// A config with errors (each at its line and column), one that cannot be read, or one that changes the exchange,
    /// the streams or the data store is refused: the session keeps its config and state. A valid one becomes the
    /// session's and is provisioned as a diff: new config symbols are added as <see cref="ProvisionSource.Config"/>,
    /// symbols added ad hoc and now named are upgraded in place, and symbols no longer named are released from the
    /// config's hold (removed unless another requester holds them). The result lists every addition and removal.
    /// </summary>
    public Task<ConfigReloadResult> ReloadAsync(string configPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configPath);
        var path = Path.GetFullPath(configPath);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(_session.RefuseReload([$"Cannot read the session config at {EchoedText.Inline(path)}: {EchoedText.OneLine(e.Message)}"]));
        }

        var validation = SessionConfigValidator.Validate(text, SessionConfigBinder.Context(_session.Catalog));
        if (validation.HasErrors)
        {
            return Task.FromResult(_session.RefuseReload(
                validation.Issues.Where(issue => issue.Severity == ConfigIssueSeverity.Error).Select(issue => issue.Format(path))));
        }

        return _session.ReloadAsync(SessionConfigResolver.Resolve(validation, withPlaces: true), cancellationToken);
    }

    /// <summary>
    /// Reloads the session config from <paramref name="configuration"/>, bound and checked as at the start; see
    /// <see cref="ReloadAsync(string, CancellationToken)"/> for what is refused and what is provisioned.
    /// </summary>
    public Task<ConfigReloadResult> ReloadAsync(IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new SessionConfig();
        SessionConfigBinder.Bind(configuration, options, _session.Catalog);
        return options.BindingErrors.Count > 0
            ? Task.FromResult(_session.RefuseReload(options.BindingErrors.Select(e => e.ToString())))
            : _session.ReloadAsync(SessionConfigResolver.Resolve(options, SessionConfigBinder.Context(_session.Catalog)), cancellationToken);
    }

    /// <summary>The session behind this handle, for tests.</summary>
    internal SessionCoordinator Coordinator => _session;

    /// <inheritdoc />
    public ValueTask<AdditionResult> AddSymbolAsync(string symbol, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        _session.AddSymbolAsync(symbol, source, cancellationToken);

    /// <inheritdoc />
    public ValueTask<AdditionResult> AddBarsAsync(
        string symbol,
        string interval,
        int days = 0,
        bool historicalOnly = false,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default) =>
        _session.AddBarsAsync(symbol, interval, days, historicalOnly, source, cancellationToken);

    /// <inheritdoc />
    public ValueTask<AdditionResult> AddIndicatorAsync(string symbol, IndicatorSpec spec, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        _session.AddIndicatorAsync(symbol, spec, source, cancellationToken);

    /// <inheritdoc />
    public ValueTask<AdditionResult> AddIndicatorAsync(
        string symbol,
        string name,
        IReadOnlyList<IndicatorParameter> parameters,
        string interval,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default) =>
        _session.AddIndicatorAsync(symbol, name, parameters, interval, source, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RemovalResult> RemoveSymbolAsync(string symbol, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        _session.RemoveSymbolAsync(symbol, source, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RemovalResult> RemoveBarsAsync(string symbol, string interval, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        _session.RemoveBarsAsync(symbol, interval, source, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RemovalResult> RemoveIndicatorAsync(string symbol, IndicatorSpec spec, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        _session.RemoveIndicatorAsync(symbol, spec, source, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RemovalResult> RemoveIndicatorAsync(
        string symbol,
        string name,
        IReadOnlyList<IndicatorParameter> parameters,
        string interval,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default) =>
        _session.RemoveIndicatorAsync(symbol, name, parameters, interval, source, cancellationToken);

    /// <summary>Ends the session (a replay stops waiting for it) and releases its store, feed and meter.</summary>
    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static async Task<ProvisioningSession> StartAsync(
        IConfiguration configuration,
        string? dataRootBase,
        IEnumerable<Strategy>? strategies,
        ProvisioningSessionOptions? options,
        CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => options?.Logging?.Invoke(logging));
        var builder = services.AddProvisioning(configuration, dataRootBase);
        if (options?.ReplayDate is { } date)
        {
            builder.UseReplayRange(date, options.ReplayThrough ?? date);
        }
        else if (options?.ReplayThrough is { } through)
        {
            throw new InvalidOperationException(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"ReplayThrough ({through:yyyy-MM-dd}) is the last date of a replay; set ReplayDate to its first date."));
        }

        options?.Configure?.Invoke(builder);
        var provider = services.BuildServiceProvider();
        try
        {
            var session = Resolve(provider);
            if (options?.ReplayThrough is not null)
            {
                await ReplayStoreReach.CheckAsync(provider, cancellationToken).ConfigureAwait(false);
            }

            var report = await session.StartAsync(strategies, cancellationToken).ConfigureAwait(false);
            provider.GetRequiredService<SessionConfigWatcher>().Start();
            return new ProvisioningSession(provider, session, report);
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // Options are validated when first read (a host does it at its start): a bad config is one exception listing each error.
    private static SessionCoordinator Resolve(ServiceProvider provider)
    {
        try
        {
            _ = provider.GetRequiredService<IOptions<SessionConfig>>().Value;
            _ = provider.GetRequiredService<IOptions<HistoryLoadOptions>>().Value;
            _ = provider.GetService<IOptions<LiveFeedOptions>>()?.Value;
        }
        catch (OptionsValidationException failure)
        {
            throw new InvalidOperationException(
                "The session config has errors:" + Environment.NewLine + string.Join(Environment.NewLine, failure.Failures.Select(f => EchoedText.OneLine(f))),
                failure);
        }

        return provider.GetRequiredService<SessionCoordinator>();
    }
}
