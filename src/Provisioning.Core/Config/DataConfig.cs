using System.Text.Json.Serialization;

namespace Provisioning.Config;

/// <summary>The <c>data</c> section of a session config: where stored bars live.</summary>
internal sealed class DataConfig
{
    /// <summary>The default data root, "data".</summary>
    public const string DefaultRoot = "data";

    /// <summary>The root folder of the bar store, absolute or relative (the host decides relative to what). Default "data".</summary>
    [JsonPropertyName("root")]
    public string Root { get; set; } = DefaultRoot;
}
