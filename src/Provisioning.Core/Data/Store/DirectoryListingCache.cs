using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;

namespace Provisioning.Data.Store;

/// <summary>
/// The store's directory listings, kept between walks while the directory is unchanged: a cached listing is used only
/// when the directory's last-write and creation times are what they were when it was listed (adding, removing or
/// renaming an entry changes the last-write time; a directory replaced by another has other times). A listing is kept
/// only when the directory was last written at least <see cref="SettleTime"/> before it was listed, so a change made in
/// the same tick of the file system's clock as the listing (a coarse clock, or FAT's two seconds) cannot hide behind an
/// unchanged time. A directory that cannot be inspected is listed again every time, with the listing's own errors.
/// Thread-safe.
/// </summary>
internal sealed class DirectoryListingCache
{
    /// <summary>How long before the listing a directory must have been last written for its listing to be kept.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Listing> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Listing> _directories = new(StringComparer.Ordinal);
    private long _reads;

    /// <summary>How many times a directory was read rather than answered from the cache.</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>The files of <paramref name="directory"/>, ordinal order; throws what <see cref="Directory.GetFiles(string)"/> throws.</summary>
    public string[] Files(string directory) => List(directory, _files, files: true);

    /// <summary>The subdirectories of <paramref name="directory"/>, ordinal order; throws what <see cref="Directory.GetDirectories(string)"/> throws.</summary>
    public string[] Directories(string directory) => List(directory, _directories, files: false);

    /// <summary>Drops every listing.</summary>
    public void Clear()
    {
        _files.Clear();
        _directories.Clear();
    }

    private string[] List(string directory, ConcurrentDictionary<string, Listing> cache, bool files)
    {
        var listedAt = DateTime.UtcNow;
        var stamp = StampOf(directory);
        if (stamp is { } current && cache.TryGetValue(directory, out var cached) && cached.Stamp == current)
        {
            return cached.Entries;
        }

        Interlocked.Increment(ref _reads);
        var entries = files ? Directory.GetFiles(directory) : Directory.GetDirectories(directory);
        Array.Sort(entries, StringComparer.Ordinal);
        if (stamp is { } settled && settled.LastWriteUtc <= listedAt - SettleTime)
        {
            cache[directory] = new Listing(settled, entries);
        }
        else
        {
            cache.TryRemove(directory, out _);
        }

        return entries;
    }

    private static Stamp? StampOf(string directory)
    {
        try
        {
            var info = new DirectoryInfo(directory);
            return info.Exists ? new Stamp(info.LastWriteTimeUtc, info.CreationTimeUtc) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }
    }

    private readonly record struct Stamp(DateTime LastWriteUtc, DateTime CreationUtc);

    private sealed record Listing(Stamp Stamp, string[] Entries);
}
