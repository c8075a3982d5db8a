using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Provisioning.Data.Store.ObjectStorage;

/// <summary>
/// Bar files as objects under <c>s3://bucket/prefix</c>, in the same Hive layout as on disk. A walk lists its literal
/// prefix (for a series, <c>interval=1m/symbol=AAPL/</c>) once and reuses the listing for
/// <see cref="ObjectStorageOptions.ListingLifetime"/>; versions are the listing's length and ETag, so the store's
/// footer cache is keyed by ETag. Files are read through <see cref="RangedObjectStream"/> with ranged GETs that must
/// match the listed ETag. Transient failures are tried again with doubling waits; cancellation is honoured throughout.
/// </summary>
internal sealed class ObjectStorageBarFileSource : IBarFileSource, IDisposable
{
    private readonly IAmazonS3 _client;
    private readonly ObjectStorageRoot _root;
    private readonly BarPathLayout _layout;
    private readonly ObjectStorageOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, ObjectListing> _listings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, BarFileVersion> _versions = new(StringComparer.Ordinal);

    /// <summary>Creates a source over <paramref name="root"/>, reading through <paramref name="client"/> (which the source disposes).</summary>
    public ObjectStorageBarFileSource(IAmazonS3 client, ObjectStorageRoot root, BarPathLayout layout, ObjectStorageOptions options, TimeProvider? time = null)
    {
        _client = client;
        _root = root;
        _layout = layout;
        _options = options;
        _time = time ?? TimeProvider.System;
        Blocks = new BlockCache(options.CachedBlocks);
    }

    /// <inheritdoc />
    public string Root => _root.Uri;

    /// <summary>What the source has asked the server for.</summary>
    public ObjectRequestCounts Requests { get; } = new();

    /// <summary>The blocks of objects read lately.</summary>
    public BlockCache Blocks { get; }

    /// <summary>A client for <paramref name="options"/>: endpoint, region and addressing from them, credentials from the standard AWS chain.</summary>
    public static IAmazonS3 CreateClient(ObjectStorageOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // The source retries itself (a GET whose body breaks half-way is retried too), with the same waits.
            MaxErrorRetry = 0,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (!string.IsNullOrWhiteSpace(options.Endpoint))
        {
            config.ServiceURL = options.Endpoint;
            if (!string.IsNullOrWhiteSpace(options.Region))
            {
                config.AuthenticationRegion = options.Region;
            }
        }
        else if (!string.IsNullOrWhiteSpace(options.Region))
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }

