using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Provisioning.Cli.Reports;

/// <summary>What <c>provision run --dates --json</c> prints: each session's run report, in date order, and their sums.</summary>
internal sealed record RunSeriesReport(
    string Command,
    bool Ok,
    int ExitCode,
    string Config,
    string DataRoot,
    string Exchange,
    DateOnly From,
    DateOnly To,
    int Workers,
    IReadOnlyList<JsonElement> Sessions,
    RunSeriesSummary Summary);

/// <summary>The sums of a series of replays; a session that did not report (its worker failed) counts in <see cref="SessionsFailed"/>.</summary>
internal sealed record RunSeriesSummary(
    int Sessions,
    int SessionsOk,
    int SessionsNotOk,
    int SessionsFailed,
    int Additions,
    int Succeeded,
    int PartialHistory,
    int NotSucceeded,
    double ElapsedMilliseconds);
