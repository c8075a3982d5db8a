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

    /// <summary>
    /// The gate of <paramref name="symbol"/>, counted as used until <see cref="Leave"/>, for a user that is not a queued
    /// addition (a removal): additions queued after it are not taken together with those queued before it.
    /// </summary>
    public Gate Enter(string symbol)
    {
        lock (_gates)
        {
            var gate = GateOf(symbol);
            gate.Epoch++;
            return gate;
        }
    }

    /// <summary>The gate of <paramref name="symbol"/> for <paramref name="addition"/>, queued on it until a holder of the gate takes it.</summary>
    public Gate Enter(string symbol, QueuedAddition addition)
    {
        lock (_gates)
        {
            var gate = GateOf(symbol);
            addition.Epoch = gate.Epoch;
            gate.Queued.Add(addition);
            return gate;
        }
    }

    /// <summary>
    /// Takes, for the holder of <paramref name="gate"/>, <paramref name="holder"/> and every addition queued that can be
    /// planned with it (<see cref="QueuedAddition.CanJoin"/>), in the order they were queued, at most
    /// <paramref name="limit"/>; empty when another holder already took <paramref name="holder"/>.
    /// </summary>
    public List<QueuedAddition> Take(Gate gate, QueuedAddition holder, int limit)
    {
        var taken = new List<QueuedAddition>();
        lock (_gates)
        {
            if (!gate.Queued.Remove(holder))
            {
                return taken;
            }

            taken.Add(holder);
            for (var i = 0; i < gate.Queued.Count && taken.Count < limit; i++)
            {
                var queued = gate.Queued[i];
                if (queued.Epoch == holder.Epoch && queued.CanJoin(taken))
                {
                    taken.Add(queued);
                    gate.Queued.RemoveAt(i--);
                }
            }
        }

        return taken;
    }

    /// <summary>Takes <paramref name="addition"/> off the queue (its wait was cancelled); false when a holder already took it.</summary>
    public bool Withdraw(Gate gate, QueuedAddition addition)
    {
        lock (_gates)
        {
            return gate.Queued.Remove(addition);
        }
    }

    private Gate GateOf(string symbol)
    {
        if (!_gates.TryGetValue(symbol, out var gate))
        {
            gate = new Gate();
            _gates[symbol] = gate;
        }

        gate.Users++;
        return gate;
    }

    /// <summary>Gives back a gate from an Enter; the last user leaving drops it.</summary>
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

        /// <summary>Additions and removals holding or waiting for the gate.</summary>
        public int Users { get; set; }

        /// <summary>How many removals have entered; an addition remembers the count it was queued under.</summary>
        public long Epoch { get; set; }

        /// <summary>Additions waiting that no holder has taken yet, in the order they came (bounded by <see cref="Users"/>).</summary>
        public List<QueuedAddition> Queued { get; } = [];
    }
}
