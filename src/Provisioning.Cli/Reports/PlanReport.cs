using System;
using System.Collections.Generic;
using Provisioning.Cli.Loading;

namespace Provisioning.Cli.Reports;

/// <summary>What <c>provision plan --json</c> prints.</summary>
internal sealed record PlanReport(
    string Command,
    bool Ok,
    int ExitCode,
    string Config,
    string DataRoot,
    string Exchange,
    DateTime AtUtc,
    IReadOnlyList<ReportedIssue> ConfigIssues,
    IReadOnlyList<AdditionReport> Additions,
    PlanSummary Summary);
