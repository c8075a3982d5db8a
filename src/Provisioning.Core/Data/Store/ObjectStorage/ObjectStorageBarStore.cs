using System;
using Provisioning.Calendar;

namespace Provisioning.Data.Store.ObjectStorage;

/// <summary>
/// Makes the object-storage bar store: a <see cref="ParquetBarStore"/> (same layout, reads, caching and errors as on
/// disk) over an <see cref="ObjectStorageBarFileSource"/>.
/// </summary>
internal static class ObjectStorageBarStore
{
    /// <summary>A store over <paramref name="root"/> reached as <paramref name="options"/> say (credentials from the AWS chain).</summary>
    /// <exception cref="ArgumentException">The store options are invalid (the message says why).</exception>
    public static ParquetBarStore Create(ObjectStorageRoot root, ObjectStorageOptions options, ITradingCalendar? calendar = null, ParquetBarStoreOptions? storeOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Create(root, ObjectStorageBarFileSource.CreateClient(options), options, calendar, storeOptions, out _);
    }

    /// <summary>A store over <paramref name="root"/> whose symbols' bars are checked against the calendar <paramref name="calendarOf"/> gives each.</summary>
    /// <exception cref="ArgumentException">The store options are invalid (the message says why).</exception>
    public static ParquetBarStore Create(ObjectStorageRoot root, ObjectStorageOptions options, Func<string, ITradingCalendar?> calendarOf)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = ObjectStorageBarFileSource.CreateClient(options);
        var settings = new ParquetBarStoreOptions { RootDirectory = root.Uri };
        return new ParquetBarStore(settings, calendarOf, layout => new ObjectStorageBarFileSource(client, root, layout, options));
    }

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
