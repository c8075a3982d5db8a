namespace Provisioning.Cli.Reports;

/// <summary>Counts of a replay: additions and how they ended, feed bars no series took, and the wall-clock time.</summary>
internal sealed record RunSummary(int Additions, int Succeeded, int NotSucceeded, long UnroutedBars, double ElapsedMilliseconds);
