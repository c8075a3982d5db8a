namespace Provisioning.Data.Store.ObjectStorage;

/// <summary>
/// A bar store root in object storage, <c>s3://bucket/prefix</c>: the bucket and the key prefix (empty, or ending in
/// '/'). Parsed from config text by <c>ObjectStorageRootRule</c> (src/Shared/Config), the one rule the build, the CLI
/// and the runtime share.
/// </summary>
/// <param name="Bucket">The bucket name.</param>
/// <param name="Prefix">The keys' common start: empty, or ending in '/'.</param>
internal sealed record ObjectStorageRoot(string Bucket, string Prefix)
{
    private const string Scheme = "s3://";

    /// <summary>The root as users write it, <c>s3://bucket/prefix</c> (no final '/').</summary>
    public string Uri => Scheme + Bucket + (Prefix.Length == 0 ? string.Empty : "/" + Prefix.TrimEnd('/'));

    /// <summary>The full <c>s3://</c> name of <paramref name="key"/>.</summary>
    public string NameOf(string key) => Scheme + Bucket + "/" + key;

    /// <summary>The key of a full name this root made, or null when it is not below the root.</summary>
    public string? KeyOf(string name)
    {
        var start = Scheme + Bucket + "/";
        return name.StartsWith(start, System.StringComparison.Ordinal) ? name[start.Length..] : null;
    }
}
