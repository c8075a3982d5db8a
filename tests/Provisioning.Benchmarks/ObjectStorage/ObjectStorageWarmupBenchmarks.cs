using System;
using System.Linq;
using System.Threading.Tasks;
using Amazon.S3;
using BenchmarkDotNet.Attributes;
using Provisioning.Benchmarks.Data;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Data.Store.ObjectStorage;

namespace Provisioning.Benchmarks.ObjectStorage;

/// <summary>
/// Figure 9a: the ten-session warm-up of figure 1b (the last 3,900 one-minute bars before 2024-06-14's close, from a
/// year file of twelve monthly row groups) through a new store each time, as a session's first addition of a symbol
/// reads it: from the local disk (the baseline) and from the local S3 server (s3rver on loopback: a listing, the
/// footer and one row group by ranged GETs), and again from the S3 store once its footer and blocks are cached.
/// The set-up checks that all three read the same bars and that a cold S3 read does not fetch the whole object.
/// </summary>
[Config(typeof(RatioConfig))]
[MemoryDiagnoser]
public class ObjectStorageWarmupBenchmarks
{
    private const int WarmupBars = 10 * 390;
    private static readonly DateTime To = new(2024, 6, 14, 20, 0, 0, DateTimeKind.Utc);

    private TemporaryBarStore? _files;
    private LocalS3Server? _server;
    private IAmazonS3 _client = null!;
    private ObjectStorageRoot _root = null!;
    private ParquetBarStore _cachedStore = null!;
    private string _symbol = string.Empty;

    /// <summary>Writes one symbol's year, uploads it to a new bucket and checks the three reads.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _symbol = BenchmarkData.SymbolNames(1)[0];
        _files = await TemporaryBarStore.CreateAsync(BenchmarkData.YearOfMinutes([_symbol]));
        _server = await LocalS3Server.StartAsync();
        _root = new ObjectStorageRoot(await _server.UploadAsync(_files.Root), string.Empty);
        _client = _server.Client();
        var expected = await DiskWarmup();

        var cold = NewObjectStore(out var source);
        var fromS3 = await cold.ReadLastAsync(_symbol, BenchmarkData.OneMinute, WarmupBars, To);
        var objectBytes = new System.IO.FileInfo(_files.OpenStore(false).FilePath(_symbol, BenchmarkData.OneMinute, 2024)).Length;
        if (!fromS3.SequenceEqual(expected))
        {
            throw new InvalidOperationException("The S3 store's warm-up differs from the disk store's.");
        }

        if (source.Requests.BytesFetched >= objectBytes)
        {
            throw new InvalidOperationException($"The cold S3 warm-up fetched {source.Requests.BytesFetched} bytes of a {objectBytes}-byte object.");
        }

        _cachedStore = NewObjectStore(out _);
        if (!(await S3WarmupCached()).SequenceEqual(expected) || !(await S3Warmup()).SequenceEqual(expected))
        {
            throw new InvalidOperationException("A repeated S3 warm-up differs from the disk store's.");
        }
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

    /// <summary>The baseline: a new store over the local folder (footer read from disk, one row group decoded).</summary>
    [Benchmark(Baseline = true)]
    public async Task<Bar[]> DiskWarmup() =>
        await _files!.OpenStore(withCalendar: true).ReadLastAsync(_symbol, BenchmarkData.OneMinute, WarmupBars, To);

    /// <summary>A new store over the bucket: a listing, the footer and the row group fetched from the server.</summary>
    [Benchmark]
    public async Task<Bar[]> S3Warmup() =>
        await NewObjectStore(out _).ReadLastAsync(_symbol, BenchmarkData.OneMinute, WarmupBars, To);

    /// <summary>The same read again on one S3 store: footer and blocks from its caches, nothing fetched.</summary>
    [Benchmark]
    public async Task<Bar[]> S3WarmupCached() =>
        await _cachedStore.ReadLastAsync(_symbol, BenchmarkData.OneMinute, WarmupBars, To);

    private ParquetBarStore NewObjectStore(out ObjectStorageBarFileSource source) =>
        ObjectStorageBarStore.Create(_root, _client, _server!.Options(), BenchmarkData.Calendar, null, out source);
}
