using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Provisioning.Indicators.Registry;

/// <summary>
/// The registered indicators by their names exactly as declared (ordinal): an open-addressing table hashed on a name's
/// length and its first and last characters, so a lookup reads three characters and compares one or two names. The
/// catalog asks it first and falls back to its case-insensitive lookup when it misses.
/// </summary>
internal sealed class IndicatorNameTable
{
    private readonly IndicatorDescriptor?[] _slots;
    private readonly int _shift;

    /// <summary>A table of <paramref name="descriptors"/>, whose names are distinct.</summary>
    public IndicatorNameTable(IReadOnlyCollection<IndicatorDescriptor> descriptors)
    {
        // At most a quarter full, so most names sit in their own slot.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, descriptors.Count * 4));
        _slots = new IndicatorDescriptor?[capacity];
        _shift = 32 - BitOperations.Log2((uint)capacity);
        var mask = capacity - 1;
        foreach (var descriptor in descriptors)
        {
            var i = Slot(descriptor.Name);
            while (_slots[i] is not null)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = descriptor;
        }
    }

    /// <summary>The indicator declared with exactly <paramref name="name"/>.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out IndicatorDescriptor? descriptor)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = Slot(name); ; i = (i + 1) & mask)
        {
            descriptor = slots[i];
            if (descriptor is null)
            {
                return false;
            }

            if (string.Equals(descriptor.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }
    }

    private int Slot(string name)
    {
        var hash = name.Length == 0 ? 0u : ((uint)name.Length << 16) ^ ((uint)name[0] << 8) ^ name[^1];
        return (int)((hash * 0x9E3779B1u) >> _shift);
    }
}
