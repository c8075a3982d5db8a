using System.Collections.Generic;
using System.Linq;
using Provisioning.Collections;
using Provisioning.Intervals;
using Provisioning.State;
using Provisioning.Steps;
using Provisioning.Symbols;
using Provisioning.Text;

namespace Provisioning.Planning.Removal;

/// <summary>
/// Analyses and plans a removal against the symbol's state and its grants (reference counts per requester): the
/// requester's holds are dropped, and only what no other grant holds is removed, with what depends on it (an indicator
/// on a removed series, a series built from a removed base). The plan's typed steps run in dependency order:
/// <see cref="UnregisterIndicator"/>, <see cref="StopSessionStream"/>, <see cref="DropInterval"/> (derived, then bases),
/// <see cref="DropSymbol"/>.
/// </summary>
internal static class RemovalPlanner
{
    /// <summary>What <paramref name="request"/> lets go of, given the symbol's <paramref name="state"/> (null when the session does not have it) and <paramref name="grants"/>.</summary>
    public static RemovalAnalysis Analyze(RemovalRequest request, SymbolState? state, IReadOnlyList<Grant> grants)
    {
        if (!SymbolName.TryNormalize(request.Symbol, out var symbol, out var problem))
        {
            return RemovalAnalysis.Refused(request.Symbol ?? string.Empty, $"Cannot remove from {EchoedText.Inline(request.Symbol ?? string.Empty)}: {problem}");
        }

        var what = request.Addition ?? "the symbol";
        if (state is null)
        {
            return RemovalAnalysis.Refused(symbol, $"Cannot remove {EchoedText.Inline(what)} of {symbol}: the session does not have {symbol}.");
        }

        var dropped = grants.Where(g => Matches(g, request.Requester, request.Addition)).ToArray();
        if (dropped.Length == 0 && request.Requester.Name is not null)
        {
            // What the session provisioned for every strategy's declarations before the open is held by the strategies
            // together, not by one by name: a strategy may let go of it.
            dropped = grants.Where(g => Matches(g, request.Requester with { Name = null }, request.Addition)).ToArray();
        }

        if (dropped.Length == 0)
        {
            var holders = grants.Where(g => request.Addition is null || g.Addition == request.Addition).Select(g => g.Requester.ToString()).Distinct().ToArray();
            var held = holders.Length == 0 ? "nobody added it" : "it is held by " + string.Join(", ", holders);
            return RemovalAnalysis.Refused(symbol, $"Cannot remove {EchoedText.Inline(what)} of {symbol}: {request.Requester} never added it ({held}).");
        }

        var remaining = grants.Except(dropped).ToArray();
        var heldAfter = remaining.SelectMany(g => g.Things).ToHashSet();
        var released = new List<HeldThing>();
        var kept = new List<string>();
        foreach (var thing in dropped.SelectMany(g => g.Things).Distinct())
        {
            if (!heldAfter.Contains(thing))
            {
                released.Add(thing);
                continue;
            }

            var by = remaining.Where(g => g.Things.Contains(thing)).Select(g => $"{g.Requester} ({g.Addition})").Distinct();
            kept.Add($"{thing} kept: held by {string.Join(", ", by)}");
        }

        return new RemovalAnalysis(
            symbol,
            new EquatableArray<Grant>(dropped),
            new EquatableArray<Grant>(remaining),
            new EquatableArray<HeldThing>(released),
            new EquatableArray<string>(kept),
            null);
    }

    /// <summary>The steps that remove what <paramref name="analysis"/> released from <paramref name="state"/>.</summary>
    public static ProvisioningPlan Plan(RemovalAnalysis analysis, SymbolState state)
    {
        var symbol = analysis.Symbol;
        if (!analysis.CanProceed)
        {
            return ProvisioningPlan.Nothing(symbol);
        }

        // The whole symbol goes: everything it holds, whoever staged it.
        var drops = analysis.DropsSymbol
            ? state.Intervals.Select(i => i.Interval).ToHashSet()
            : analysis.Released.Where(t => t.Kind == HeldKind.Series && state.HasInterval(t.Interval)).Select(t => t.Interval).ToHashSet();

        // A series built from a dropped base goes with it; so does an indicator on a dropped series.
        foreach (var series in state.Intervals)
        {
            if (series.BuiltFrom is { } from && drops.Contains(from))
            {
                drops.Add(series.Interval);
            }
        }

        var indicators = analysis.DropsSymbol
            ? state.IndicatorKeys.ToList()
            : analysis.Released.Where(t => t.Kind == HeldKind.Indicator && state.HasIndicator(t.IndicatorKey!)).Select(t => t.IndicatorKey!).ToList();
        foreach (var key in state.IndicatorKeys)
        {
            if (!indicators.Contains(key) && IntervalOf(key) is { } on && drops.Contains(on))
            {
                indicators.Add(key);
            }
        }

        var streams = state.Intervals
            .Where(i => i.IsStreaming && (drops.Contains(i.Interval) || analysis.Released.Contains(HeldThing.Stream(i.Interval))))
            .Select(i => i.Interval);

        var steps = new List<ProvisioningStep>();
        steps.AddRange(indicators.Order(System.StringComparer.Ordinal).Select(key => new UnregisterIndicator(symbol, key)));
        steps.AddRange(streams.Order().Select(interval => new StopSessionStream(symbol, interval)));
        steps.AddRange(state.Intervals
            .Where(i => drops.Contains(i.Interval))
            .OrderBy(i => i.BuiltFrom is null ? 1 : 0)
            .ThenByDescending(i => i.Interval)
            .Select(i => new DropInterval(symbol, i.Interval)));
        if (analysis.DropsSymbol)
        {
            steps.Add(new DropSymbol(symbol));
        }

        return new ProvisioningPlan(symbol, EquatableArray<ProvisioningStep>.FromOwnedArray(steps.ToArray()));
    }

    private static bool Matches(Grant grant, Requester requester, string? addition) =>
        grant.Requester == requester && (addition is null || grant.Addition == addition);

    // The interval of an indicator key (sma(20)@5m): after its last '@'.
    private static Interval? IntervalOf(string key)
    {
        var at = key.LastIndexOf('@');
        return at >= 0 && Interval.TryParse(key[(at + 1)..], out var interval) ? interval : null;
    }
}
