using System.Collections.Generic;
using System.Linq;
using Provisioning.Collections;

namespace Provisioning.Execution;

/// <summary>
/// What reloading the session config did. A refused config (<see cref="Applied"/> false) changed nothing: the
/// session keeps its config and state, and <see cref="Errors"/> says why. An applied config was provisioned as a diff:
/// each addition (new config symbols, ad hoc symbols upgraded in place, the config's indicators) and each removal
/// (symbols the config no longer names released from its hold) is listed with its own outcome.
/// </summary>
/// <param name="Applied">True when the new config is now the session's.</param>
/// <param name="Errors">Why the config was refused, each with its place; empty when it was applied.</param>
public sealed record ConfigReloadResult(bool Applied, EquatableArray<string> Errors)
{
    /// <summary>The additions the diff ran, in order; an already satisfied one is <see cref="AdditionStatus.AlreadySatisfied"/>.</summary>
    public EquatableArray<AdditionResult> Additions { get; init; } = EquatableArray<AdditionResult>.Empty;

    /// <summary>The removals the diff ran, in order: what the config let go of, kept when another requester holds it.</summary>
    public EquatableArray<RemovalResult> Removals { get; init; } = EquatableArray<RemovalResult>.Empty;

    /// <summary>True when the config was applied and every addition and removal of the diff succeeded.</summary>
    public bool AllSucceeded => Applied && Additions.All(a => a.Succeeded) && Removals.All(r => r.Succeeded);

    /// <inheritdoc />
    public override string ToString() =>
        !Applied
            ? "Config refused, the session keeps its config: " + string.Join(" ", Errors)
            : $"Config applied: {Additions.Count(a => a.Succeeded)} of {Additions.Count} additions and {Removals.Count(r => r.Succeeded)} of {Removals.Count} removals succeeded";

    /// <summary>A refusal: nothing changed.</summary>
    internal static ConfigReloadResult Refused(IEnumerable<string> errors) => new(false, new EquatableArray<string>(errors));
}
