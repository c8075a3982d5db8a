using System;
using Provisioning.Calendar;
using Provisioning.Config;
using Provisioning.Data.Store;
using Provisioning.Data.Store.ObjectStorage;

namespace Provisioning.Hosting;

/// <summary>Picks the bar store a config's data root names: object storage for an <c>s3://</c> root, else the caller's folder store.</summary>
internal static class ConfiguredBarStore
{
    /// <summary>
    /// The object-storage store of an <c>s3://</c> <paramref name="root"/>, reached with the config's endpoint, region
    /// and addressing; null when the root is a folder.
    /// </summary>
    /// <exception cref="ArgumentException">The root is <c>s3://</c> but not usable (the message says why).</exception>
    public static ParquetBarStore? ForObjectStorage(string root, ObjectStorageSettings? settings, SessionMarkets markets)
    {
        if (!ObjectStorageRootRule.IsObjectStorage(root))
        {
            return null;
        }

        if (!ObjectStorageRootRule.TryParse(root, out var bucket, out var prefix, out var reason))
        {
            throw new ArgumentException("The data root " + Text.EchoedText.Quote(root) + " is not usable: " + reason, nameof(root));
        }

        return ObjectStorageBarStore.Create(new ObjectStorageRoot(bucket, prefix), new ObjectStorageOptions
        {
            Endpoint = settings?.Endpoint,
            Region = settings?.Region,
            ForcePathStyle = settings?.PathStyle ?? false,
        }, markets.For);
    }
}
