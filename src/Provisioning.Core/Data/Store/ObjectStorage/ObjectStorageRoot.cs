using System;
using System.Diagnostics.CodeAnalysis;

namespace Provisioning.Data.Store.ObjectStorage;

/// <summary>A bar store root in object storage, <c>s3://bucket/prefix</c>: the bucket and the key prefix (empty, or ending in '/').</summary>
/// <param name="Bucket">The bucket name.</param>
/// <param name="Prefix">The keys' common start: empty, or ending in '/'.</param>
internal sealed record ObjectStorageRoot(string Bucket, string Prefix)
{
    /// <summary>The scheme that marks an object-storage root.</summary>
    public const string Scheme = "s3://";

    /// <summary>The root as users write it, <c>s3://bucket/prefix</c> (no final '/').</summary>
    public string Uri => Scheme + Bucket + (Prefix.Length == 0 ? string.Empty : "/" + Prefix.TrimEnd('/'));

    /// <summary>True when <paramref name="root"/> names object storage (starts with <c>s3://</c>, any case).</summary>
    public static bool IsObjectStorage(string? root) => root is not null && root.TrimStart().StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>The full <c>s3://</c> name of <paramref name="key"/>.</summary>
    public string NameOf(string key) => Scheme + Bucket + "/" + key;

    /// <summary>The key of a full name this root made, or null when it is not below the root.</summary>
    public string? KeyOf(string name)
    {
        var start = Scheme + Bucket + "/";
        return name.StartsWith(start, StringComparison.Ordinal) ? name[start.Length..] : null;
    }

    /// <summary>Parses <c>s3://bucket/prefix</c>, or says what is wrong with it.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ObjectStorageRoot? root, [NotNullWhen(false)] out string? reason)
    {
        root = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (!IsObjectStorage(trimmed))
        {
            reason = "an object-storage root starts with \"s3://\", e.g. \"s3://my-bars/prefix\".";
            return false;
        }

        var rest = trimmed[Scheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? string.Empty : rest[(slash + 1)..].Trim('/');
        if (!IsBucketName(bucket))
        {
            reason = "the bucket name after \"s3://\" must be 3 to 63 lower-case letters, digits, '.' or '-', starting and ending with a letter or digit.";
            return false;
        }

        if (prefix.Contains("//", StringComparison.Ordinal) || prefix.Contains('\\', StringComparison.Ordinal))
        {
            reason = "the prefix after the bucket must not hold \"//\" or '\\'.";
            return false;
        }

        root = new ObjectStorageRoot(bucket, prefix.Length == 0 ? string.Empty : prefix + "/");
        reason = null;
        return true;
    }

    private static bool IsBucketName(string name)
    {
        if (name.Length is < 3 or > 63 || !char.IsAsciiLetterLower(name[0]) && !char.IsAsciiDigit(name[0])
            || !char.IsAsciiLetterLower(name[^1]) && !char.IsAsciiDigit(name[^1]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '.' && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
