namespace Provisioning.Session;

/// <summary>
/// Where a subscription's bars go, resolved once: the symbol, its base slot and the slots built on that base, valid
/// while the session has published no symbol change since (<see cref="SessionGeneration"/>) and the symbol has not
/// changed its slots (<see cref="SlotVersion"/>). Kept on the subscription so delivering a bar needs no lookup by symbol.
/// </summary>
internal sealed class SymbolRoute(SymbolData symbol, IntervalSlot baseSlot, IntervalSlot[] onBase, int sessionGeneration, int slotVersion)
{
    /// <summary>The symbol the bars are appended to.</summary>
    public SymbolData Symbol { get; } = symbol;

    /// <summary>The base slot the bars are appended to.</summary>
    public IntervalSlot BaseSlot { get; } = baseSlot;

    /// <summary>The slots whose aggregators the base bars are pushed to, the base slot included.</summary>
    public IntervalSlot[] OnBase { get; } = onBase;

    /// <summary>The session's symbol generation the route was resolved in.</summary>
    public int SessionGeneration { get; } = sessionGeneration;

    /// <summary>The symbol's slot version the route was resolved at.</summary>
    public int SlotVersion { get; } = slotVersion;
}
