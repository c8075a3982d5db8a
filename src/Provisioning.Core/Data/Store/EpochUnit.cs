namespace Provisioning.Data.Store;

/// <summary>The unit of a timestamp column stored as a bare 64-bit integer (no timestamp annotation in the file).</summary>
internal enum EpochUnit
{
    /// <summary>
    /// Inferred per file from the magnitude of its values: below 10^11 seconds, below 10^14 milliseconds, below 10^17
    /// microseconds, otherwise nanoseconds. Each unit's range is unambiguous for every instant from 1973-03-03 to 2286.
    /// </summary>
    Auto = 0,

    /// <summary>Seconds since 1970-01-01T00:00:00Z.</summary>
    Seconds,

    /// <summary>Milliseconds since 1970-01-01T00:00:00Z.</summary>
    Milliseconds,

    /// <summary>Microseconds since 1970-01-01T00:00:00Z.</summary>
    Microseconds,

    /// <summary>Nanoseconds since 1970-01-01T00:00:00Z.</summary>
    Nanoseconds,
}
