using System;
using System.Diagnostics.CodeAnalysis;
using Provisioning.Config;

namespace Provisioning.Data.Store.ObjectStorage;

/// <summary>A bar store root in object storage, <c>s3://bucket/prefix</c>: the bucket and the key prefix (empty, or ending in '/').</summary>
/// <param name="Bucket">The bucket name.</param>
/// <param name="Prefix">The keys' common start: empty, or ending in '/'.</param>
internal sealed record ObjectStorageRoot(string Bucket, string Prefix)
{
    /// <summary>The scheme that marks an object-storage root.</summary>
    public const string Scheme = ObjectStorageRootRule.Scheme;

    /// <summary>The root as users write it, <c>s3://bucket/prefix</c> (no final '/').</summary>
    public string Uri => Scheme + Bucket + (Prefix.Length == 0 ? string.Empty : "/" + Prefix.TrimEnd('/'));

    /// <summary>True when <paramref name="root"/> names object storage (starts with <c>s3://</c>, any case).</summary>
    public static bool IsObjectStorage(string? root) => ObjectStorageRootRule.IsObjectStorage(root);

    /// <summary>The full <c>s3://</c> name of <paramref name="key"/>.</summary>
    public string NameOf(string key) => Scheme + Bucket + "/" + key;

    /// <summary>The key of a full name this root made, or null when it is not below the root.</summary>
    public string? KeyOf(string name)
    {
        var start = Scheme + Bucket + "/";
        return name.StartsWith(start, StringComparison.Ordinal) ? name[start.Length..] : null;
    }

    /// <summary>Parses <c>s3://bucket/prefix</c> by the config's rule (<see cref="ObjectStorageRootRule"/>), or says what is wrong with it.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ObjectStorageRoot? root, [NotNullWhen(false)] out string? reason)
    {
        if (ObjectStorageRootRule.TryParse(text, out var bucket, out var prefix, out var why))
        {
            root = new ObjectStorageRoot(bucket, prefix);
            reason = null;
            return true;
        }

        root = null;
        reason = why;
        return false;
    }
}
