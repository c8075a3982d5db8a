using System.Text.Json.Serialization;

namespace Provisioning.Config;

/// <summary>One entry of <c>historical.data</c>: an interval and the trading days of history it loads.</summary>
internal sealed class HistoricalDataConfig
{
    /// <summary>The interval, such as "1m"; a derived interval loads its base.</summary>
    [JsonPropertyName("interval")]
    public string Interval { get; set; } = string.Empty;

    /// <summary>Trading days (sessions) of history, at least 1.</summary>
    [JsonPropertyName("trailingDays")]
    public int TrailingDays { get; set; }
}
