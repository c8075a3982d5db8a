using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.Data.Store;

/// <summary>
/// Where a <see cref="ParquetBarStore"/>'s files live: a directory tree (<see cref="LocalBarFileSource"/>) or an
/// object-storage bucket. The store's reading, caching and error rules are the same over every source; a source only
/// lists, versions and opens files. Thread-safe.
/// </summary>
internal interface IBarFileSource
{
    /// <summary>The root as users name it: a full directory path, or <c>s3://bucket/prefix</c>.</summary>
    string Root { get; }

    /// <summary>
    /// The files the layout matches, binding the tokens not given; problems (a missing root, an unreadable listing, a
    /// misnamed symbol) are added to <paramref name="problems"/>, never thrown.
    /// </summary>
    ValueTask<IReadOnlyList<LayoutMatch>> FindAsync(string? symbol, string? interval, List<BarFileProblem> problems, CancellationToken cancellationToken);

    /// <summary>The length and version of a file, or null when it does not exist.</summary>
    /// <exception cref="IOException">The file cannot be inspected (the message says why).</exception>
    ValueTask<BarFileVersion?> VersionAsync(string path, CancellationToken cancellationToken);

    /// <summary>A seekable stream over the file as it was at <paramref name="version"/>.</summary>
    /// <exception cref="IOException">The file cannot be opened, or is no longer at that version.</exception>
    ValueTask<Stream> OpenReadAsync(string path, BarFileVersion version, CancellationToken cancellationToken);

    /// <summary>
    /// The path or name of the file at <paramref name="relativePath"/> ('/'-separated, below the root) as
    /// <see cref="VersionAsync"/> and <see cref="OpenReadAsync"/> take it: a full path, or <c>s3://bucket/prefix/…</c>.
    /// </summary>
    string PathOf(string relativePath);

    /// <summary>Drops what the source keeps of listings, so the next question lists again.</summary>
    void ClearCache();
}
