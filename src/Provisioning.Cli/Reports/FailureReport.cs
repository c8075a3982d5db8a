using System.Collections.Generic;
using Provisioning.Cli.Loading;

namespace Provisioning.Cli.Reports;

/// <summary>What a command prints with <c>--json</c> when it stops before its work: a usage error, an invalid config, or an unexpected error (exit code 3).</summary>
internal sealed record FailureReport(string Command, bool Ok, int ExitCode, string Error, IReadOnlyList<ReportedIssue> ConfigIssues)
{
    public static FailureReport From(string command, CommandFailure failure) =>
        new(command, false, failure.ExitCode, failure.Message, failure.Issues);
}
