using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Provisioning.Config;

/// <summary>One entry of a session config's <c>indicators</c> list: an indicator every config symbol gets.</summary>
internal sealed class IndicatorConfig
{
    /// <summary>The indicator's declared name, such as "sma".</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>The interval of the bars it is updated on, such as "5m".</summary>
    [JsonPropertyName("interval")]
    public string Interval { get; set; } = string.Empty;

    /// <summary>Its parameter values by constructor parameter name, such as { "period": 20 }.</summary>
    [JsonPropertyName("parameters")]
    public Dictionary<string, double> Parameters { get; set; } = new();
}
