using System;
using Provisioning.Steps;

namespace Provisioning.Execution;

/// <summary>The outcome and duration of one executed step.</summary>
/// <param name="Step">The step.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Duration">How long it ran (zero when skipped).</param>
/// <param name="Message">What it did, or why it failed.</param>
public sealed record StepReport(ProvisioningStep Step, StepStatus Status, TimeSpan Duration, string? Message);
