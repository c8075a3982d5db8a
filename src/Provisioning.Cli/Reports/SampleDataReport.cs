using System.Collections.Generic;

namespace Provisioning.Cli.Reports;

/// <summary>What <c>provision sample-data --json</c> prints.</summary>
/// <param name="Command">"sample-data".</param>
/// <param name="Ok">True.</param>
/// <param name="ExitCode">0.</param>
/// <param name="Out">The folder written, absolute.</param>
/// <param name="DataWritten">False when the same sample data was already there (nothing rewritten).</param>
/// <param name="Symbols">The sample symbols.</param>
/// <param name="Config">The example session config's path.</param>
/// <param name="ConfigWritten">False when a session.json was already there (it is never overwritten).</param>
internal sealed record SampleDataReport(string Command, bool Ok, int ExitCode, string Out, bool DataWritten, IReadOnlyList<string> Symbols, string Config, bool ConfigWritten);
