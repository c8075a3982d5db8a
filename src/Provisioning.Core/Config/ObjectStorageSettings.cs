namespace Provisioning.Config;

/// <summary>The <c>data</c> keys beside an <c>s3://</c> root, checked (credentials are never config: the AWS chain gives them).</summary>
/// <param name="Endpoint">An S3-compatible server's URL; null for AWS.</param>
/// <param name="Region">The (signing) region; null takes the chain's.</param>
/// <param name="PathStyle">Path-style addressing (MinIO).</param>
internal sealed record ObjectStorageSettings(string? Endpoint, string? Region, bool PathStyle);
