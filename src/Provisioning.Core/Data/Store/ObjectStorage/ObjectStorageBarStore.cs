using System;
using Provisioning.Calendar;

namespace Provisioning.Data.Store.ObjectStorage;

/// <summary>
/// Makes the object-storage bar store: a <see cref="ParquetBarStore"/> (same layout, reads, caching and errors as on
/// disk) over an <see cref="ObjectStorageBarFileSource"/>.
/// </summary>
internal static class ObjectStorageBarStore
{
    /// <summary>A store over <paramref name="root"/> (<c>s3://bucket/prefix</c>) reached as <paramref name="options"/> say.</summary>
    /// <exception cref="ArgumentException">The root or the store options are invalid (the message says why).</exception>
    public static ParquetBarStore Create(string root, ObjectStorageOptions options, ITradingCalendar? calendar = null, ParquetBarStoreOptions? storeOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!ObjectStorageRoot.TryParse(root, out var parsed, out var reason))
        {
            throw new ArgumentException("The data root \"" + root + "\" is not an object-storage root: " + reason, nameof(root));
        }

        return Create(parsed, ObjectStorageBarFileSource.CreateClient(options), options, calendar, storeOptions, out _);
    }

    /// <summary>
    /// The store a config's data root names: over object storage for an <c>s3://</c> root (with the config's endpoint,
    /// region and addressing), else null (the caller makes the local store).
    /// </summary>
    /// <exception cref="ArgumentException">The root is <c>s3://</c> but not usable (the message says why).</exception>
    public static ParquetBarStore? ForConfig(string root, Config.ObjectStorageSettings? settings, ITradingCalendar? calendar) =>
        ObjectStorageRoot.IsObjectStorage(root)
            ? Create(root, new ObjectStorageOptions
            {
                Endpoint = settings?.Endpoint,
                Region = settings?.Region,
                ForcePathStyle = settings?.PathStyle ?? false,
            }, calendar)
            : null;

    /// <summary>A store over <paramref name="root"/> through <paramref name="client"/>; <paramref name="source"/> is its source (for its request counts).</summary>
    public static ParquetBarStore Create(
        ObjectStorageRoot root,
        Amazon.S3.IAmazonS3 client,
        ObjectStorageOptions options,
        ITradingCalendar? calendar,
        ParquetBarStoreOptions? storeOptions,
        out ObjectStorageBarFileSource source)
    {
        var settings = storeOptions ?? new ParquetBarStoreOptions();
        settings.RootDirectory = root.Uri;
        ObjectStorageBarFileSource? made = null;
        var store = new ParquetBarStore(settings, calendar, layout => made = new ObjectStorageBarFileSource(client, root, layout, options));
        source = made!;
        return store;
    }
}
