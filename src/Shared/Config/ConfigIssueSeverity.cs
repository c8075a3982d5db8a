namespace Provisioning.Config;

/// <summary>How serious a <see cref="ConfigIssue"/> is.</summary>
internal enum ConfigIssueSeverity
{
    /// <summary>The config cannot be used as written.</summary>
    Error,

    /// <summary>The config works but should be changed (a non-canonical interval, a repeated symbol).</summary>
    Warning,
}
