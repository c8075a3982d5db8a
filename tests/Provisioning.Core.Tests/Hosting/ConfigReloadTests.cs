using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Hosting;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Hosting;

/// <summary>
/// Reloading the session config: a valid one is provisioned as a diff (new symbols added as Config, ad hoc ones
/// upgraded in place, dropped ones released from the config's hold), an invalid one is refused whole and the session
/// keeps its config and state; a watched session.json reloads on change.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ConfigReloadTests(SampleStoreFixture sample) : IDisposable
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);
    private readonly string _folder = Directory.CreateTempSubdirectory("prv-reload-").FullName;

    [Fact]
    public async Task A_reload_adds_a_new_symbol_and_upgrades_an_ad_hoc_one_in_place()
    {
        var path = Write(Config("\"AAPL\""));
        await using var session = await ProvisioningSession.StartAsync(path, options: new() { ReplayDate = Tuesday });
        var adhoc = await session.AddSymbolAsync("MSFT");
        Assert.True(adhoc.Succeeded, adhoc.Reason);
        Assert.True(session.Data.TryGetSymbol("MSFT", out var msft));
        Assert.False(msft.Metadata.MeetsSessionConfigRequirements);

        Write(Config("\"AAPL\", \"MSFT\", \"NVDA\""));
        var reload = await session.ReloadAsync(path);

        Assert.True(reload.Applied, string.Join(" ", reload.Errors));
        Assert.True(reload.AllSucceeded, reload.ToString());
        Assert.Equal(new[] { "AAPL", "MSFT", "NVDA" }, session.Config.Symbols);
        var bySymbol = reload.Additions.ToDictionary(a => a.Requirements.Symbol);
        Assert.Equal(AdditionStatus.AlreadySatisfied, bySymbol["AAPL"].Status);
        Assert.Contains(bySymbol["MSFT"].Plan.Steps, step => step is UpgradeSymbol);
        Assert.Contains(bySymbol["NVDA"].Plan.Steps, step => step is CreateSymbol);

        // The same SymbolData, upgraded: not a second MSFT.
        Assert.True(session.Data.TryGetSymbol("MSFT", out var upgraded));
        Assert.Same(msft, upgraded);
        Assert.Equal((ProvisionSource.Config, true, true), (upgraded.Metadata.AddedBy, upgraded.Metadata.MeetsSessionConfigRequirements, upgraded.Metadata.UpgradedFromAdhoc));
        Assert.True(session.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.Equal((ProvisionSource.Config, false), (nvda.Metadata.AddedBy, nvda.Metadata.UpgradedFromAdhoc));
        Assert.Empty(reload.Removals);
    }

    [Fact]
    public async Task A_symbol_the_config_no_longer_names_is_released_and_kept_only_when_another_holds_it()
    {
        var path = Write(Config("\"AAPL\", \"MSFT\", \"NVDA\""));
        await using var session = await ProvisioningSession.StartAsync(path, options: new() { ReplayDate = Tuesday });
        var scanned = await session.AddSymbolAsync("MSFT", ProvisionSource.Scanner);
        Assert.True(scanned.Succeeded, scanned.Reason);

        Write(Config("\"NVDA\""));
        var reload = await session.ReloadAsync(path);

        Assert.True(reload.AllSucceeded, reload.ToString());
        var bySymbol = reload.Removals.ToDictionary(r => r.Symbol);
        Assert.Equal(new[] { "AAPL", "MSFT" }, bySymbol.Keys.Order());
        Assert.Equal(RemovalStatus.Removed, bySymbol["AAPL"].Status);
        Assert.False(session.Data.TryGetSymbol("AAPL", out _));
        // The scanner still holds MSFT: the config lets go of it, the symbol stays.
        Assert.Equal(RemovalStatus.Kept, bySymbol["MSFT"].Status);
        Assert.True(session.Data.TryGetSymbol("MSFT", out _));
        Assert.True(session.Data.TryGetSymbol("NVDA", out _));
    }

    [Fact]
    public async Task An_invalid_reload_is_refused_with_its_errors_and_changes_nothing()
    {
        var path = Write(Config("\"AAPL\""));
        await using var session = await ProvisioningSession.StartAsync(path, options: new() { ReplayDate = Tuesday });
        var config = session.Config;
        var before = session.Data.Symbols.Select(s => s.ToState()).ToArray();

        // Line 2, column 3: the misspelt key. NVDA on line 3 must not be added.
        File.WriteAllText(path, "{\n  \"symbls\": [\"AAPL\"],\n  \"symbols\": [\"AAPL\", \"NVDA\"],\n  \"streams\": [\"1m\"],\n  \"data\": { \"root\": \"" + Json(sample.Root) + "\" }\n}\n");
        var typo = await session.ReloadAsync(path);
        // A running session keeps its streams: asking for 1d too is refused, not half applied.
        Write(Config("\"AAPL\", \"NVDA\"", streams: "\"1m\", \"1d\""));
        var streams = await session.ReloadAsync(path);
        var missing = await session.ReloadAsync(Path.Combine(_folder, "gone.json"));

        Assert.False(typo.Applied);
        Assert.Contains($"{path}:2:3: error PRV0008: Unknown key \"symbls\"", Assert.Single(typo.Errors), StringComparison.Ordinal);
        Assert.False(streams.Applied);
        Assert.Contains("\"streams\"", Assert.Single(streams.Errors), StringComparison.Ordinal);
        Assert.Contains("restart the session", streams.Errors[0], StringComparison.Ordinal);
        Assert.False(missing.Applied);
        Assert.Contains("gone.json", Assert.Single(missing.Errors), StringComparison.Ordinal);
        foreach (var refused in new[] { typo, streams, missing })
        {
            Assert.Empty(refused.Additions);
            Assert.Empty(refused.Removals);
        }

        Assert.Same(config, session.Config);
        Assert.False(session.Data.TryGetSymbol("NVDA", out _));
        Assert.Equal(before, session.Data.Symbols.Select(s => s.ToState()).ToArray());
    }

    [Fact]
    public async Task A_watched_session_json_reloads_when_it_changes_and_refuses_a_bad_change()
    {
        var path = Write(Config("\"AAPL\""));
        await using var session = await ProvisioningSession.StartAsync(path, options: new() { ReplayDate = Tuesday, ReloadOnChange = true });
        var applied = new TaskCompletionSource<ConfigReloadResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var refused = new TaskCompletionSource<ConfigReloadResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Coordinator.Reloaded += result => (result.Applied ? applied : refused).TrySetResult(result);

        Write(Config("\"AAPL\", \"NVDA\""));
        // Waiting is bounded so a watcher that never fires fails the test instead of hanging it; no time is asserted.
        var result = await applied.Task.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(result.AllSucceeded, result.ToString());
        Assert.True(session.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.Equal(ProvisionSource.Config, nvda.Metadata.AddedBy);

        // Valid JSON the rules refuse: the session keeps the config it has.
        var config = session.Config;
        Write(Config("\"AAPL\", \"NVDA\", \"MSFT\"").Replace("\"symbols\"", "\"symbls\"", StringComparison.Ordinal));
        var bad = await refused.Task.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Contains(bad.Errors, e => e.Contains("symbls", StringComparison.Ordinal));
        Assert.Same(config, session.Config);
        Assert.False(session.Data.TryGetSymbol("MSFT", out _));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Config(string symbols, string streams = "\"1m\"") =>
        "{\n  \"symbols\": [" + symbols + "],\n  \"streams\": [" + streams + "],\n  \"data\": { \"root\": \"" + Json(sample.Root) + "\" }\n}\n";

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "session.json");
        File.WriteAllText(path, text);
        return path;
    }

    private static string Json(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal);
}
