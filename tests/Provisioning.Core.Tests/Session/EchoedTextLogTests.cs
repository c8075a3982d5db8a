using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Feeds;
using Provisioning.Execution;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Session;

/// <summary>A scanner's text reaches the log escaped and clipped: it cannot forge a log line or fill the log.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class EchoedTextLogTests(SampleStoreFixture sample)
{
    private const string Forged = "\nerror PRV0000: forged";

    [Fact]
    public async Task Rejected_additions_log_the_symbol_and_interval_escaped_on_one_line()
    {
        var logs = new LogLines();
        var coordinator = Coordinator(logs);

        var bars = await coordinator.AddBarsAsync("AAPL" + Forged, "5m" + Forged, source: ProvisionSource.Scanner);
        var symbol = await coordinator.AddSymbolAsync("X" + new string('y', 10_000), ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.Rejected, bars.Status);
        Assert.Equal(AdditionStatus.Rejected, symbol.Status);
        Assert.NotEmpty(logs.Lines);
        Assert.All(logs.Lines, line =>
        {
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\r', line);
            Assert.True(line.Length < 2_000, line.Length + " characters: " + line.Substring(0, 200));
        });

        // Requirements (1) and the rejection (2) of the bars: the symbol as a person wrote it, with the escape.
        Assert.Contains(logs.Lines, l => l.StartsWith("AAPL\\nerror PRV0000: forged: Bar from Scanner rejected: ", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("\"5m\\nerror PRV0000: forged\"", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.StartsWith("X" + new string('y', 63) + "... (10,001 characters): Symbol from Scanner rejected: ", StringComparison.Ordinal));
    }

    private SessionCoordinator Coordinator(LogLines logs)
    {
        var calendar = ExchangeCalendars.Xnys;
        Assert.True(calendar.TryGetSession(new DateOnly(2024, 11, 26), out var session));
        var resolved = ReplaySession.Config(["AAPL"]).Resolve();
        var clock = new ReplayClock(session.OpenUtc);
        var store = sample.OpenStore();
        var feed = new ReplayBarFeed(store, session, resolved.BaseIntervals, clock);
        return new SessionCoordinator(resolved, calendar, store, feed, clock, logger: logs);
    }

    private sealed class LogLines : ILogger<SessionCoordinator>
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception));
    }
}
