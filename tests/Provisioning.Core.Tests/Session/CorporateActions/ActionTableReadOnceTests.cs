using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session.CorporateActions;

/// <summary>
/// One addition reads its symbol's corporate-action table for Step 0's availability, its corporate-action check and
/// each history load; the store parses it once. The sample's MSFT table (one 2-for-1 split, ex-date 2024-11-27) lies
/// inside the history window of an addition on 2024-11-29, so every reader uses it.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ActionTableReadOnceTests(SampleStoreFixture sample)
{
    [Fact]
    public async Task Step_zero_and_the_loads_of_one_addition_parse_the_table_once()
    {
        var store = sample.OpenStore();
        var config = ReplaySession.Config(["AAPL"], trailingDays: 2);
        config.Normalization = "SplitAdjusted";
        var replay = new ReplaySession(store, config, new DateOnly(2024, 11, 29));
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        var before = store.ActionTables.Parses;

        var added = await coordinator.AddSymbolAsync("MSFT", ProvisionSource.Scanner);

        Assert.True(added.Succeeded, added.Reason);
        // Step 0 named the split, and each load (1m and 1d) applied it.
        Assert.Contains(added.Validation.CorporateActions, note => note.Contains("2-for-1 split on 2024-11-27", StringComparison.Ordinal));
        var loads = added.Steps.Where(s => s.Step is LoadHistorical).ToArray();
        Assert.Equal(2, loads.Length);
        Assert.All(loads, load => Assert.Contains("SplitAdjusted as of 2024-11-29: 2-for-1 split on 2024-11-27", load.Message, StringComparison.Ordinal));
        Assert.Equal(1, store.ActionTables.Parses - before);

        // A second addition of the symbol, loading more history, reads the unchanged table from the cache.
        var more = await coordinator.AddBarsAsync("MSFT", "1h", days: 5, source: ProvisionSource.Scanner);
        Assert.True(more.Succeeded, more.Reason);
        Assert.Contains(more.Steps, s => s.Step is LoadHistorical);
        Assert.Equal(1, store.ActionTables.Parses - before);
    }
}
