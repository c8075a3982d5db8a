namespace Provisioning.Data.Store;

/// <summary>
/// Which column holds what. A null name means "find it": the first column whose name matches a usual name, ignoring
/// case: timestamp, time, ts, datetime, date, start (timestamp); open, high, low, close; volume, vol. A name set here is
/// matched ignoring case too, and a file without it is reported as missing that column.
/// </summary>
internal sealed class ParquetColumnMapping
{
    /// <summary>The timestamp column: the bar's start.</summary>
    public string? Timestamp { get; set; }

    /// <summary>The open price column.</summary>
    public string? Open { get; set; }

    /// <summary>The high price column.</summary>
    public string? High { get; set; }

    /// <summary>The low price column.</summary>
    public string? Low { get; set; }

    /// <summary>The close price column.</summary>
    public string? Close { get; set; }

    /// <summary>The volume column.</summary>
    public string? Volume { get; set; }
}
