using System;
using System.Globalization;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

/// <summary>The reason of a history load below the minimum reads the same under de-DE as anywhere else.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class PartialHistoryCultureTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task The_minimum_message_uses_invariant_numbers_and_dates_under_de_DE()
    {
        // Every other minute of Monday 2024-11-25: 195 of 390 bars = 50 %, below the default minimum of 90 %.
        var store = new ThinnedStore(sample.OpenStore(), bar => bar.Start.Minute % 2 == 0);
        var replay = new ReplaySession(store, ReplaySession.Config([]), Tuesday);
        var before = CultureInfo.CurrentCulture;
        ProvisioningResult added;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            added = await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Equal(ProvisioningStatus.Failed, added.Status);
        Assert.Contains("NVDA 1m: 195 of 390 expected bars (50%) from 2024-11-25 14:30Z", added.Reason, StringComparison.Ordinal);
        Assert.Contains("below the minimum of 90% of the expected bars", added.Reason, StringComparison.Ordinal);
    }
}
