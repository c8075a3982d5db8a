using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.S3;
using BenchmarkDotNet.Attributes;
using Provisioning.Benchmarks.Burst;
using Provisioning.Benchmarks.Data;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Data.Store.ObjectStorage;

namespace Provisioning.Benchmarks.ObjectStorage;

/// <summary>
/// Figure 9b: figure 2's mid-session burst (SMA(20)@5m, RSI(14)@15m and EMA(50)@1h for each added symbol at 11:00 on
/// 2024-12-03, all at once, in a session streaming ten config symbols) with the session's store on the local disk (the
/// baseline) and on the local S3 server (s3rver on loopback, the same files uploaded). Each run starts a new session
/// with a new store, so every file's listing and footer are fetched again. The set-up runs one burst of each.
/// </summary>
[Config(typeof(RatioConfig))]
[MemoryDiagnoser]
[InvocationCount(1, 1)] // A burst needs a new session per run (iteration set-up).
public class ObjectStorageBurstBenchmarks
{
    private TemporaryBarStore? _files;
    private LocalS3Server? _server;
    private IAmazonS3 _client = null!;
    private ObjectStorageRoot _root = null!;
    private BurstSession _session = null!;
    private IReadOnlyList<string> _burstSymbols = [];

    /// <summary>Symbols added in the burst (fewer than figure 2's 500: s3rver answers one request at a time).</summary>
    public static int Symbols => SmokeMode.IsOn ? 5 : 100;

    /// <summary>Writes the files, uploads them to a new bucket and runs one burst on each store.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        (_session, _files, _burstSymbols) = await BurstSession.CreateAsync(SmokeMode.IsOn ? 2 : 10, Symbols);
        _server = await LocalS3Server.StartAsync();
        _root = new ObjectStorageRoot(await _server.UploadAsync(_files.Root), string.Empty);
        _client = _server.Client();
        StartOnDisk();
        await DiskBurst();
        _session.Stop();
        StartOnObjectStorage();
        await S3Burst();
        _session.Stop();
    }

    /// <summary>Stops the server and deletes the files.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _files?.Dispose();
    }

    /// <summary>A new session over a new disk store.</summary>
    [IterationSetup(Target = nameof(DiskBurst))]
    public void StartOnDisk() => _session.Start(_files!.OpenStore(withCalendar: true));

    /// <summary>A new session over a new S3 store.</summary>
    [IterationSetup(Target = nameof(S3Burst))]
    public void StartOnObjectStorage() =>
        _session.Start(ObjectStorageBarStore.Create(_root, _client, _server!.Options(), BenchmarkData.Calendar, null, out _));

    /// <summary>Stops the session.</summary>
    [IterationCleanup]
    public void StopSession() => _session.Stop();

    /// <summary>The baseline: the burst with the bars on the local disk.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> DiskBurst() => _session.BurstAsync(_burstSymbols, BurstSession.PerSymbol);

    /// <summary>The burst with the bars on the local S3 server.</summary>
    [Benchmark]
    public Task<int> S3Burst() => _session.BurstAsync(_burstSymbols, BurstSession.PerSymbol);
}
