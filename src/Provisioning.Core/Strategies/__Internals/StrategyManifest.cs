using System.ComponentModel;
using System.Linq;
using Provisioning.Collections;
using Provisioning.Indicators;
using Provisioning.Intervals;

namespace Provisioning.Strategies.__Internals;

/// <summary>
/// Everything a strategy declares with attributes, as data: its bars (<see cref="Strategies.BarsAttribute"/>) and its
/// indicators (<see cref="Strategies.UsesIndicatorAttribute{TIndicator}"/>) with parsed intervals and full specs. The
/// generator builds one per strategy at compile time; the session coordinator provisions it for each symbol before the
/// open in one call.
/// </summary>
/// <param name="StrategyName">The strategy class's name.</param>
/// <param name="Bars">The declared bars, in declaration order (a base class's first).</param>
/// <param name="Indicators">The declared indicators, in declaration order (a base class's first).</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record StrategyManifest(
    string StrategyName,
    EquatableArray<BarDeclaration> Bars,
    EquatableArray<IndicatorSpec> Indicators)
{
    /// <summary>A manifest that declares nothing.</summary>
    public static StrategyManifest Empty(string strategyName) =>
        new(strategyName, EquatableArray<BarDeclaration>.Empty, EquatableArray<IndicatorSpec>.Empty);

    /// <summary>True when the strategy declares no bars and no indicators.</summary>
    public bool IsEmpty => Bars.IsEmpty && Indicators.IsEmpty;

    /// <summary>The declared base intervals, ascending.</summary>
    public EquatableArray<Interval> BaseIntervals =>
        new(Bars.Where(b => b.IsBase).Select(b => b.Interval).Distinct().OrderBy(i => i));

    /// <summary>Every interval the strategy needs bars of (declared bars and the indicators' intervals), ascending.</summary>
    public EquatableArray<Interval> Intervals =>
        new(Bars.Select(b => b.Interval).Concat(Indicators.Select(i => i.Interval)).Distinct().OrderBy(i => i));
}
