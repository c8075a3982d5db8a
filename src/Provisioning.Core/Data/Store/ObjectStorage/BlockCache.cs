using System.Collections.Generic;

namespace Provisioning.Data.Store.ObjectStorage;

/// <summary>
/// The blocks of objects read lately, least recently used dropped first: at most <see cref="Capacity"/> blocks, so at
/// most capacity × block size bytes. Keyed by object name, version stamp (ETag) and block index, so a changed object
/// never serves old bytes. Thread-safe.
/// </summary>
internal sealed class BlockCache
{
    private readonly object _gate = new();
    private readonly Dictionary<BlockKey, LinkedListNode<(BlockKey Key, byte[] Data)>> _index = new();
    private readonly LinkedList<(BlockKey Key, byte[] Data)> _order = new();

    /// <summary>Creates a cache of at most <paramref name="capacity"/> blocks (0 caches nothing).</summary>
    public BlockCache(int capacity) => Capacity = capacity;

    /// <summary>The most blocks kept.</summary>
    public int Capacity { get; }

    /// <summary>Blocks kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _index.Count;
            }
        }
    }

    /// <summary>Bytes kept now.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                long bytes = 0;
                foreach (var (_, data) in _order)
                {
                    bytes += data.Length;
                }

                return bytes;
            }
        }
    }

    /// <summary>The block, when kept (and marks it recently used).</summary>
    public bool TryGet(BlockKey key, out byte[] data)
    {
        lock (_gate)
        {
            if (_index.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                data = node.Value.Data;
                return true;
            }
        }

        data = [];
        return false;
    }

    /// <summary>Keeps a block, dropping the least recently used beyond the capacity.</summary>
    public void Add(BlockKey key, byte[] data)
    {
        if (Capacity <= 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_index.TryGetValue(key, out var existing))
            {
                _order.Remove(existing);
            }

            _index[key] = _order.AddFirst((key, data));
            while (_index.Count > Capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _index.Remove(last.Value.Key);
            }
        }
    }

    /// <summary>Drops every block.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _index.Clear();
            _order.Clear();
        }
    }
}

/// <summary>One block of one version of an object.</summary>
/// <param name="Name">The object's full name.</param>
/// <param name="Stamp">Its version (ETag).</param>
/// <param name="Index">The block's index (offset / block size).</param>
internal readonly record struct BlockKey(string Name, string Stamp, long Index);
