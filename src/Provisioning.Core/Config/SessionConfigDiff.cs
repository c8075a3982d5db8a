using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Collections;

namespace Provisioning.Config;

/// <summary>
/// What a reloaded session config changes for the running session: the symbols it adds, keeps and lets go of, and the
/// config indicators it no longer asks for. What a running session cannot change (its exchange and calendar, its
/// streams, its data store) is a refusal, not a diff.
/// </summary>
/// <param name="Added">Symbols the new config names and the old one did not, in the new config's order.</param>
/// <param name="Kept">Symbols both configs name.</param>
/// <param name="Released">Symbols the old config named and the new one does not.</param>
/// <param name="DroppedIndicators">The old config's indicators the new one no longer lists.</param>
internal sealed record SessionConfigDiff(
    EquatableArray<string> Added,
    EquatableArray<string> Kept,
    EquatableArray<string> Released,
    EquatableArray<ConfiguredIndicator> DroppedIndicators)
{
    /// <summary>The diff from <paramref name="previous"/> to <paramref name="next"/>.</summary>
    public static SessionConfigDiff Of(ResolvedSessionConfig previous, ResolvedSessionConfig next)
    {
        var before = new HashSet<string>(previous.Symbols, StringComparer.Ordinal);
        var after = new HashSet<string>(next.Symbols, StringComparer.Ordinal);
        return new SessionConfigDiff(
            new EquatableArray<string>(next.Symbols.Where(s => !before.Contains(s))),
            new EquatableArray<string>(next.Symbols.Where(before.Contains)),
            new EquatableArray<string>(previous.Symbols.Where(s => !after.Contains(s))),
            new EquatableArray<ConfiguredIndicator>(previous.Indicators.Where(i => !next.Indicators.Contains(i))));
    }

    /// <summary>
    /// Why a session running on <paramref name="previous"/> cannot take <paramref name="next"/> without a restart; null when it can.
    /// </summary>
    public static string? Unchangeable(ResolvedSessionConfig previous, ResolvedSessionConfig next)
    {
        var changed = new List<string>();
        if (!string.Equals(previous.Exchange, next.Exchange, StringComparison.Ordinal) || previous.SymbolExchanges != next.SymbolExchanges)
        {
            changed.Add("\"" + SessionConfigSchema.Exchange + "\" (the session's calendars)");
        }

        if (previous.BaseIntervals != next.BaseIntervals)
        {
            changed.Add("\"" + SessionConfigSchema.Streams + "\" (the feed's subscriptions)");
        }

        if (!string.Equals(previous.DataRoot, next.DataRoot, StringComparison.Ordinal) || previous.ObjectStorage != next.ObjectStorage)
        {
            changed.Add("\"" + SessionConfigSchema.Data + "\" (the bar store)");
        }

        return changed.Count == 0
            ? null
            : "The new config changes " + string.Join(" and ", changed) + ", which a running session keeps: restart the session to change "
              + (changed.Count == 1 ? "it" : "them") + ", or reload a config that keeps " + (changed.Count == 1 ? "it" : "them") + " as it is.";
    }
}
