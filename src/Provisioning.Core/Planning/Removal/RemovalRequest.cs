using Provisioning.Requirements;

namespace Provisioning.Planning.Removal;

/// <summary>A removal asked of a session, before analysis: what to let go of, for which symbol, in whose name.</summary>
/// <param name="Symbol">The symbol as given (normalised by analysis).</param>
/// <param name="Operation">What is removed: the symbol, bars of an interval, or an indicator.</param>
/// <param name="Addition">The addition whose hold is dropped (<see cref="Grant.Addition"/>); null for every hold of the requester on the symbol.</param>
/// <param name="Requester">Who lets go.</param>
internal sealed record RemovalRequest(string Symbol, OperationType Operation, string? Addition, Requester Requester);
