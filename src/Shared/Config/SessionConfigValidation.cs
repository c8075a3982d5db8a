using System.Collections.Generic;
using Provisioning.Json;

namespace Provisioning.Config;

/// <summary>The outcome of checking a session config: every issue found, in text order, and the JSON read.</summary>
internal sealed class SessionConfigValidation
{
    /// <summary>Creates an outcome.</summary>
    public SessionConfigValidation(IReadOnlyList<ConfigIssue> issues, JsonNode? root)
    {
        Issues = issues;
        Root = root;
        foreach (var issue in issues)
        {
            if (issue.Severity == ConfigIssueSeverity.Error)
            {
                HasErrors = true;
            }
        }
    }

    /// <summary>The issues in text order; empty for a clean config.</summary>
    public IReadOnlyList<ConfigIssue> Issues { get; }

    /// <summary>The JSON document; null when it is not JSON.</summary>
    public JsonNode? Root { get; }

    /// <summary>True when at least one issue is an error: the config cannot be used.</summary>
    public bool HasErrors { get; }
}
