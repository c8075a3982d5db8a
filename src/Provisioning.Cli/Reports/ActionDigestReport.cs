using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Data.CorporateActions;

namespace Provisioning.Cli.Reports;

/// <summary>The corporate actions a report mentions, as JSON: how many, the range of their ex-dates, the first few.</summary>
/// <param name="Count">How many actions there are, listed or not.</param>
/// <param name="FirstExDate">The earliest ex-date; null when there are none.</param>
/// <param name="LastExDate">The latest ex-date; null when there are none.</param>
/// <param name="Listed">The first <see cref="ActionDigest.MaxListed"/> actions in ex-date order.</param>
/// <param name="Unlisted">Actions counted but not listed.</param>
internal sealed record ActionDigestReport(int Count, DateOnly? FirstExDate, DateOnly? LastExDate, IReadOnlyList<CorporateActionRow> Listed, int Unlisted)
{
    public static ActionDigestReport From(ActionDigest digest) =>
        new(
            digest.Count,
            digest.FirstExDate,
            digest.LastExDate,
            digest.Listed.Select(a => new CorporateActionRow(a.ExDate, a.KindText, a.Value, a.Describe())).ToArray(),
            digest.Unlisted);
}
