using System;

namespace Provisioning.Config;

/// <summary>
/// The one rule for an object-storage data root, <c>s3://bucket/prefix</c>, shared by the build, the CLI and the
/// runtime: a bucket name as S3 allows it, then an optional key prefix.
/// </summary>
internal static class ObjectStorageRootRule
{
    /// <summary>The scheme that marks an object-storage root.</summary>
    public const string Scheme = "s3://";

    /// <summary>True when <paramref name="root"/> names object storage (starts with <c>s3://</c>, any case).</summary>
    public static bool IsObjectStorage(string? root) =>
        root is not null && root.TrimStart().StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Splits <c>s3://bucket/prefix</c> into the bucket and the prefix (empty, or ending in '/'), or says what is wrong
    /// (a sentence to follow "The data root ... is not usable: ").
    /// </summary>
    public static bool TryParse(string? text, out string bucket, out string prefix, out string reason)
    {
        bucket = prefix = reason = string.Empty;
        var trimmed = text == null ? string.Empty : text.Trim();
        if (!IsObjectStorage(trimmed))
        {
            reason = "an object-storage root starts with \"s3://\", such as \"s3://my-bars/minute\".";
            return false;
        }

        var rest = trimmed.Substring(Scheme.Length);
        var slash = rest.IndexOf('/');
        var name = slash < 0 ? rest : rest.Substring(0, slash);
        var keys = slash < 0 ? string.Empty : rest.Substring(slash + 1).Trim('/');
        if (!IsBucketName(name))
        {
            reason = "the bucket name after \"s3://\" must be 3 to 63 lower-case letters, digits, '.' or '-', starting and ending with a letter or digit.";
            return false;
        }

        if (keys.IndexOf("//", StringComparison.Ordinal) >= 0 || keys.IndexOf('\\') >= 0)
        {
            reason = "the prefix after the bucket must not hold \"//\" or '\\'.";
            return false;
        }

        bucket = name;
        prefix = keys.Length == 0 ? string.Empty : keys + "/";
        return true;
    }

    /// <summary>True when <paramref name="endpoint"/> is an absolute http or https URL (an S3-compatible server).</summary>
    public static bool IsEndpoint(string endpoint) =>
        Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https") && uri.Host.Length > 0;

    /// <summary>True when <paramref name="region"/> looks like a region name (lower-case letters, digits and '-').</summary>
    public static bool IsRegion(string region)
    {
        if (region.Length is 0 or > 40)
        {
            return false;
        }

        foreach (var c in region)
        {
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBucketName(string name)
    {
        if (name.Length is < 3 or > 63 || !IsLowerOrDigit(name[0]) || !IsLowerOrDigit(name[name.Length - 1]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsLowerOrDigit(c) && c != '.' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
