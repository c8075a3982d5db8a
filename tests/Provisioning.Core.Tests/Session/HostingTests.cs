using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Provisioning.Config;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Hosting;
using Provisioning.Intervals;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Session;

/// <summary><c>AddProvisioning</c>: the session config bound through IOptions, a replay feed, and [LoggerMessage] logs.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class HostingTests(SampleStoreFixture sample)
{
    [Fact]
    public async Task A_session_json_binds_and_a_replayed_session_runs_from_the_container()
    {
        var json = $$"""
            {
              "symbols": ["AAPL", "MSFT"],
              "streams": ["1m", "1d"],
              "derivedIntervals": ["5m"],
              "historical": { "enabled": true, "trailingDays": 1 },
              "indicators": [ { "name": "sma", "interval": "5m", "parameters": { "period": 20 } } ],
              "data": { "root": "{{sample.Root.Replace("\\", "\\\\", StringComparison.Ordinal)}}" }
            }
            """;
        var logs = new LogCollector();
        using var provider = Build(json, logs);

        var coordinator = provider.GetRequiredService<SessionCoordinator>();
        Assert.Same(coordinator, provider.GetRequiredService<IProvisioningSession>());
        var report = await coordinator.StartAsync();
        await Task.WhenAll(provider.GetRequiredService<Provisioning.Data.Feeds.ReplayBarFeed>().RunAsync(), coordinator.RunAsync());

        Assert.True(report.AllSucceeded, string.Join(" | ", report.NotSucceeded.Select(r => r.Reason)));
        Assert.Equal(["AAPL", "MSFT"], coordinator.Config.Symbols);
        Assert.Equal([Interval.Minutes(5)], coordinator.Config.DerivedIntervals.Select(d => d.Interval));
        Assert.True(coordinator.Data.TryGetSymbol("MSFT", out var msft));
        Assert.True(msft.TryGetIndicator("sma(20)@5m", out var sma));
        Assert.True(sma.Indicator.IsReady);

        // The [LoggerMessage] events: requirements (1), plan (3) and completion (6) for every addition.
        Assert.Contains(logs.Entries, e => e.EventId == 1 && e.Message.StartsWith("AAPL: Symbol from Config", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.EventId == 3 && e.Message.Contains("create symbol MSFT", StringComparison.Ordinal));
        Assert.Equal(4, logs.Entries.Count(e => e.EventId == 6));
    }

    [Fact]
    public void A_config_with_errors_fails_with_each_error_and_its_path()
    {
        using var provider = Build("""{ "symbols": ["AAPL", "../etc"], "streams": ["7x"] }""", new LogCollector());

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SessionConfig>>().Value);

        Assert.Contains(failure.Failures, f => f.StartsWith("symbols[1]:", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("streams[0]:", StringComparison.Ordinal) && f.Contains("unknown unit", StringComparison.Ordinal));
    }

    private static ServiceProvider Build(string json, LogCollector logs)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddProvisioning(configuration).UseReplay(new DateOnly(2024, 11, 26));
        return services.BuildServiceProvider();
    }

    private sealed class LogCollector : ILoggerProvider
    {
        public ConcurrentQueue<(int EventId, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(int EventId, string Message)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((eventId.Id, formatter(state, exception)));
        }
    }
}
