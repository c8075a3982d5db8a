namespace Provisioning.Config;

/// <summary>One thing wrong with a session config: where it is, as a JSON path, and what to do about it.</summary>
/// <param name="Path">The JSON path of the value in camelCase keys: "streams[1]", "historical.trailingDays", "indicators[0].interval".</param>
/// <param name="Message">What is wrong and what to write instead.</param>
public sealed record SessionConfigError(string Path, string Message)
{
    /// <summary>"path: message".</summary>
    public override string ToString() => Path + ": " + Message;
}
