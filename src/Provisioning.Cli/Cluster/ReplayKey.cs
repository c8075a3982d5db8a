using System;
using System.Globalization;
using System.Text.Json;

namespace Provisioning.Cli.Cluster;

/// <summary>
/// What a replay grain replays: the session config file, the data root (null: the config's own), the strategies'
/// assembly (null: none) and the date. The same key is the same grain wherever it is asked for. Paths must reach the
/// same files on every silo (a shared path, or an <c>s3://</c> data root).
/// </summary>
/// <param name="Config">The session config file's path.</param>
/// <param name="Data">The data root (a folder or <c>s3://bucket/prefix</c>), or null for the config's data.root.</param>
/// <param name="Date">The trading session to replay.</param>
/// <param name="Strategies">The author's strategies (a built .dll, or a project the silo builds), or null for none.</param>
public sealed record ReplayKey(string Config, string? Data, DateOnly Date, string? Strategies = null)
{
    private const string NotAKey = "Not a replay key: a key is the JSON array [config, data or null, \"yyyy-MM-dd\", strategies or null] that ReplayKey.Format writes.";

    /// <summary>The grain key: the fields as a JSON array, so no path character can be mistaken for a separator.</summary>
    public string Format() => JsonSerializer.Serialize(new[] { Config, Data, Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Strategies });

    /// <summary>The key <see cref="Format"/> made.</summary>
    /// <exception cref="FormatException">The text is not such a key.</exception>
    public static ReplayKey Parse(string key)
    {
        string?[]? parts;
        try
        {
            parts = JsonSerializer.Deserialize<string?[]>(key);
        }
        catch (JsonException e)
        {
            throw new FormatException(NotAKey, e);
        }

        if (parts is not [{ } config, var data, { } date, var strategies]
            || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new FormatException(NotAKey);
        }

        return new ReplayKey(config, data, day, strategies);
    }
}
