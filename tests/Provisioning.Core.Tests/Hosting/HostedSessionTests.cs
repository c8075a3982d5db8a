using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Provisioning.Core.Tests.Generated;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Hosting;
using Provisioning.Intervals;
using Provisioning.Session;
using Provisioning.Strategies;

namespace Provisioning.Core.Tests.Hosting;

/// <summary>
/// The session as a hosted service (<c>Host.CreateApplicationBuilder</c>): the registered strategies provisioned before
/// the open, the replay run to the close, and the host stopped by the session's end.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class HostedSessionTests(SampleStoreFixture sample)
{
    // Tuesday 2024-11-26, XNYS 09:30–16:00 EST = 14:30–21:00 UTC: the last one-minute bar starts at 20:59 UTC.
    private static readonly DateOnly Day = new(2024, 11, 26);
    private static readonly DateTime LastMinute = new(2024, 11, 26, 20, 59, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_replay_runs_to_the_close_with_the_registered_strategy_and_then_stops_the_host()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Section(sample.Root));
        builder.Services.AddProvisioning(builder.Configuration.GetSection("Provisioning"))
            .UseReplay(Day)
            .AddStrategy<TestBreakout>()
            .AddStrategy<TestBreakout>();
        using var host = builder.Build();

        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await host.StartAsync(limit.Token);
        await host.WaitForShutdownAsync(limit.Token);

        Assert.False(limit.IsCancellationRequested, "The host was not stopped by the end of the session.");
        Assert.Single(host.Services.GetServices<Strategy>());
        var session = host.Services.GetRequiredService<SessionCoordinator>();
        foreach (var symbol in new[] { "AAPL", "MSFT" })
        {
            Assert.True(session.Data.TryGetSymbol(symbol, out var data));
            // TestBreakout declares 5m bars and test_channel on 15m and 1h; the config streams 1m.
            Assert.Equal([Interval.Minutes(1), Interval.Minutes(5), Interval.Minutes(15), Interval.Hours(1)], data.Intervals.OrderBy(i => i));
            Assert.Equal(2, data.Indicators.Count);
            Assert.True(data.TryGetBars(Interval.Minutes(1), out var minutes));
            Assert.Equal(LastMinute, minutes[minutes.Count - 1].Start);
        }
    }

    [Fact]
    public async Task Stopping_the_host_stops_a_live_session_that_never_ends_by_itself()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Section(sample.Root));
        builder.Services.AddProvisioning(builder.Configuration.GetSection("Provisioning")).UseLiveFeed();
        using var host = builder.Build();
        await host.StartAsync();
        var session = host.Services.GetRequiredService<SessionCoordinator>();
        using (var wait = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            while (session.Data.Count < 2)
            {
                await Task.Delay(5, wait.Token);
            }
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StopAsync(limit.Token);

        Assert.False(limit.IsCancellationRequested, "The session did not stop with the host.");
    }

    private static Dictionary<string, string?> Section(string dataRoot) => new()
    {
        ["Provisioning:symbols:0"] = "AAPL",
        ["Provisioning:symbols:1"] = "MSFT",
        ["Provisioning:streams:0"] = "1m",
        ["Provisioning:data:root"] = dataRoot,
    };
}
