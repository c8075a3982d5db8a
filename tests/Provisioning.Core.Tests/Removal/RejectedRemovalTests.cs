using System;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Removal;

/// <summary>Removing what was never added, or naming it badly, is a rejected result with a one-line reason; nothing changes.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class RejectedRemovalTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task Each_bad_or_never_added_removal_is_rejected_and_leaves_the_session_and_its_holds_as_they_were()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1), Tuesday);
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        var state = coordinator.Data.Snapshot();
        var holds = coordinator.Data.Holds.Of("AAPL");

        var removals = new (RemovalResult Result, string Expected)[]
        {
            (await coordinator.RemoveSymbolAsync("ZZZZ", ProvisionSource.Scanner), "the session does not have ZZZZ"),
            (await coordinator.RemoveSymbolAsync("AA\nPL<script>" + new string('x', 500), ProvisionSource.Scanner), "Cannot remove from"),
            (await coordinator.RemoveSymbolAsync("AAPL", ProvisionSource.Scanner), "Scanner never added it"),
            (await coordinator.RemoveBarsAsync("AAPL", "7x", ProvisionSource.Config), "Cannot remove bars 7x of AAPL"),
            (await coordinator.RemoveBarsAsync("AAPL", "15m", ProvisionSource.Config), "Config never added it"),
            (await coordinator.RemoveIndicatorAsync("AAPL", "sma", [new("period", 20)], "5m", ProvisionSource.Strategy), "Strategy never added it (nobody added it)"),
            (await coordinator.RemoveIndicatorAsync("AAPL", "nope", [], "5m", ProvisionSource.Strategy), "Cannot remove indicator nope of AAPL"),
            (await coordinator.RemoveIndicatorAsync("AAPL", "sma", [new("period", -3)], "5m", ProvisionSource.Strategy), "Cannot remove indicator sma of AAPL"),
            (await coordinator.RemoveIndicatorAsync("AAPL", spec: null!, ProvisionSource.Strategy), "no indicator was given"),
        };

        foreach (var (result, expected) in removals)
        {
            Assert.Equal(RemovalStatus.Rejected, result.Status);
            Assert.False(result.Succeeded);
            Assert.True(result.Plan.IsEmpty);
            Assert.Contains(expected, result.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', result.Reason!);
            Assert.True(result.Reason!.Length < 400, result.Reason);
        }

        Assert.Equal(state, coordinator.Data.Snapshot());
        Assert.Equal(holds, coordinator.Data.Holds.Of("AAPL"));
        Assert.Equal(0, coordinator.SymbolGateCount);
    }
}
