namespace Provisioning.Cli.Reports;

/// <summary>One thing Step 0 found in the way, as JSON.</summary>
/// <param name="Kind">The <see cref="Planning.Validation.ValidationProblemKind"/> name.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Path">The file or folder concerned, when there is one.</param>
internal sealed record ProblemReport(string Kind, string Message, string? Path);
