using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.Data.Store.ObjectStorage;

/// <summary>
/// A read-only, seekable view of one version of an object: a read takes its blocks from the <see cref="BlockCache"/>
/// and fetches the missing ones in one ranged GET, so a Parquet reader reads the footer and the column chunks it needs,
/// never the whole object.
/// </summary>
internal sealed class RangedObjectStream : Stream
{
    private readonly BarFileVersion _version;
    private readonly string _name;
    private readonly BlockCache _cache;
    private readonly int _blockSize;
    private readonly Func<long, int, CancellationToken, Task<byte[]>> _fetch;
    private long _position;

    /// <summary>Creates a view of <paramref name="name"/> at <paramref name="version"/>; <paramref name="fetch"/> GETs (offset, length).</summary>
    public RangedObjectStream(string name, BarFileVersion version, BlockCache cache, int blockSize, Func<long, int, CancellationToken, Task<byte[]>> fetch)
    {
        _name = name;
        _version = version;
        _cache = cache;
        _blockSize = blockSize;
        _fetch = fetch;
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => true;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => _version.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => _version.Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var count = (int)Math.Min(buffer.Length, Math.Max(0, _version.Length - _position));
        if (count == 0)
        {
            return 0;
        }

        var firstBlock = _position / _blockSize;
        var lastBlock = (_position + count - 1) / _blockSize;
        var blocks = new byte[lastBlock - firstBlock + 1][];
        long? missingFrom = null;
        long missingTo = 0;
        for (var b = firstBlock; b <= lastBlock; b++)
        {
            if (_cache.TryGet(Key(b), out var data))
            {
                blocks[b - firstBlock] = data;
            }
            else
            {
                missingFrom ??= b;
                missingTo = b;
            }
        }

        if (missingFrom is { } from)
        {
            // One GET for the run from the first to the last missing block (a cached block inside it is fetched again:
            // one request costs more than a block's bytes).
            var start = from * _blockSize;
            var end = Math.Min(_version.Length, (missingTo + 1) * _blockSize);
            var fetched = await _fetch(start, (int)(end - start), cancellationToken).ConfigureAwait(false);
            for (var b = from; b <= missingTo; b++)
            {
                var at = (int)((b - from) * _blockSize);
                var block = fetched.AsSpan(at, (int)Math.Min(_blockSize, fetched.Length - at)).ToArray();
                _cache.Add(Key(b), block);
                blocks[b - firstBlock] = block;
            }
        }

        var copied = 0;
        while (copied < count)
        {
            var absolute = _position + copied;
            var block = blocks[(absolute / _blockSize) - firstBlock];
            var inBlock = (int)(absolute % _blockSize);
            var take = Math.Min(count - copied, block.Length - inBlock);
            block.AsSpan(inBlock, take).CopyTo(buffer.Span[copied..]);
            copied += take;
        }

        _position += copied;
        return copied;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private BlockKey Key(long index) => new(_name, _version.Stamp, index);
}
