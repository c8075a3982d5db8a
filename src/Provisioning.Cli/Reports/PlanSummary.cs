namespace Provisioning.Cli.Reports;

/// <summary>Counts of a plan: additions, those that cannot proceed, and the steps the others would take.</summary>
internal sealed record PlanSummary(int Additions, int Blocked, int Steps);
