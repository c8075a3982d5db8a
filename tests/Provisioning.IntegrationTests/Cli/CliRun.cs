using System.IO;
using System.Text.Json;
using Provisioning.Cli;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>One in-process run of the <c>provision</c> command: its exit code, standard output and standard error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Standard output as one JSON document (fails the test when it is anything else).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }

    /// <summary>True when standard error shows a .NET stack trace, which the CLI never prints.</summary>
    public bool HasStackTrace => Error.Contains("   at ", System.StringComparison.Ordinal) || Output.Contains("   at Provisioning", System.StringComparison.Ordinal);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
