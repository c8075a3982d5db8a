namespace Provisioning.Data.CorporateActions;

/// <summary>
/// How history is adjusted for corporate actions before a session sees it: backward, as of the session date, so the
/// history joins the raw live stream without a jump on an ex-date.
/// </summary>
internal enum NormalizationMode
{
    /// <summary>Prices as stored (the default): a split inside a warm-up window reads as a crash or a jump.</summary>
    Raw,

    /// <summary>Prices before a split's ex-date divided by its ratio, volumes multiplied by it.</summary>
    SplitAdjusted,

    /// <summary>Split-adjusted, and prices before a cash dividend's ex-date scaled by 1 − dividend / the close before it.</summary>
    Adjusted,
}
