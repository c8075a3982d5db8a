using System.Linq;
using Provisioning.Collections;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Execution;

/// <summary>
/// What one removal did: the plan of what nothing held any more, each step's report, what stayed because others hold
/// it (and who), and how it ended.
/// </summary>
/// <param name="Symbol">The normalised symbol (the text as given when refused for it).</param>
/// <param name="Operation">What was removed: the symbol, bars of an interval, or an indicator.</param>
/// <param name="Target">What was asked, in words: <c>the symbol</c>, <c>bars 5m</c>, <c>indicator sma(20)@5m</c>.</param>
/// <param name="Source">Who let go.</param>
/// <param name="Plan">The removal steps (empty when refused, or when everything is still held by others).</param>
/// <param name="Steps">A report per planned step, in order.</param>
/// <param name="Status">How the removal ended.</param>
/// <param name="Reason">Why it was refused, failed or cancelled; null when it stood.</param>
public sealed record RemovalResult(
    string Symbol,
    OperationType Operation,
    string Target,
    ProvisionSource Source,
    ProvisioningPlan Plan,
    EquatableArray<StepResult> Steps,
    RemovalStatus Status,
    string? Reason)
{
    /// <summary>True when the requester's hold was dropped (whether or not others keep the thing).</summary>
    public bool Succeeded => Status is RemovalStatus.Removed or RemovalStatus.Kept;

    /// <summary>What stayed because others still hold it, one sentence each naming who (<c>5m bars kept: held by Scanner (indicator ema(10)@5m)</c>).</summary>
    public EquatableArray<string> Kept { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The step that failed, if one did.</summary>
    public StepResult? FailedStep => Steps.FirstOrDefault(s => s.Status == StepStatus.Failed);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Symbol} {Target}: {Status}" + (Reason is null ? string.Empty : " (" + Reason + ")") + (Kept.IsEmpty ? string.Empty : "; " + string.Join("; ", Kept));
}
