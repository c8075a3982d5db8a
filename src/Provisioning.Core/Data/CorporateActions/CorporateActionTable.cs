using System;
using Provisioning.Collections;

namespace Provisioning.Data.CorporateActions;

/// <summary>
/// A symbol's corporate actions as read from the store: the usable ones in ex-date order, the rows that could not be
/// used, and the files read. An empty table means the store holds none for the symbol.
/// </summary>
/// <param name="Symbol">The normalised symbol.</param>
internal sealed record CorporateActionTable(string Symbol)
{
    /// <summary>The actions, in ex-date order (a split before a dividend of the same date).</summary>
    public EquatableArray<CorporateAction> Actions { get; init; }

    /// <summary>Rows and files that could not be used, each naming the file and the row.</summary>
    public EquatableArray<CorporateActionProblem> Problems { get; init; }

    /// <summary>The table files found for the symbol (CSV, Parquet or both).</summary>
    public EquatableArray<string> Files { get; init; }

    /// <summary>The actions whose ex-date is in [<paramref name="from"/>, <paramref name="to"/>], in order.</summary>
    public EquatableArray<CorporateAction> Between(DateOnly from, DateOnly to)
    {
        var inside = new System.Collections.Generic.List<CorporateAction>();
        foreach (var action in Actions)
        {
            if (action.ExDate >= from && action.ExDate <= to)
            {
                inside.Add(action);
            }
        }

        return EquatableArray<CorporateAction>.FromOwnedArray(inside.ToArray());
    }
}
