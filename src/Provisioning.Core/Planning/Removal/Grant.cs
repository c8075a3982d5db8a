using System.Collections.Generic;
using System.Linq;
using Provisioning.Collections;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Planning.Removal;

/// <summary>
/// The hold one succeeded addition gives its requester on a symbol: the addition it stands for (<see cref="Addition"/>,
/// one per requester and addition) and every thing it needed, the bases it implied included. A thing stays in the
/// session while some grant holds it.
/// </summary>
/// <param name="Requester">Who holds it.</param>
/// <param name="Addition">The addition, as a key: <c>symbol</c>, <c>bars 5m</c>, <c>indicator sma(20)@5m</c>.</param>
/// <param name="Things">What the addition needed.</param>
internal sealed record Grant(Requester Requester, string Addition, EquatableArray<HeldThing> Things)
{
    /// <summary>The addition key of a symbol addition.</summary>
    public const string SymbolAddition = "symbol";

    /// <summary>The addition key of bars of <paramref name="interval"/>.</summary>
    public static string BarsAddition(Interval interval) => "bars " + interval;

    /// <summary>The addition key of the indicator <paramref name="key"/>.</summary>
    public static string IndicatorAddition(string key) => "indicator " + key;

    /// <summary>
    /// The grant of a succeeded addition: what its requirements needed (the symbol, every required series, the streams
    /// of its bases when it streams, the indicator); null when the request names nothing a removal could name.
    /// </summary>
    public static Grant? Of(ProvisioningRequest request, ProvisioningRequirements requirements, Requester requester)
    {
        var things = new List<HeldThing> { HeldThing.Symbol };
        foreach (var interval in requirements.IntervalRequirements)
        {
            things.Add(HeldThing.Series(interval.Interval));
            if (interval.IsBase && requirements.NeedsSession)
            {
                things.Add(HeldThing.Stream(interval.Interval));
            }
        }

        string addition;
        switch (request)
        {
            case SymbolRequest:
                addition = SymbolAddition;
                break;
            case BarRequest bars when Interval.TryParse(bars.Interval, out var interval):
                addition = BarsAddition(interval);
                break;
            case IndicatorRequest when requirements.Indicator is { } spec:
                addition = IndicatorAddition(spec.Key);
                things.Add(HeldThing.Indicator(spec.Key, spec.Interval));
                break;
            default:
                return null;
        }

        return new Grant(requester, addition, new EquatableArray<HeldThing>(things.Distinct()));
    }

    /// <summary>This grant holding also what <paramref name="other"/> (the same requester and addition, asked again) holds.</summary>
    public Grant Merge(Grant other) => this with { Things = new EquatableArray<HeldThing>(Things.Concat(other.Things).Distinct()) };
}
