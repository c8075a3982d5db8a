using System.Text.Json.Serialization;

namespace Provisioning.Config;

/// <summary>The <c>data</c> section of a session config: where stored bars live.</summary>
internal sealed class DataConfig
{
    /// <summary>The default data root, "data".</summary>
    public const string DefaultRoot = "data";

    /// <summary>
    /// The root folder of the bar store, absolute or relative (the host decides relative to what), or object storage as
    /// <c>s3://bucket/prefix</c>. Default "data".
    /// </summary>
    [JsonPropertyName("root")]
    public string Root { get; set; } = DefaultRoot;

    /// <summary>For an <c>s3://</c> root: an S3-compatible server's URL (MinIO, R2); null for AWS.</summary>
    [JsonPropertyName("endpoint")]
    public string? Endpoint { get; set; }

    /// <summary>For an <c>s3://</c> root: the region (or signing region); null takes the AWS chain's.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>For an <c>s3://</c> root: path-style addressing, which MinIO needs.</summary>
    [JsonPropertyName("pathStyle")]
    public bool? PathStyle { get; set; }
}
