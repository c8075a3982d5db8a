using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.IntegrationTests.ObjectStorage;

/// <summary>
/// A loopback TCP proxy in front of the S3 server that, once armed, resets a connection after it has sent the client
/// <see cref="DropAfterBytes"/> bytes: a connection dropped in the middle of a response body.
/// </summary>
internal sealed class DroppingProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private int _drops;

    public DroppingProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _ = AcceptAsync();
    }

    /// <summary>The proxy's endpoint.</summary>
    public string Endpoint => "http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>When set, responses are cut after this many bytes sent while armed.</summary>
    public volatile bool Armed;

    /// <summary>Bytes a connection sends while armed before it is reset.</summary>
    public int DropAfterBytes { get; set; } = 1000;

    /// <summary>Connections reset so far.</summary>
    public int Drops => Volatile.Read(ref _drops);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var server = new TcpClient();
        using (client)
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
                var up = PumpAsync(client.GetStream(), server.GetStream(), null);
                var down = PumpAsync(server.GetStream(), client.GetStream(), client);
                await Task.WhenAny(up, down);
            }
            catch (Exception)
            {
                // A reset connection ends its pumps.
            }
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, TcpClient? dropping)
    {
        var buffer = new byte[8192];
        var sentWhileArmed = 0;
        while (true)
        {
            var n = await from.ReadAsync(buffer, _stop.Token);
            if (n == 0)
            {
                return;
            }

            if (dropping is not null && Armed)
            {
                var allowed = Math.Min(n, DropAfterBytes - sentWhileArmed);
                if (allowed < n)
                {
                    await to.WriteAsync(buffer.AsMemory(0, Math.Max(0, allowed)), _stop.Token);
                    Interlocked.Increment(ref _drops);
                    dropping.Client.LingerState = new LingerOption(true, 0);
                    dropping.Client.Close();
                    return;
                }

                sentWhileArmed += n;
            }

            await to.WriteAsync(buffer.AsMemory(0, n), _stop.Token);
        }
    }
}
