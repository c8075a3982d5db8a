using System;
using System.Globalization;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Hosting;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>The reason of a history load below the minimum reads the same under de-DE as anywhere else.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class PartialHistoryCultureTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task The_minimum_message_uses_invariant_numbers_and_dates_under_de_DE()
    {
        // Monday 2024-11-25 without the minutes divisible by 3: 14:30..20:59 holds 10 + 6 × 20 = 130 of them, so
        // 260 of 390 bars = 66.67 %, below a minimum of 92.5 %; both fractions have a decimal separator to show.
        var before = CultureInfo.CurrentCulture;
        AdditionResult added;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var store = new ThinnedStore(sample.OpenStore(), bar => bar.Start.Minute % 3 != 0);
            var replay = new ReplaySession(store, ReplaySession.Config([]), Tuesday, historyLoad: new HistoryLoadOptions { MinimumLoadedFraction = 0.925 });
            added = await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Equal(AdditionStatus.Failed, added.Status);
        Assert.Contains("NVDA 1m: 260 of 390 expected bars (66.7%) from 2024-11-25 14:30Z", added.Reason, StringComparison.Ordinal);
        Assert.Contains("below the minimum of 92.5% of the expected bars", added.Reason, StringComparison.Ordinal);
    }
}
