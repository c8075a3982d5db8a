using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Clock;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// The per-symbol gates that serialise additions exist only while an addition of the symbol runs or waits: refused
/// names, however many and however long, leave nothing behind.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class SymbolGateTests(SampleStoreFixture sample)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Thousands_of_refused_names_leave_no_gate_behind()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config([]), new DateOnly(2024, 11, 26));
        var coordinator = LiveCoordinator.Create(sample.OpenStore(), LiveCoordinator.Feed(), new ReplayClock(replay.At(10, 30)));

        // Well-formed names the store does not have, and 4,000-character texts that are no symbol at all.
        var names = Enumerable.Range(0, 2_000).Select(i => $"ZQ{i}")
            .Concat(Enumerable.Range(0, 1_000).Select(i => new string('Q', 4_000) + i))
            .ToArray();
        foreach (var chunk in names.Chunk(100))
        {
            var results = await Task.WhenAll(chunk.Select(name => coordinator.AddSymbolAsync(name, ProvisionSource.Scanner).AsTask())).WaitAsync(HangGuard);
            Assert.All(results, r => Assert.Equal(AdditionStatus.Rejected, r.Status));
        }

        // Kept on main: one gate per distinct text, 3,000 here (each long text kept whole).
        Assert.Equal(0, coordinator.SymbolGateCount);
        Assert.Equal(0, coordinator.Data.Count);
    }

    [Fact]
    public async Task The_gate_of_a_symbol_that_loaded_is_dropped_once_its_additions_end()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config([]), new DateOnly(2024, 11, 26));
        var coordinator = LiveCoordinator.Create(sample.OpenStore(), LiveCoordinator.Feed(), new ReplayClock(replay.At(10, 30)));

        // Two different additions of one symbol at once: they share the gate, one after the other.
        var results = await Task.WhenAll(
            coordinator.AddSymbolAsync("AAPL").AsTask(),
            coordinator.AddBarsAsync("AAPL", "5m", days: 1).AsTask()).WaitAsync(HangGuard);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));
        Assert.Equal(0, coordinator.SymbolGateCount);
    }
}
