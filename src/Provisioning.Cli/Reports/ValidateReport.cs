using System;
using System.Collections.Generic;
using Provisioning.Cli.Loading;

namespace Provisioning.Cli.Reports;

/// <summary>What <c>provision validate --json</c> prints.</summary>
internal sealed record ValidateReport(
    string Command,
    bool Ok,
    int ExitCode,
    string Config,
    string DataRoot,
    string Exchange,
    DateTime AtUtc,
    IReadOnlyList<ReportedIssue> ConfigIssues,
    IReadOnlyList<AdditionReport> Checks,
    IReadOnlyList<QualityReport> Quality,
    IReadOnlyList<string> Notes,
    ValidateSummary Summary)
{
    /// <summary>Each config symbol's corporate actions and the normalization its history is loaded in.</summary>
    public IReadOnlyList<CorporateActionReport> CorporateActions { get; init; } = [];
}
