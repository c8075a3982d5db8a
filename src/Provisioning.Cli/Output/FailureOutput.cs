using Provisioning.Cli.CommandLine;
using Provisioning.Cli.Loading;
using Provisioning.Cli.Reports;
using Provisioning.Text;

namespace Provisioning.Cli.Output;

/// <summary>Reports a command that stopped before its work: issues and message on standard error, the JSON document with <c>--json</c>.</summary>
internal static class FailureOutput
{
    public static int Report(CliContext context, string command, CommandFailure failure, bool json)
    {
        foreach (var issue in failure.Issues)
        {
            context.Error.WriteLine(issue.ToString());
        }

        context.Error.WriteLine("provision " + command + ": " + EchoedText.OneLine(failure.Message));
        context.Error.Flush();
        if (json)
        {
            JsonOutput.Write(context.Output, FailureReport.From(command, failure));
        }

        return failure.ExitCode;
    }

    /// <summary>Prints the config's warnings (issues that do not stop it) on standard error.</summary>
    public static void Warnings(CliContext context, LoadedConfig loaded)
    {
        foreach (var warning in loaded.Warnings)
        {
            context.Error.WriteLine(warning.ToString());
        }

        context.Error.Flush();
    }
}
