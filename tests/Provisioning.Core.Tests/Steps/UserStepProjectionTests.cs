using System.Threading.Tasks;
using Provisioning.Collections;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.State;
using Provisioning.Steps;
using static Provisioning.Core.Tests.Requirements.ExampleSession;

namespace Provisioning.Core.Tests.Steps;

/// <summary>A user-defined step that tells later plans an indicator is there (say, one the user registers themselves).</summary>
public sealed record MarkIndicatorPresent(string Symbol, string Key) : ProvisioningStep(Symbol)
{
    public override string Describe() => "mark " + Key + " present for " + Symbol;

    public override SessionStateSnapshot Project(SessionStateSnapshot state) =>
        state.TryGetSymbol(Symbol, out var symbol) && !symbol.HasIndicator(Key)
            ? state.With(symbol with { IndicatorKeys = symbol.IndicatorKeys.Append(Key) })
            : state;
}

/// <summary>A user-defined step that keeps the default projection.</summary>
public sealed record NotifyDesk(string Symbol, string Message) : ProvisioningStep(Symbol)
{
    public override string Describe() => "notify the desk: " + Message;
}

public static class UserStepHandlers
{
    [StepHandler]
    public static ValueTask<StepResult> Mark(MarkIndicatorPresent step, StepContext context) => new(StepResult.Done());

    [StepHandler]
    public static ValueTask<StepResult> Notify(NotifyDesk step, StepContext context) => new(StepResult.Done());
}

/// <summary>
/// The dry run plans each addition against the state the plans before it leave, and every step, built-in or
/// user-defined, projects its own effect onto that state.
/// </summary>
public sealed class UserStepProjectionTests
{
    private static readonly RequirementAnalyzer Analyzer = new(Resolved(), Estimator);
    private static readonly ProvisioningPlanner Planner = new(Estimator);

    [Fact]
    public void A_user_step_in_a_real_plan_projects_its_effect_onto_the_next_plan()
    {
        var spec = Sma(20, Interval.Minutes(5));
        var request = new IndicatorRequest("AAPL", spec, ProvisionSource.Strategy);

        // The symbol's plan, as the pipeline makes it, with the user's step after it.
        var symbol = Plan(new SymbolRequest("AAPL", ProvisionSource.Config), SessionStateSnapshot.Empty);
        var withUserStep = new ProvisioningPlan("AAPL", symbol.Steps.Append(new MarkIndicatorPresent("AAPL", spec.Key)));
        var withNotification = new ProvisioningPlan("AAPL", symbol.Steps.Append(new NotifyDesk("AAPL", "AAPL is in")));

        var marked = withUserStep.Project(SessionStateSnapshot.Empty);
        var notified = withNotification.Project(SessionStateSnapshot.Empty);

        // The marking step's projection makes the indicator present, so the next plan has nothing to register (the
        // symbol's history and streams are in place: nothing else is missing either).
        Assert.True(marked.TryGetSymbol("AAPL", out var aapl));
        Assert.Equal(["sma(20)@5m"], aapl.IndicatorKeys);
        Assert.True(Plan(request, marked).IsEmpty);

        // The default projection changes nothing: the state is the built-in steps' alone, and the indicator is planned.
        Assert.Equal(symbol.Project(SessionStateSnapshot.Empty), notified);
        var register = Assert.IsType<RegisterIndicator>(Assert.Single(Plan(request, notified).Steps));
        Assert.Equal(spec, register.Spec);
    }

    private static ProvisioningPlan Plan(ProvisioningRequest request, SessionStateSnapshot state) =>
        Planner.Plan(Analyzer.Analyze(request, state, Monday1000), state);
}
