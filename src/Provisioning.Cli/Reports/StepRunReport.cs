using Provisioning.Steps;

namespace Provisioning.Cli.Reports;

/// <summary>One executed step, as JSON.</summary>
internal sealed record StepRunReport(string Type, string Description, StepStatus Status, double DurationMilliseconds, string? Message)
{
    public static StepRunReport From(StepResult report) =>
        new(report.Step.GetType().Name, report.Step.Describe(), report.Status, report.Duration.TotalMilliseconds, report.Message);
}
