namespace Provisioning.Data.CorporateActions;

/// <summary>
/// A corporate action as an adjustment applies it: the factor it multiplies earlier prices by and the one it
/// multiplies earlier volumes by, or, when it is not applied, why.
/// </summary>
/// <param name="Action">The action.</param>
/// <param name="PriceFactor">1 / ratio for a split, 1 − dividend / reference close for a dividend; 1 when not applied.</param>
/// <param name="VolumeFactor">The ratio for a split; 1 otherwise.</param>
/// <param name="ReferenceClose">The raw close of the last session before a dividend's ex-date; null for a split.</param>
/// <param name="Skipped">Why the action is not applied (a dividend without a close before it); null when applied.</param>
internal sealed record AppliedAction(CorporateAction Action, double PriceFactor, double VolumeFactor, double? ReferenceClose, string? Skipped)
{
    /// <summary>True when the action changes the history.</summary>
    public bool Applied => Skipped is null;
}
