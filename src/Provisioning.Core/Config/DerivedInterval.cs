using Provisioning.Intervals;

namespace Provisioning.Config;

/// <summary>A derived interval of a session config and the base it is aggregated from.</summary>
/// <param name="Interval">The derived interval ("5m").</param>
/// <param name="Base">The coarsest configured base that divides it ("1m").</param>
internal readonly record struct DerivedInterval(Interval Interval, Interval Base);
