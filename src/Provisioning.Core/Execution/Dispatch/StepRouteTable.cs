using System;

namespace Provisioning.Execution.Dispatch;

/// <summary>
/// Which registered dispatcher handles each step type seen so far: an immutable open-addressing table keyed by the
/// type's method-table pointer, so a lookup is one multiply, one shift and usually one compare. Adding a route copies
/// the table (routes are learned once per step type). Each entry keeps its <see cref="Type"/>, so the type stays loaded
/// and its handle cannot be reused by another type while the route exists.
/// </summary>
internal sealed class StepRouteTable
{
    private const int MinimumCapacity = 8;

    private readonly Entry[] _entries;
    private readonly int _shift;

    private StepRouteTable(Entry[] entries, int count)
    {
        _entries = entries;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)entries.Length);
        Count = count;
    }

    /// <summary>A table with no routes.</summary>
    public static StepRouteTable Empty { get; } = new(new Entry[MinimumCapacity], 0);

    /// <summary>The number of routes.</summary>
    public int Count { get; }

    /// <summary>The dispatcher routed to for steps whose type has <paramref name="typeHandle"/>; null when none is known.</summary>
    public IStepDispatcher? Find(nint typeHandle)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var i = Slot(typeHandle); ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref entries[i];
            if (entry.TypeHandle == typeHandle)
            {
                return entry.Dispatcher;
            }

            if (entry.TypeHandle == 0)
            {
                return null;
            }
        }
    }

    /// <summary>A copy of this table that also routes <paramref name="stepType"/> to <paramref name="dispatcher"/>.</summary>
    public StepRouteTable With(Type stepType, IStepDispatcher dispatcher)
    {
        var count = Count + 1;
        var capacity = _entries.Length;
        while (capacity < count * 2)
        {
            capacity *= 2;
        }

        var copy = new StepRouteTable(new Entry[capacity], count);
        foreach (var entry in _entries)
        {
            if (entry.TypeHandle != 0)
            {
                copy.Place(entry);
            }
        }

        copy.Place(new Entry(stepType.TypeHandle.Value, stepType, dispatcher));
        return copy;
    }

    private void Place(Entry entry)
    {
        var mask = _entries.Length - 1;
        var i = Slot(entry.TypeHandle);
        while (_entries[i].TypeHandle != 0 && _entries[i].TypeHandle != entry.TypeHandle)
        {
            i = (i + 1) & mask;
        }

        _entries[i] = entry;
    }

    private int Slot(nint typeHandle) => (int)(((ulong)typeHandle * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly struct Entry(nint typeHandle, Type stepType, IStepDispatcher dispatcher)
    {
        public nint TypeHandle { get; } = typeHandle;

        public Type StepType { get; } = stepType;

        public IStepDispatcher Dispatcher { get; } = dispatcher;
    }
}
