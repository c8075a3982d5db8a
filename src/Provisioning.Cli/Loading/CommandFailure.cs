using System;
using System.Collections.Generic;

namespace Provisioning.Cli.Loading;

/// <summary>Why a command stops before doing its work: a usage error, an invalid config or an unexpected error, with its exit code.</summary>
/// <param name="ExitCode"><see cref="ExitCodes.Usage"/>, <see cref="ExitCodes.ValidationFailed"/> or <see cref="ExitCodes.Unexpected"/>.</param>
/// <param name="Message">One or two sentences saying what is wrong and what to do.</param>
/// <param name="Issues">The config's issues, errors and warnings, when the config was read.</param>
internal sealed record CommandFailure(int ExitCode, string Message, IReadOnlyList<ReportedIssue> Issues)
{
    public static CommandFailure Usage(string message) => new(ExitCodes.Usage, message, Array.Empty<ReportedIssue>());

    public static CommandFailure Unexpected(string message) => new(ExitCodes.Unexpected, message, Array.Empty<ReportedIssue>());

    public static CommandFailure InvalidConfig(string message, IReadOnlyList<ReportedIssue> issues) =>
        new(ExitCodes.ValidationFailed, message, issues);
}
