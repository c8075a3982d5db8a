using System.Linq;
using Provisioning.Collections;
using Provisioning.Execution;

namespace Provisioning.Session;

/// <summary>What pre-session provisioning did: one result per addition (config symbols, config indicators, strategies).</summary>
/// <param name="Results">Every addition's result, in the order they were asked.</param>
public sealed record SessionStartReport(EquatableArray<AdditionResult> Results)
{
    /// <summary>The additions that did not succeed (each with its reason); the session runs without them.</summary>
    public EquatableArray<AdditionResult> NotSucceeded => new(Results.Where(r => !r.Succeeded));

    /// <summary>
    /// The additions that stand with less history than expected (<see cref="AdditionStatus.SucceededWithPartialHistory"/>,
    /// each naming the short loads in its reason).
    /// </summary>
    public EquatableArray<AdditionResult> PartialHistory => new(Results.Where(r => r.Status == AdditionStatus.SucceededWithPartialHistory));

    /// <summary>True when every addition succeeded, some perhaps with partial history (see <see cref="PartialHistory"/>).</summary>
    public bool AllSucceeded => Results.All(r => r.Succeeded);
}
