using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Provisioning.Data.Store.ObjectStorage;
using Provisioning.TestSupport;

namespace Provisioning.Benchmarks.ObjectStorage;

/// <summary>
/// The local S3 server of the object-storage benchmarks: <c>s3rver</c> (npm) from <c>.tools/s3rver</c> (installed by
/// <c>.ci/steps/s3rver.sh</c>), on a free loopback port over a temporary folder, stopped on dispose. Started the way the
/// integration tests' fixture starts it; credentials reach the store through the AWS environment variables.
/// </summary>
internal sealed class LocalS3Server : IAsyncDisposable
{
    private const string ScriptPath = ".tools/s3rver/node_modules/s3rver/bin/s3rver.js";

    private readonly string _directory;
    private readonly Process _server;

    private LocalS3Server(Process server, string directory, string endpoint)
    {
        _server = server;
        _directory = directory;
        Endpoint = endpoint;
    }

    /// <summary>The server's endpoint, <c>http://127.0.0.1:port</c>.</summary>
    public string Endpoint { get; }

    /// <summary>
    /// Options of a store reaching this server: path-style, 64 KiB blocks (as the integration tests: a year file of one
    /// symbol is 2 MB, which the default 1 MiB blocks would fetch whole) and up to 256 of them cached.
    /// </summary>
    public ObjectStorageOptions Options() => new()
    {
        Endpoint = Endpoint,
        Region = "us-east-1",
        ForcePathStyle = true,
        BlockSize = 64 * 1024,
        CachedBlocks = 256,
        MaxAttempts = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    /// <summary>A new client of this server.</summary>
    public IAmazonS3 Client() => ObjectStorageBarFileSource.CreateClient(Options());

    /// <summary>Starts the server and waits until it answers.</summary>
    public static async Task<LocalS3Server> StartAsync()
    {
        var script = Path.Combine(RepositoryLayout.Root, ScriptPath);
        if (!File.Exists(script))
        {
            throw new InvalidOperationException("s3rver is not installed at " + script + "; run `bash .ci/steps/s3rver.sh`.");
        }

        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "S3RVER");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "S3RVER");
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        var port = FreePort();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var directory = Path.Combine(Path.GetTempPath(), "provisioning-benchmarks-s3-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        foreach (var argument in new[] { script, "-d", directory, "-a", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "--silent", "--no-vhost-buckets" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new LocalS3Server(process, directory, "http://127.0.0.1:" + port);
        using var client = server.Client();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await client.ListBucketsAsync();
                return server;
            }
            catch (Exception) when (attempt < 100 && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>A new bucket holding every Parquet file below <paramref name="folder"/> at the same relative keys.</summary>
    public async Task<string> UploadAsync(string folder)
    {
        var bucket = "bars-" + Guid.NewGuid().ToString("N")[..12];
        using var client = Client();
        await client.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
        foreach (var file in Directory.GetFiles(folder, "*.parquet", SearchOption.AllDirectories))
        {
            var key = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, FilePath = file, UseChunkEncoding = false });
        }

        return bucket;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(5000);
        }

        _server.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by the exiting server: the temporary folder is cleaned by the system.
        }

        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
