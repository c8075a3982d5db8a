using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Provisioning.Data.Store.ObjectStorage;

namespace Provisioning.IntegrationTests.ObjectStorage;

/// <summary>
/// A real S3-protocol server on loopback: <c>s3rver</c> (npm), installed under <c>.tools/s3rver</c> by
/// <c>.ci/steps/s3rver.sh</c>, started on a free port in a temporary folder and stopped with the fixture. Credentials
/// reach the store the standard way, through the AWS environment variables (s3rver's own S3RVER/S3RVER).
/// </summary>
public sealed class S3rverFixture : IAsyncLifetime
{
    /// <summary>The path of s3rver's entry script below the repository.</summary>
    public const string ScriptPath = ".tools/s3rver/node_modules/s3rver/bin/s3rver.js";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "prv-s3rver-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? _server;

    /// <summary>The server's endpoint, <c>http://127.0.0.1:port</c>.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>The server's port.</summary>
    public int Port { get; private set; }

    /// <summary>Options that reach this server (path-style, no credentials: they come from the environment).</summary>
    internal ObjectStorageOptions Options(string? endpoint = null) => new()
    {
        Endpoint = endpoint ?? Endpoint,
        Region = "us-east-1",
        ForcePathStyle = true,
        BlockSize = 64 * 1024,
        CachedBlocks = 256,
        MaxAttempts = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    /// <summary>A client for uploads and removals in tests.</summary>
    internal IAmazonS3 Client(string? endpoint = null) => ObjectStorageBarFileSource.CreateClient(Options(endpoint));

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var script = Path.Combine(RepositoryLayout.Root, ScriptPath);
        if (!File.Exists(script))
        {
            throw new InvalidOperationException("s3rver is not installed at " + script + "; run `bash .ci/steps/s3rver.sh` (CI does).");
        }

        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "S3RVER");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "S3RVER");
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        Directory.CreateDirectory(_directory);
        Port = FreePort();
        Endpoint = "http://127.0.0.1:" + Port;
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, "-d", _directory, "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--no-vhost-buckets" })
        {
            start.ArgumentList.Add(argument);
        }

        _server = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        using var client = Client();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await client.ListBucketsAsync();
                return;
            }
            catch (Exception) when (attempt < 100 && !_server.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Creates a bucket with a fresh name (each test its own, so tests never see each other's objects).</summary>
    public async Task<string> NewBucketAsync()
    {
        var name = "bars-" + Guid.NewGuid().ToString("N")[..12];
        using var client = Client();
        await client.PutBucketAsync(new PutBucketRequest { BucketName = name });
        return name;
    }

    /// <summary>Uploads every file below <paramref name="folder"/> to <paramref name="bucket"/> under <paramref name="prefix"/>, keys with '/'.</summary>
    public async Task UploadTreeAsync(string folder, string bucket, string prefix)
    {
        using var client = Client();
        foreach (var file in Directory.GetFiles(folder, "*.parquet", SearchOption.AllDirectories))
        {
            var key = prefix + Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, FilePath = file, UseChunkEncoding = false });
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(5000);
        }

        _server?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by the exiting server: the temporary folder is cleaned by the OS.
        }

        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The tests that share one s3rver.</summary>
[CollectionDefinition(Name)]
public sealed class S3rverCollection : ICollectionFixture<S3rverFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "s3rver";
}
