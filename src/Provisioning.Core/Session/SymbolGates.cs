using System;
using System.Collections.Generic;
using System.Threading;

namespace Provisioning.Session;

/// <summary>
/// One gate per normalised symbol with an addition running or waiting, so additions for one symbol run one at a time;
/// a gate is dropped when its last user leaves, so the count is bounded by the additions in flight.
/// </summary>
internal sealed class SymbolGates
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>How many gates are held (one per symbol with an addition running or waiting).</summary>
    public int Count
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    /// <summary>The gate of <paramref name="symbol"/>, counted as used until <see cref="Leave"/>.</summary>
    public Gate Enter(string symbol)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(symbol, out var gate))
            {
                gate = new Gate();
                _gates[symbol] = gate;
            }

            gate.Users++;
            return gate;
        }
    }

    /// <summary>Gives back a gate from <see cref="Enter"/>; the last user leaving drops it.</summary>
    public void Leave(string symbol, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(symbol);
            }
        }
    }

    /// <summary>A symbol's gate and how many additions hold or wait for it; guarded by the dictionary's lock.</summary>
    public sealed class Gate
    {
        /// <summary>Held by the addition that runs.</summary>
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        /// <summary>Additions holding or waiting for the gate.</summary>
        public int Users { get; set; }
    }
}
