using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Provisioning.Cli.Cluster;

/// <summary>
/// An Orleans client connected to the silos of a <see cref="ClusterAddress"/> (static gateways), for the length of one
/// <c>provision run --dates --cluster</c>. Its logging is off: the command reports what went wrong itself.
/// </summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    /// <summary>How long one replay may take before the client gives up on it (Orleans' default of 30 s is too short for a session).</summary>
    public static readonly TimeSpan ReplayTimeout = TimeSpan.FromHours(1);

    private readonly IHost _host;

    private ClusterConnection(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The client's grain factory.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>Connects to <paramref name="address"/>; throws what Orleans throws when no gateway answers.</summary>
    public static async Task<ClusterConnection> ConnectAsync(ClusterAddress address, CancellationToken cancellationToken)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client
            .UseStaticClustering([.. address.Gateways])
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = address.ClusterId;
                o.ServiceId = address.ServiceId;
            })
            .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ReplayTimeout));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            return new ClusterConnection(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _host.Dispose();
        }
    }
}
