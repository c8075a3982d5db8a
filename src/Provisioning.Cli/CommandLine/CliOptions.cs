using System.CommandLine;

namespace Provisioning.Cli.CommandLine;

/// <summary>The options the commands share; each command gets its own instances.</summary>
internal static class CliOptions
{
    public static Option<string> Config() => new("--config", "-c")
    {
        Description = "The session config (session.json): symbols, streams, derived intervals, history, indicators, data root. "
            + "Checked like the build checks it (PRV0008), issues printed as file:line:column.",
        HelpName = "FILE",
        Required = true,
    };

    public static Option<string?> Data() => new("--data", "-d")
    {
        Description = "The bar store's root folder, or object storage as s3://bucket/prefix. Default: the config's data.root, relative to the config file's folder.",
        HelpName = "DIR",
    };

    public static Option<string?> At() => new("--at")
    {
        Description = "The session clock: history ends here. Exchange-local time (\"2024-11-26T10:30\" is 10:30 in New York for XNYS), "
            + "a UTC instant (\"2024-11-26T15:30Z\"), or a date (\"2024-11-26\": that session's open). Default: now.",
        HelpName = "TIME",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print one JSON document on standard output and nothing else (messages still go to standard error).",
    };

    public static Option<string?> Strategies(string use) => new("--strategies", "-s")
    {
        Description = "The author's code: a project (.csproj, or a folder with one; built with `dotnet build -c Release`) or a built "
            + "assembly (.dll). " + use,
        HelpName = "PATH",
    };
}
