using System.Threading;

namespace Provisioning.Data.Store.ObjectStorage;

/// <summary>Counters of the requests an object-storage source made: what a read cost, for tests and benchmarks. Thread-safe.</summary>
internal sealed class ObjectRequestCounts
{
    private long _lists;
    private long _gets;
    private long _bytes;
    private long _retries;

    /// <summary>List requests (one per page).</summary>
    public long Lists => Interlocked.Read(ref _lists);

    /// <summary>Ranged GET requests that returned data.</summary>
    public long Gets => Interlocked.Read(ref _gets);

    /// <summary>Bytes received by GETs.</summary>
    public long BytesFetched => Interlocked.Read(ref _bytes);

    /// <summary>Requests tried again after a transient failure.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    internal void AddList() => Interlocked.Increment(ref _lists);

    internal void AddGet(long bytes)
    {
        Interlocked.Increment(ref _gets);
        Interlocked.Add(ref _bytes, bytes);
    }

    internal void AddRetry() => Interlocked.Increment(ref _retries);
}
