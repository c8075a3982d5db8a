using System;
using System.Globalization;

namespace Provisioning.Data.CorporateActions;

/// <summary>
/// One split or cash dividend of a symbol, as its vendor states it: the ex-date (the first session that trades without
/// it) and the split ratio (new shares per old share) or the cash paid per share.
/// </summary>
/// <param name="ExDate">The exchange date of the first session after the action.</param>
/// <param name="Kind">Split or dividend.</param>
/// <param name="Value">The split ratio (10, or 0.1 for a reverse split), or the cash per share.</param>
internal sealed record CorporateAction(DateOnly ExDate, CorporateActionKind Kind, double Value)
{
    /// <summary>The kind as written in the table: <c>split</c> or <c>dividend</c>.</summary>
    public string KindText => Kind == CorporateActionKind.Split ? CorporateActionRows.SplitText : CorporateActionRows.DividendText;

    /// <summary>"2024-06-10 split 10" or "2024-11-08 dividend 0.25".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ExDate:yyyy-MM-dd} {KindText} {Value:R}");

    /// <summary>"10-for-1 split on 2024-06-10" or "dividend of 0.25 per share on 2024-11-08", for reports.</summary>
    public string Describe() => Kind == CorporateActionKind.Split
        ? (Value >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{Value:0.####}-for-1 split on {ExDate:yyyy-MM-dd}")
            : string.Create(CultureInfo.InvariantCulture, $"1-for-{1 / Value:0.####} reverse split on {ExDate:yyyy-MM-dd}"))
        : string.Create(CultureInfo.InvariantCulture, $"dividend of {Value:0.####} per share on {ExDate:yyyy-MM-dd}");
}
