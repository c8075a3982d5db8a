using System.Linq;
using Provisioning.Collections;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.State;

/// <summary>What the session holds for one symbol: its metadata, bar series and indicators.</summary>
/// <param name="Symbol">The normalised symbol.</param>
/// <param name="AddedBy">The source that added it (or upgraded it to the config).</param>
/// <param name="MeetsSessionConfigRequirements">True when it has been provisioned with everything the session config asks.</param>
/// <param name="AutoProvisioned">True when it was created for an addition that was not the config's.</param>
/// <param name="UpgradedFromAdhoc">True when it was added ad hoc and later upgraded in place by the config.</param>
/// <param name="Intervals">Its bar series.</param>
/// <param name="IndicatorKeys">The keys of its indicators (<c>sma(20)@5m</c>).</param>
public sealed record SymbolState(
    string Symbol,
    ProvisionSource AddedBy,
    bool MeetsSessionConfigRequirements,
    bool AutoProvisioned,
    bool UpgradedFromAdhoc,
    EquatableArray<IntervalState> Intervals,
    EquatableArray<string> IndicatorKeys)
{
    /// <summary>The series of <paramref name="interval"/>, or null when the symbol has none.</summary>
    public IntervalState? Find(Interval interval) => Intervals.FirstOrDefault(s => s.Interval == interval);

    /// <summary>True when the symbol has a series of <paramref name="interval"/>.</summary>
    public bool HasInterval(Interval interval) => Find(interval) is not null;

    /// <summary>True when the session stream feeds the symbol's series of <paramref name="interval"/>.</summary>
    public bool IsStreaming(Interval interval) => Find(interval)?.IsStreaming == true;

    /// <summary>True when the symbol has the indicator with <paramref name="key"/>.</summary>
    public bool HasIndicator(string key) => IndicatorKeys.Contains(key);
}
