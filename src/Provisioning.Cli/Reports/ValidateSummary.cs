namespace Provisioning.Cli.Reports;

/// <summary>Counts of a validation: additions checked, those Step 0 refused, series measured and those below --min-quality.</summary>
internal sealed record ValidateSummary(int Additions, int Blocked, int Series, int BelowMinimumQuality, double? MinimumQuality);
