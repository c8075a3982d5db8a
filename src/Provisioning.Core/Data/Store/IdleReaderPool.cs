using System.Collections.Generic;
using System.Threading;
using Parquet;

namespace Provisioning.Data.Store;

/// <summary>
/// Readers of local bar files kept open between reads, at most <see cref="Capacity"/>, so a file read again soon after
/// (Step 0's footer check, then the history load, then the stream's catch-up) is not opened and its footer not parsed
/// again. A reader serves one read at a time: it is taken, used and given back. A reader of another version of the
/// file (it was rewritten) is never handed out. Thread-safe.
/// </summary>
internal sealed class IdleReaderPool(int capacity)
{
    // Newest first; the oldest is closed when a reader given back would make more than the capacity.
    private readonly LinkedList<(string Path, BarFileVersion Version, ParquetReader Reader)> _idle = new();
    private readonly Lock _lock = new();
    private long _reused;

    /// <summary>The most readers kept open while idle.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>Readers kept open now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _idle.Count;
            }
        }
    }

    /// <summary>How many reads were served by a kept reader instead of opening the file.</summary>
    public long Reused => Interlocked.Read(ref _reused);

    /// <summary>A kept reader of <paramref name="path"/> at <paramref name="version"/>, now the caller's; null when none is kept.</summary>
    public ParquetReader? TryTake(string path, BarFileVersion version)
    {
        ParquetReader? found = null;
        List<ParquetReader>? stale = null;
        lock (_lock)
        {
            for (var node = _idle.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.Path == path)
                {
                    if (found is null && node.Value.Version == version)
                    {
                        found = node.Value.Reader;
                        _idle.Remove(node);
                    }
                    else if (node.Value.Version != version)
                    {
                        (stale ??= []).Add(node.Value.Reader);
                        _idle.Remove(node);
                    }
                }

                node = next;
            }
        }

        Close(stale);
        if (found is not null)
        {
            Interlocked.Increment(ref _reused);
        }

        return found;
    }

    /// <summary>Keeps <paramref name="reader"/> (the pool owns it from now on), closing the oldest kept one past the capacity.</summary>
    public void Return(string path, BarFileVersion version, ParquetReader reader)
    {
        ParquetReader? evicted = null;
        lock (_lock)
        {
            _idle.AddFirst((path, version, reader));
            if (_idle.Count > Capacity)
            {
                evicted = _idle.Last!.Value.Reader;
                _idle.RemoveLast();
            }
        }

        if (evicted is not null)
        {
            Close([evicted]);
        }
    }

    /// <summary>Closes every kept reader of <paramref name="path"/> (its file was written).</summary>
    public void Drop(string path)
    {
        List<ParquetReader>? dropped = null;
        lock (_lock)
        {
            for (var node = _idle.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.Path == path)
                {
                    (dropped ??= []).Add(node.Value.Reader);
                    _idle.Remove(node);
                }

                node = next;
            }
        }

        Close(dropped);
    }

    /// <summary>Closes every kept reader.</summary>
    public void Clear()
    {
        List<ParquetReader> all;
        lock (_lock)
        {
            all = [.. System.Linq.Enumerable.Select(_idle, e => e.Reader)];
            _idle.Clear();
        }

        Close(all);
    }

    private static void Close(List<ParquetReader>? readers)
    {
        if (readers is null)
        {
            return;
        }

        // A local file's reader closes at once (its stream is a FileStream): waiting here blocks nothing.
        foreach (var reader in readers)
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
