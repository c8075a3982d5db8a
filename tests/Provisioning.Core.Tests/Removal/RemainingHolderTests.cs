using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// A symbol kept for another requester after the one that added it let go names that holder: a config symbol a
/// scanner also added, dropped from the config on a reload, is the scanner's (ad hoc, no longer meeting the config).
/// While the one that added it still holds it, its metadata stands.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class RemainingHolderTests(SampleStoreFixture sample)
{
    private static readonly System.DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task A_config_symbol_a_scanner_keeps_after_a_reload_dropped_it_shows_the_scanner()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL", "MSFT"], trailingDays: 1), Tuesday);
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        Assert.True((await coordinator.AddSymbolAsync("MSFT", ProvisionSource.Scanner)).Succeeded);
        Assert.True(coordinator.Data.TryGetSymbol("MSFT", out var msft));
        var addedAt = msft.Metadata.AddedAtUtc;
        Assert.Equal(ProvisionSource.Config, msft.Metadata.AddedBy);

        var reloaded = await coordinator.ReloadAsync(ReplaySession.Config(["AAPL"], trailingDays: 1).Resolve());

        Assert.Equal(RemovalStatus.Kept, reloaded.Removals.Single(r => r.Symbol == "MSFT").Status);
        Assert.True(coordinator.Data.TryGetSymbol("MSFT", out var kept));
        Assert.Same(msft, kept);
        Assert.Equal(
            (ProvisionSource.Scanner, false, true, addedAt),
            (kept.Metadata.AddedBy, kept.Metadata.MeetsSessionConfigRequirements, kept.Metadata.AutoProvisioned, kept.Metadata.AddedAtUtc));

        // AAPL, still the config's, is as it was.
        Assert.True(coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.Equal((ProvisionSource.Config, true), (aapl.Metadata.AddedBy, aapl.Metadata.MeetsSessionConfigRequirements));
    }

    [Fact]
    public async Task A_scanner_letting_go_of_a_config_symbol_leaves_it_the_configs()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        Assert.True((await coordinator.AddSymbolAsync("AAPL", ProvisionSource.Scanner)).Succeeded);
        Assert.True(coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        var before = aapl.Metadata;

        Assert.Equal(RemovalStatus.Kept, (await coordinator.RemoveSymbolAsync("AAPL", ProvisionSource.Scanner)).Status);

        Assert.Equal(before, aapl.Metadata);
    }

    [Fact]
    public async Task A_scanner_symbol_a_strategy_also_added_is_the_strategys_once_the_scanner_lets_go()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        Assert.True((await coordinator.AddSymbolAsync("NVDA", ProvisionSource.Scanner)).Succeeded);
        Assert.True((await coordinator.AddBarsAsync("NVDA", "5m", source: ProvisionSource.Strategy)).Succeeded);

        Assert.Equal(RemovalStatus.Kept, (await coordinator.RemoveSymbolAsync("NVDA", ProvisionSource.Scanner)).Status);

        Assert.True(coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.Equal((ProvisionSource.Strategy, false, true), (nvda.Metadata.AddedBy, nvda.Metadata.MeetsSessionConfigRequirements, nvda.Metadata.AutoProvisioned));
    }
}
