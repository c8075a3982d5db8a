namespace Provisioning.Cli.Reports;

/// <summary>
/// Counts of a replay: additions and how they ended (<c>PartialHistory</c> counts those of <c>Succeeded</c> that came
/// back with less history than expected), feed bars no series took, and the wall-clock time.
/// </summary>
internal sealed record RunSummary(int Additions, int Succeeded, int PartialHistory, int NotSucceeded, long UnroutedBars, double ElapsedMilliseconds);
