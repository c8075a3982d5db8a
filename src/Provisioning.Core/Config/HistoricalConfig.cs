using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Provisioning.Config;

/// <summary>The <c>historical</c> section of a session config: the history every config symbol loads before the session.</summary>
internal sealed class HistoricalConfig
{
    /// <summary>True to load history for config symbols. Default false.</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; set; }

    /// <summary>Trading days (sessions) of history to load, ending at the session start. At least 1 when enabled.</summary>
    [JsonPropertyName("trailingDays")]
    public int TrailingDays { get; set; }

    /// <summary>
    /// The intervals to load history for; a derived interval loads its base. When empty, every stream loads history.
    /// </summary>
    [JsonPropertyName("intervals")]
    public List<string> Intervals { get; set; } = new();

    /// <summary>
    /// Trading days per interval, instead of <see cref="TrailingDays"/> and <see cref="Intervals"/> (leave those at 0 and
    /// empty: giving both forms is an error). A derived interval loads its base.
    /// </summary>
    [JsonPropertyName("data")]
    public List<HistoricalDataConfig> Data { get; set; } = new();
}
