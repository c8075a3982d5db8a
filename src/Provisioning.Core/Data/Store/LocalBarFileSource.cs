using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.Data.Store;

/// <summary>Bar files in a directory tree: listings through a <see cref="DirectoryListingCache"/>, versions by length and last write time.</summary>
internal sealed class LocalBarFileSource : IBarFileSource
{
    private readonly BarPathLayout _layout;

    /// <summary>Creates a source over <paramref name="root"/> (made a full path).</summary>
    public LocalBarFileSource(string root, BarPathLayout layout)
    {
        Root = Path.GetFullPath(root);
        _layout = layout;
    }

    /// <inheritdoc />
    public string Root { get; }

    /// <summary>The directory listings (kept while each directory is unchanged).</summary>
    public DirectoryListingCache Listings { get; } = new();

    /// <inheritdoc />
    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <inheritdoc />
    public void ClearCache() => Listings.Clear();

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LayoutMatch>> FindAsync(string? symbol, string? interval, List<BarFileProblem> problems, CancellationToken cancellationToken)
    {
        var found = new List<LayoutMatch>();
        foreach (var match in _layout.Walk(Root, symbol, interval, Listings, problems))
        {
            cancellationToken.ThrowIfCancellationRequested();
            found.Add(match);
        }

        return new ValueTask<IReadOnlyList<LayoutMatch>>(found);
    }

    /// <inheritdoc />
    public ValueTask<BarFileVersion?> VersionAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            return new ValueTask<BarFileVersion?>(info.Exists
                ? new BarFileVersion(info.Length, info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture))
                : null);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new IOException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public ValueTask<Stream> OpenReadAsync(string path, BarFileVersion version, CancellationToken cancellationToken)
    {
        try
        {
            return new ValueTask<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, useAsync: false));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new IOException(e.Message, e);
        }
    }
}
