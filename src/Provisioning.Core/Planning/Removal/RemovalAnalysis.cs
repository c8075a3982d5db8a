using Provisioning.Collections;

namespace Provisioning.Planning.Removal;

/// <summary>
/// What a removal lets go of: the requester's grants it drops, the grants left, the things nothing holds any more (the
/// plan removes them) and the things others still hold, each with who; or why it was refused.
/// </summary>
/// <param name="Symbol">The normalised symbol (the text as given when refused for it).</param>
/// <param name="Dropped">The requester's grants the removal drops.</param>
/// <param name="Remaining">The symbol's grants once they are dropped.</param>
/// <param name="Released">What nothing holds any more, to remove.</param>
/// <param name="Kept">What stays, one sentence each naming who holds it.</param>
/// <param name="Error">Why the removal was refused; null when it can proceed.</param>
internal sealed record RemovalAnalysis(
    string Symbol,
    EquatableArray<Grant> Dropped,
    EquatableArray<Grant> Remaining,
    EquatableArray<HeldThing> Released,
    EquatableArray<string> Kept,
    string? Error)
{
    /// <summary>True when nothing was in the way.</summary>
    public bool CanProceed => Error is null;

    /// <summary>True when no grant is left on the symbol: the whole symbol goes.</summary>
    public bool DropsSymbol => CanProceed && Remaining.IsEmpty;

    /// <summary>A refused removal of <paramref name="symbol"/>.</summary>
    public static RemovalAnalysis Refused(string symbol, string error) =>
        new(symbol, EquatableArray<Grant>.Empty, EquatableArray<Grant>.Empty, EquatableArray<HeldThing>.Empty, EquatableArray<string>.Empty, error);
}
