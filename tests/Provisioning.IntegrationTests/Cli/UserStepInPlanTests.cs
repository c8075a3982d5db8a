using System;
using System.IO;
using Provisioning.Cli.Output;
using Provisioning.Cli.Reports;
using Provisioning.Collections;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Steps;
using Provisioning.Planning.Validation;
using Spectre.Console;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// <c>provision plan</c> shows every step of a plan by its own plan text, a user-defined one as a built-in one: the
/// CLI has no switch over step kinds.
/// </summary>
public sealed class UserStepInPlanTests
{
    [Fact]
    public void A_user_defined_step_shows_in_the_plan_tree_and_in_its_json()
    {
        var requirements = new ProvisioningRequirements
        {
            Operation = OperationType.Symbol,
            Source = ProvisionSource.Config,
            Symbol = "AAPL",
            Reason = "AAPL needs 1m bars.",
        };
        var plan = new ProvisioningPlan("AAPL", EquatableArray<ProvisioningStep>.Of(
            new CreateSymbol("AAPL", ProvisionSource.Config, MeetsSessionConfigRequirements: true, AutoProvisioned: false),
            new AuditSymbol("AAPL", "desk-7")));
        var entry = new DryRunEntry("AAPL", "symbol AAPL", new PreparedAddition(requirements, new StepZeroResult(default, default, true, true, true), plan));
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;

        PlanView.Render(console, "session.json", "./data", "XNYS", new DateTime(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc), [entry]);
        var report = AdditionReport.From(entry);

        Assert.Contains("AuditSymbol: audit AAPL for desk-7", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, report.Steps.Count);
        Assert.Equal("AuditSymbol", report.Steps[1]["type"]!.GetValue<string>());
        Assert.Equal("audit AAPL for desk-7", report.Steps[1]["description"]!.GetValue<string>());
        Assert.Equal("desk-7", report.Steps[1]["desk"]!.GetValue<string>());
    }

    /// <summary>A user-defined step (its handler would live in the user's assembly).</summary>
    private sealed record AuditSymbol(string Symbol, string Desk) : ProvisioningStep(Symbol)
    {
        public override string Describe() => $"audit {Symbol} for {Desk}";
    }
}
