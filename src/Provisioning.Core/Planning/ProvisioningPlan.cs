using System.Linq;
using Provisioning.Collections;
using Provisioning.State;
using Provisioning.Steps;

namespace Provisioning.Planning;

/// <summary>The steps that take the session from its current state to one that satisfies a requirement, in order.</summary>
/// <param name="Symbol">The symbol the plan provisions.</param>
/// <param name="Steps">The steps, in dependency order; empty when nothing is missing.</param>
public sealed record ProvisioningPlan(string Symbol, EquatableArray<ProvisioningStep> Steps)
{
    /// <summary>A plan of no steps for <paramref name="symbol"/>.</summary>
    public static ProvisioningPlan Nothing(string symbol) => new(symbol, EquatableArray<ProvisioningStep>.Empty);

    /// <summary>True when the session already satisfies the requirement.</summary>
    public bool IsEmpty => Steps.IsEmpty;

    /// <summary>
    /// What a session in <paramref name="state"/> would hold after this plan ran: each step projects its own effect
    /// (<see cref="ProvisioningStep.Project"/>), user-defined steps included. The dry run plans the next addition on it.
    /// </summary>
    internal SessionStateSnapshot Project(SessionStateSnapshot state)
    {
        foreach (var step in Steps)
        {
            state = step.Project(state);
        }

        return state;
    }

    /// <summary>One line per step.</summary>
    public override string ToString() =>
        IsEmpty ? $"{Symbol}: nothing to do" : $"{Symbol}: " + string.Join("; ", Steps.Select(s => s.Describe()));
}
