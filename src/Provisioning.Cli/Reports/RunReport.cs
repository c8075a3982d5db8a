using System;
using System.Collections.Generic;

namespace Provisioning.Cli.Reports;

/// <summary>What <c>provision run --json</c> prints.</summary>
internal sealed record RunReport(
    string Command,
    bool Ok,
    int ExitCode,
    string Config,
    string DataRoot,
    string Exchange,
    DateOnly Date,
    DateTime OpenUtc,
    DateTime CloseUtc,
    bool EarlyClose,
    IReadOnlyList<AdditionRunReport> Additions,
    IReadOnlyList<SymbolRunReport> Symbols,
    RunSummary Summary);
