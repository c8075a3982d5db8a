namespace Provisioning.Intervals;

/// <summary>
/// Which base interval a target interval is built from, or why none can build it.
/// </summary>
internal readonly struct BaseResolution
{
    private BaseResolution(Interval target, Interval baseInterval, string? reason)
    {
        Target = target;
        Base = baseInterval;
        Reason = reason;
    }

    /// <summary>The interval that was asked for.</summary>
    public Interval Target { get; }

    /// <summary>The base it is built from (the target itself when the target is a base); default when none.</summary>
    public Interval Base { get; }

    /// <summary>True when a base was found.</summary>
    public bool Success => !Base.IsDefault;

    /// <summary>True when the target is itself one of the bases: nothing is aggregated.</summary>
    public bool IsBase => Success && Base == Target;

    /// <summary>Why no base can build the target and which base would; null on success.</summary>
    public string? Reason { get; }

    internal static BaseResolution Found(Interval target, Interval baseInterval) => new(target, baseInterval, null);

    internal static BaseResolution Missing(Interval target, string reason) => new(target, default, reason);
}
