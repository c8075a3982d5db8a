using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>The seed's metadata rules: who added a symbol, whether it meets the config, and the in-place upgrade.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class MetadataRulesTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Theory]
    [InlineData(ProvisionSource.Scanner)]
    [InlineData(ProvisionSource.Strategy)]
    [InlineData(ProvisionSource.Adhoc)]
    public async Task A_symbol_added_outside_the_config_is_auto_provisioned_and_does_not_meet_it(ProvisionSource source)
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);

        var result = await replay.Coordinator.AddSymbolAsync("nvda", source);

        Assert.Equal(AdditionStatus.Succeeded, result.Status);
        Assert.Equal(source, result.Requirements.AddedBy);
        Assert.False(result.Requirements.MeetsSessionConfigRequirements);
        var create = Assert.IsType<CreateSymbol>(result.Plan.Steps[0]);
        Assert.Equal(new CreateSymbol("NVDA", source, MeetsSessionConfigRequirements: false, AutoProvisioned: true), create);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.Equal((source, false, true, false), (nvda.Metadata.AddedBy, nvda.Metadata.MeetsSessionConfigRequirements, nvda.Metadata.AutoProvisioned, nvda.Metadata.UpgradedFromAdhoc));
        Assert.Equal(replay.Session.OpenUtc, nvda.Metadata.AddedAtUtc);
    }

    [Fact]
    public async Task A_config_symbol_meets_the_config_and_is_not_auto_provisioned()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);

        await replay.Coordinator.StartAsync();

        Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.Equal((ProvisionSource.Config, true, false, false), (aapl.Metadata.AddedBy, aapl.Metadata.MeetsSessionConfigRequirements, aapl.Metadata.AutoProvisioned, aapl.Metadata.UpgradedFromAdhoc));
    }

    [Fact]
    public async Task An_ad_hoc_symbol_later_named_by_the_config_is_upgraded_in_place_not_duplicated()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1), Tuesday);
        var scanned = await replay.Coordinator.AddBarsAsync("NVDA", "1m", source: ProvisionSource.Scanner);
        Assert.Equal(AdditionStatus.Succeeded, scanned.Status);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var before));

        var upgraded = await replay.Coordinator.AddSymbolAsync("NVDA", ProvisionSource.Config);

        Assert.Equal(AdditionStatus.Succeeded, upgraded.Status);
        Assert.IsType<UpgradeSymbol>(upgraded.Plan.Steps[0]);
        Assert.DoesNotContain(upgraded.Plan.Steps, s => s is CreateSymbol);
        Assert.DoesNotContain(upgraded.Plan.Steps, s => s is StartSessionStream stream && stream.Interval == Provisioning.Intervals.Interval.Minutes(1));
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var after));
        Assert.Same(before, after);
        Assert.Single(replay.Coordinator.Data.Symbols, s => s.Symbol == "NVDA");
        Assert.Equal((ProvisionSource.Config, true, true, true), (after.Metadata.AddedBy, after.Metadata.MeetsSessionConfigRequirements, after.Metadata.AutoProvisioned, after.Metadata.UpgradedFromAdhoc));
        Assert.Equal(replay.Session.OpenUtc, after.Metadata.UpgradedAtUtc);
        Assert.Equal(["1m", "5m", "1d"], after.Intervals.Select(i => i.ToString()));
    }

    [Fact]
    public async Task A_scanner_asking_for_a_config_symbol_changes_nothing()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();

        var again = await replay.Coordinator.AddSymbolAsync("AAPL", ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.AlreadySatisfied, again.Status);
        Assert.True(again.Plan.IsEmpty);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.Equal(ProvisionSource.Config, aapl.Metadata.AddedBy);
        Assert.True(aapl.Metadata.MeetsSessionConfigRequirements);
    }
}
