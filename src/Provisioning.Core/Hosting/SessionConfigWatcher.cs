using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Provisioning.Config;
using Provisioning.Execution;
using Provisioning.Indicators.__Internals;
using Provisioning.Session;

namespace Provisioning.Hosting;

/// <summary>
/// Reloads the running session when its configuration changes (a session.json added with <c>reloadOnChange: true</c>).
/// It listens to the change tokens that drive <c>IOptionsMonitor&lt;SessionConfig&gt;</c> and builds the new options
/// through the same options factory, binder and validator, rather than through the monitor itself: the monitor throws
/// on an invalid config before any listener hears of it, and an invalid config must be refused with its errors while
/// the session keeps the old one. Started once the session has provisioned its start, so a reload never races it.
/// </summary>
internal sealed class SessionConfigWatcher : IDisposable
{
    private readonly SessionCoordinator _session;
    private readonly IEnumerable<IOptionsChangeTokenSource<SessionConfig>> _sources;
    private readonly IOptionsFactory<SessionConfig> _factory;
    private readonly SessionConfigValidationContext _context;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<IDisposable> _registrations = [];
    private Task _latest = Task.CompletedTask;
    private int _started;

    public SessionConfigWatcher(
        SessionCoordinator session,
        IEnumerable<IOptionsChangeTokenSource<SessionConfig>> sources,
        IOptionsFactory<SessionConfig> factory,
        IndicatorCatalog catalog,
        ILogger<SessionConfigWatcher>? logger = null)
    {
        _session = session;
        _sources = sources;
        _factory = factory;
        _context = SessionConfigBinder.Context(catalog);
        _logger = logger ?? NullLogger<SessionConfigWatcher>.Instance;
    }

    /// <summary>Starts reacting to configuration changes; later calls do nothing.</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }

        foreach (var source in _sources)
        {
            if (source.Name == Options.DefaultName)
            {
                _registrations.Add(ChangeToken.OnChange(source.GetChangeToken, OnChanged));
            }
        }
    }

    /// <summary>Binds the configuration as it is now and reloads the session with it (refused with its errors when invalid).</summary>
    public Task<ConfigReloadResult> ReloadAsync(CancellationToken cancellationToken)
    {
        SessionConfig options;
        try
        {
            options = _factory.Create(Options.DefaultName);
        }
        catch (OptionsValidationException invalid)
        {
            return Task.FromResult(_session.RefuseReload(invalid.Failures));
        }

        return _session.ReloadAsync(SessionConfigResolver.Resolve(options, _context), cancellationToken);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stopping.Cancel();
        _stopping.Dispose();
    }

    // Runs on the configuration's change callback: the reload goes on in the background, one after the other.
    private void OnChanged()
    {
        lock (_registrations)
        {
            _latest = _latest.ContinueWith(_ => ReloadQuietlyAsync(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    private async Task ReloadQuietlyAsync()
    {
        try
        {
            await ReloadAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        catch (Exception e)
        {
            // A bug, not a bad config (that is a refusal): logged, and the session goes on with the config it has.
            HostingLog.ReloadFailed(_logger, e);
        }
    }
}