        return new AmazonS3Client(config);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<LayoutMatch>> FindAsync(string? symbol, string? interval, List<BarFileProblem> problems, CancellationToken cancellationToken)
    {
        var prefix = _root.Prefix + _layout.LiteralPrefix(symbol, interval);
        ObjectListing listing;
        try
        {
            listing = await ListAsync(prefix, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucket" || e.StatusCode == HttpStatusCode.NotFound)
        {
            problems.Add(new BarFileProblem(Root, BarProblemKind.RootMissing, "The bar store root \"" + Root + "\" does not exist: there is no bucket \""
                + _root.Bucket + "\" at " + EndpointText + ". Create it, or point data.root at the bucket that holds the bars."));
            return [];
        }
        catch (Exception e) when (IsFailure(e))
        {
            problems.Add(new BarFileProblem(_root.NameOf(prefix), BarProblemKind.Unreadable,
                "\"" + _root.NameOf(prefix) + "\" cannot be listed: " + Describe(e)));
            return [];
        }

        var found = new List<LayoutMatch>();
        foreach (var key in listing.Objects.Keys)
        {
            if (_layout.MatchRelative(key[_root.Prefix.Length..], symbol, interval) is { } match)
            {
                found.Add(match with { Path = _root.NameOf(key) });
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found;
    }

    /// <inheritdoc />
    public async ValueTask<BarFileVersion?> VersionAsync(string path, CancellationToken cancellationToken)
    {
        var key = _root.KeyOf(path) ?? throw new IOException("\"" + path + "\" is not below the store's root \"" + Root + "\".");
        if (_versions.TryGetValue(key, out var known) && IsFresh(ListingOf(key)))
        {
            return known;
        }

        // The listing of the file's series has expired: list it again (one request for the whole series).
        try
        {
            var listing = await ListAsync(ParentPrefix(key), cancellationToken).ConfigureAwait(false);
            return listing.Objects.TryGetValue(key, out var version) ? version : null;
        }
        catch (Exception e) when (IsFailure(e))
        {
            throw new IOException(Describe(e), e);
        }
    }

    /// <inheritdoc />
    public ValueTask<Stream> OpenReadAsync(string path, BarFileVersion version, CancellationToken cancellationToken)
    {
        var key = _root.KeyOf(path) ?? throw new IOException("\"" + path + "\" is not below the store's root \"" + Root + "\".");
        return new ValueTask<Stream>(new RangedObjectStream(path, version, Blocks, Math.Max(4096, _options.BlockSize),
            (offset, length, token) => FetchAsync(path, key, version, offset, length, token)));
    }

    /// <inheritdoc />
    public string PathOf(string relativePath) => _root.NameOf(_root.Prefix + relativePath);

    /// <inheritdoc />
    public void ClearCache()
    {
        _listings.Clear();
        _versions.Clear();
        Blocks.Clear();
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private string EndpointText => string.IsNullOrWhiteSpace(_options.Endpoint) ? "AWS" : "\"" + _options.Endpoint + "\"";

    /// <summary>The listing of <paramref name="prefix"/>, from the cache while it is fresh.</summary>
    private async Task<ObjectListing> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        if (_listings.TryGetValue(prefix, out var cached) && IsFresh(cached))
        {
            return cached;
        }

        var objects = new Dictionary<string, BarFileVersion>(StringComparer.Ordinal);
        string? continuation = null;
        do
        {
            var request = new ListObjectsV2Request { BucketName = _root.Bucket, Prefix = prefix, ContinuationToken = continuation };
            var page = await WithRetryAsync(
                async token =>
                {
                    var response = await _client.ListObjectsV2Async(request, token).ConfigureAwait(false);
                    Requests.AddList();
                    return response;
                },
                cancellationToken).ConfigureAwait(false);
            foreach (var item in page.S3Objects ?? [])
            {
                objects[item.Key] = new BarFileVersion(item.Size ?? 0, item.ETag ?? string.Empty);
            }

            continuation = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (continuation is not null);

        var listing = new ObjectListing(objects, _time.GetUtcNow());
        _listings[prefix] = listing;
        foreach (var key in _versions.Keys)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && !objects.ContainsKey(key))
            {
                _versions.TryRemove(key, out _);
            }
        }

        foreach (var (key, version) in objects)
        {
            _versions[key] = version;
        }

        return listing;
    }

    private ObjectListing? ListingOf(string key)
    {
        ObjectListing? newest = null;
        foreach (var (prefix, listing) in _listings)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && (newest is null || listing.ListedAt > newest.ListedAt))
            {
                newest = listing;
            }
        }

        return newest;
    }

    private bool IsFresh(ObjectListing? listing) => listing is not null && _time.GetUtcNow() - listing.ListedAt < _options.ListingLifetime;

    private static string ParentPrefix(string key)
    {
        var slash = key.LastIndexOf('/');
        return slash < 0 ? string.Empty : key[..(slash + 1)];
    }

    /// <summary>Bytes [offset, offset + length) of <paramref name="key"/> at <paramref name="version"/>, or the store's error naming the object.</summary>
    private async Task<byte[]> FetchAsync(string name, string key, BarFileVersion version, long offset, int length, CancellationToken cancellationToken)
    {
        try
        {
            return await WithRetryAsync(
                async token =>
                {
                    var request = new GetObjectRequest
                    {
                        BucketName = _root.Bucket,
                        Key = key,
                        ByteRange = new ByteRange(offset, offset + length - 1),
                        EtagToMatch = string.IsNullOrEmpty(version.Stamp) ? null : version.Stamp,
                    };
                    using var response = await _client.GetObjectAsync(request, token).ConfigureAwait(false);
                    var buffer = new byte[length];
                    var read = 0;
                    var body = response.ResponseStream;
                    while (read < length)
                    {
                        var n = await body.ReadAsync(buffer.AsMemory(read), token).ConfigureAwait(false);
                        if (n == 0)
                        {
                            break;
                        }

                        read += n;
                    }

                    Requests.AddGet(read);
                    if (read < length)
                    {
                        throw new ShortReadException("the server sent " + read + " of the " + length + " bytes asked for (bytes "
                            + offset + " to " + (offset + length - 1) + " of " + version.Length + ").");
                    }

                    return buffer;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.StatusCode is HttpStatusCode.NotFound || e.ErrorCode == "NoSuchKey")
        {
            Forget(key);
            throw new BarStoreException(new BarFileProblem(name, BarProblemKind.Unreadable,
                "\"" + name + "\" no longer exists (it was listed, then removed); list the store again."), e);
        }
        catch (AmazonS3Exception e) when (e.StatusCode is HttpStatusCode.PreconditionFailed)
        {
            Forget(key);
            throw new BarStoreException(new BarFileProblem(name, BarProblemKind.Unreadable,
                "\"" + name + "\" changed while it was being read (its ETag is no longer " + version.Stamp + "); read it again."), e);
        }
        catch (Exception e) when (IsFailure(e))
        {
            throw new BarStoreException(new BarFileProblem(name, BarProblemKind.Unreadable,
                "\"" + name + "\" cannot be read (bytes " + offset + " to " + (offset + length - 1) + ", after "
                + Math.Max(1, _options.MaxAttempts) + " tries): " + Describe(e)), e);
        }
    }

    private void Forget(string key)
    {
        _versions.TryRemove(key, out _);
        _listings.TryRemove(ParentPrefix(key), out _);
    }

    /// <summary>Runs <paramref name="request"/>, trying transient failures again after doubling waits.</summary>
    private async Task<T> WithRetryAsync<T>(Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, _options.MaxAttempts);
        var delay = _options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await request(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < attempts && IsTransient(e, cancellationToken))
            {
                Requests.AddRetry();
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.RetryDelay.Ticks * 20));
            }
        }
    }

    private static bool IsTransient(Exception e, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested, // a timeout, not the caller
        AmazonS3Exception s3 => (int)s3.StatusCode >= 500 || s3.StatusCode == HttpStatusCode.TooManyRequests || s3.ErrorCode == "SlowDown",
        AmazonServiceException service => service.InnerException is HttpRequestException or IOException || (int)service.StatusCode >= 500,
        AmazonClientException client => client.InnerException is HttpRequestException or IOException,
        HttpRequestException or IOException => true,
        _ => false,
    };

    private static bool IsFailure(Exception e) =>
        e is AmazonServiceException or AmazonClientException or HttpRequestException or IOException
        || e is OperationCanceledException && e.InnerException is TimeoutException;

    private static string Describe(Exception e)
    {
        var message = e is AmazonServiceException { ErrorCode: { Length: > 0 } code } service
            ? code + " (HTTP " + (int)service.StatusCode + "): " + service.Message
            : e.Message;
        for (var inner = e.InnerException; inner is not null && inner.InnerException is not null && message.Length < 300; inner = inner.InnerException)
        {
            message += " " + inner.Message;
        }

        return message;
    }

    /// <summary>A GET whose body ended before the bytes asked for: the connection dropped, or the object shrank.</summary>
    private sealed class ShortReadException(string message) : IOException(message);
}
