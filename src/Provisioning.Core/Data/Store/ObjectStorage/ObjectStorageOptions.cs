using System;

namespace Provisioning.Data.Store.ObjectStorage;

/// <summary>
/// How the object-storage bar store reaches its bucket and how much it keeps. Credentials are never here: the client
/// takes them from the standard AWS chain (environment, profile, instance role).
/// </summary>
internal sealed class ObjectStorageOptions
{
    /// <summary>The S3-compatible endpoint (MinIO, R2, a local server), e.g. <c>http://127.0.0.1:9000</c>; null for AWS.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The region (AWS), or the signing region of an S3-compatible server; null takes the chain's region.</summary>
    public string? Region { get; set; }

    /// <summary>Path-style addressing (<c>endpoint/bucket/key</c>), which MinIO and most local servers need.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>The unit of ranged reads and of the block cache, in bytes (at least 4 KiB).</summary>
    public int BlockSize { get; set; } = 1 << 20;

    /// <summary>At most this many blocks are cached, so the cache holds at most <see cref="BlockSize"/> × this many bytes.</summary>
    public int CachedBlocks { get; set; } = 64;

    /// <summary>How long a prefix's listing is reused before the bucket is listed again.</summary>
    public TimeSpan ListingLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Tries of one request (the first and the retries) before its failure is reported.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait before the first retry; each next retry waits twice as long (at most 20 times this).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
