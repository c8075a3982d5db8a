namespace Provisioning.Intervals;

/// <summary>The unit of a bar <see cref="Interval"/>. Intraday units are ordered before session units.</summary>
public enum IntervalUnit
{
    /// <summary>Seconds ("s"), intraday.</summary>
    Second = 0,

    /// <summary>Minutes ("m"), intraday.</summary>
    Minute = 1,

    /// <summary>Hours ("h"), intraday.</summary>
    Hour = 2,

    /// <summary>Trading days ("d"): one bar per exchange session, whatever its length.</summary>
    Day = 3,

    /// <summary>Trading weeks ("w"): one bar per calendar week's sessions.</summary>
    Week = 4,
}
