using System;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

/// <summary>Bad input from a scanner's data is a rejected result with a reason, never an exception (IProvisioningSession).</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class BadInputTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task A_missing_symbol_is_rejected_with_a_reason()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"]), Tuesday);
        string? missing = null;

        var symbol = await replay.Coordinator.AddSymbolAsync(missing!, ProvisionSource.Scanner);
        var bars = await replay.Coordinator.AddBarsAsync(missing!, "5m", source: ProvisionSource.Scanner);
        var indicator = await replay.Coordinator.AddIndicatorAsync(missing!, "sma", [new("period", 20)], "5m", ProvisionSource.Scanner);

        Assert.All([symbol, bars, indicator], r =>
        {
            Assert.Equal(AdditionStatus.Rejected, r.Status);
            Assert.False(string.IsNullOrWhiteSpace(r.Reason));
        });
        Assert.Equal(0, replay.Coordinator.Data.Count);
    }
}
