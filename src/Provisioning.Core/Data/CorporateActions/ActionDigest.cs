using System;
using System.Collections.Generic;
using System.Globalization;
using Provisioning.Collections;

namespace Provisioning.Data.CorporateActions;

/// <summary>
/// The corporate actions a report mentions, bounded: how many there are, the range of their ex-dates, and the first
/// <see cref="MaxListed"/> of them (the rest are only counted).
/// </summary>
internal sealed record ActionDigest
{
    /// <summary>How many actions a digest lists; a vendor table of decades of quarterly dividends is only counted past this.</summary>
    public const int MaxListed = 10;

    /// <summary>A digest of no actions.</summary>
    public static ActionDigest None { get; } = new();

    /// <summary>How many actions there are (listed or not).</summary>
    public int Count { get; init; }

    /// <summary>The earliest ex-date; null when there are none.</summary>
    public DateOnly? FirstExDate { get; init; }

    /// <summary>The latest ex-date; null when there are none.</summary>
    public DateOnly? LastExDate { get; init; }

    /// <summary>The first <see cref="MaxListed"/> actions, in ex-date order.</summary>
    public EquatableArray<CorporateAction> Listed { get; init; }

    /// <summary>Actions counted but not listed.</summary>
    public int Unlisted => Count - Listed.Count;

    /// <summary>The digest of <paramref name="actions"/>, given in ex-date order.</summary>
    public static ActionDigest Of(IReadOnlyList<CorporateAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0)
        {
            return None;
        }

        var listed = new CorporateAction[Math.Min(actions.Count, MaxListed)];
        for (var i = 0; i < listed.Length; i++)
        {
            listed[i] = actions[i];
        }

        return new ActionDigest
        {
            Count = actions.Count,
            FirstExDate = actions[0].ExDate,
            LastExDate = actions[^1].ExDate,
            Listed = EquatableArray<CorporateAction>.FromOwnedArray(listed),
        };
    }

    /// <summary>"2 corporate actions, ex-dates 2020-08-31 .. 2024-11-27", or "no corporate actions".</summary>
    public string Summary() => Count == 0
        ? "no corporate actions"
        : string.Create(CultureInfo.InvariantCulture,
            $"{Count:#,0} corporate action{(Count == 1 ? string.Empty : "s")}, ex-date{(Count == 1 ? $" {FirstExDate:yyyy-MM-dd}" : $"s {FirstExDate:yyyy-MM-dd} .. {LastExDate:yyyy-MM-dd}")}");

    /// <summary>Each listed action in words and how many more there are: "2-for-1 split on 2024-11-27; 3 more".</summary>
    public string Describe()
    {
        var parts = new List<string>(Listed.Count + 1);
        foreach (var action in Listed)
        {
            parts.Add(action.Describe());
        }

        if (Unlisted > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Unlisted:#,0} more"));
        }

        return string.Join("; ", parts);
    }
}
