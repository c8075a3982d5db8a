namespace Provisioning.Data.CorporateActions;

/// <summary>What a corporate action does to the price history of its symbol.</summary>
internal enum CorporateActionKind
{
    /// <summary>A split: each old share becomes <see cref="CorporateAction.Value"/> new shares (0.1 for a 1-for-10 reverse split).</summary>
    Split,

    /// <summary>A cash dividend of <see cref="CorporateAction.Value"/> per share, paid to holders before the ex-date.</summary>
    Dividend,
}
