using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Hosting;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Validation;

/// <summary>
/// A replay of a session whose history lies before the store's first bar (the sample's 1m bars start 2024-11-01): Step 0
/// rejects the symbol with what is stored and what would work, the session is left without it, and what depended on it
/// is reported as skipped.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class HistoryBeforeTheStoreSessionTests(SampleStoreFixture sample)
{
    [Fact]
    public async Task StartAsync_under_a_replay_before_the_first_stored_bar_rejects_the_symbol_with_what_is_stored_and_reports_its_indicator()
    {
        var json = $$"""
            {
              "symbols": ["AAPL"],
              "streams": ["1m"],
              "derivedIntervals": ["5m"],
              "historical": { "enabled": true, "trailingDays": 5 },
              "indicators": [ { "name": "sma", "interval": "5m", "parameters": { "period": 20 } } ],
              "data": { "root": "{{sample.Root.Replace("\\", "\\\\", StringComparison.Ordinal)}}" }
            }
            """;
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddProvisioning(configuration).UseReplay(new DateOnly(2024, 10, 15));
        using var provider = services.BuildServiceProvider();
        var coordinator = provider.GetRequiredService<SessionCoordinator>();

        var report = await coordinator.StartAsync();

        // Five sessions before the open of Tue 2024-10-15: Oct 8-11 and Mon Oct 14 (Columbus Day, the NYSE is open),
        // 5 × 390 = 1,950 bars. The sample's AAPL 1m bars run from Fri 2024-11-01 09:30 EDT (13:30 UTC) to 2024-12-31;
        // they hold 1,950 bars before the open of the sixth session, Fri 2024-11-08 (14:30 UTC, EST from Nov 3).
        var symbol = report.Results.Single(r => r.Requirements.Operation == OperationType.Symbol);
        Assert.Equal(AdditionStatus.Rejected, symbol.Status);
        Assert.Equal(
            "history for AAPL 1m is stored from 2024-11-01 (first bar 2024-11-01 13:30 UTC) to 2024-12-31; this history of 1,950 bars "
            + "needs bars from 2024-10-08 to 2024-10-14, all before the first stored bar. Instead: load AAPL 1m bars from 2024-10-08 "
            + "to 2024-11-01 into the store; or provision it at or after the open of the 2024-11-08 session (2024-11-08 14:30 UTC): "
            + "the first session with 1,950 bars of 1m stored before its open.",
            symbol.Reason);
        Assert.Equal(0, coordinator.Data.Count);

        var indicator = report.Results.Single(r => r.Requirements.IndicatorKey == "sma(20)@5m");
        Assert.Equal(AdditionStatus.Rejected, indicator.Status);
        Assert.Equal("AAPL", indicator.Requirements.Symbol);
        Assert.StartsWith("Skipped: symbol AAPL did not load (Rejected: history for AAPL 1m is stored from 2024-11-01", indicator.Reason, StringComparison.Ordinal);
        Assert.Equal(2, report.NotSucceeded.Count);
    }
}
