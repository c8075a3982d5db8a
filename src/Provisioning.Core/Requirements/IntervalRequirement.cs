using Provisioning.Intervals;

namespace Provisioning.Requirements;

/// <summary>One interval an addition needs and where its bars come from.</summary>
/// <param name="Interval">The interval.</param>
/// <param name="BuiltFrom">The base it is aggregated from; null when it is itself a base (streamed or stored).</param>
internal readonly record struct IntervalRequirement(Interval Interval, Interval? BuiltFrom)
{
    /// <summary>True when the interval is a base: its bars are streamed or read, not aggregated.</summary>
    public bool IsBase => BuiltFrom is null;
}
