using System;
using System.Threading.Tasks;
using Provisioning.Collections;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Session;

/// <summary>The generated typed APIs provision through the runtime with the same requirements as the hand-written path.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class GeneratedApiThroughRuntimeTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task AddSmaAsync_and_a_hand_built_spec_give_the_same_requirements_and_plan()
    {
        var generated = await NewSession().AddSmaAsync("AAPL", period: 20, interval: "5m", source: ProvisionSource.Scanner);
        var handWritten = await NewSession().AddIndicatorAsync(
            "AAPL",
            new IndicatorSpec("sma", EquatableArray.Create<IndicatorParameter>([new("period", 20)]), Interval.Minutes(5), warmupBars: 20),
            ProvisionSource.Scanner);
        var typedSpec = await NewSession().AddIndicatorAsync("AAPL", Sma.Spec(period: 20).On(Interval.Minutes(5)), ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.Succeeded, generated.Status);
        Assert.Equal(handWritten.Requirements, generated.Requirements);
        Assert.Equal(handWritten.Plan, generated.Plan);
        Assert.Equal(typedSpec.Requirements, generated.Requirements);
        Assert.Equal("sma(20)@5m", generated.Requirements.IndicatorKey);
    }

    [Fact]
    public async Task A_generated_addition_with_a_value_out_of_range_is_rejected_with_the_range()
    {
        var session = NewSession();

        var result = await session.AddSmaAsync("AAPL", period: ZeroAtRunTime(), interval: "5m");

        Assert.Equal(AdditionStatus.Rejected, result.Status);
        Assert.Contains("period", result.Reason, StringComparison.Ordinal);
        Assert.False(session.Data.TryGetSymbol("AAPL", out _));
    }

    private static int ZeroAtRunTime() => Environment.ProcessorCount > 0 ? 0 : 1;

    private Provisioning.Session.SessionCoordinator NewSession() =>
        new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday).Coordinator;
}
