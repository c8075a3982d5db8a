namespace Provisioning.Config;

/// <summary>One thing wrong with a session config: where it is, as a JSON path, and what to do about it.</summary>
/// <param name="Path">The JSON path of the value in camelCase keys: "streams[1]", "historical.trailingDays", "indicators[0].interval".</param>
/// <param name="Message">What is wrong and what to write instead.</param>
internal sealed record SessionConfigError(string Path, string Message)
{
    /// <summary>The 1-based line in the config text; 0 when the config was not read from text (an options object).</summary>
    internal int Line { get; init; }

    /// <summary>The 1-based column in the config text; 0 when the config was not read from text.</summary>
    internal int Column { get; init; }

    /// <summary>"path: message".</summary>
    public override string ToString() => Path + ": " + Message;
}
