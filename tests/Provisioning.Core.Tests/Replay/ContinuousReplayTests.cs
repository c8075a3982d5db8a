using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Core.Tests.Replay.Support;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Data.Feeds;
using Provisioning.Hosting;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;
using Provisioning.Planning;
using Provisioning.Steps;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Replay;

/// <summary>
/// A range of trading days replayed as one session left running (<see cref="ProvisioningSessionOptions.ReplayThrough"/>),
/// over a Parquet store written by the test: provisioned once before the first open, every session's bars delivered
/// once, series and indicators carried across days, an addition mid-range loaded as of its day, bad ranges refused.
/// </summary>
public sealed class ContinuousReplayTests(ContinuousReplayTests.Files files) : IClassFixture<ContinuousReplayTests.Files>
{
    private static readonly Interval Minute = Interval.Minutes(1);
    private static readonly Interval FiveMinutes = Interval.Minutes(5);
    private static readonly Interval FifteenMinutes = Interval.Minutes(15);
    private static readonly DateOnly First = new(2024, 11, 25);
    private static readonly DateOnly Last = new(2024, 12, 2);
    private static ITradingCalendar Calendar => MinuteBarFiles.Calendar;

    [Fact]
    public async Task Five_sessions_replayed_as_one_deliver_each_sessions_bars_once_and_end_with_the_hand_pushed_indicators()
    {
        var plans = new WarmUpRecorder();
        await using var session = await ProvisioningSession.StartAsync(
            files.ConfigPath,
            options: new() { ReplayDate = First, ReplayThrough = Last, Configure = builder => builder.AddObserver(plans) });
        Assert.True(session.StartReport.AllSucceeded, string.Join(" | ", session.StartReport.NotSucceeded.Select(r => r.Reason)));
        var recorder = new ClosedBarRecorder();
        session.Coordinator.Listen(recorder);

        await session.RunAsync().WaitAsync(TimeSpan.FromMinutes(2));

        // The range's sessions by the calendar: Thanksgiving (11-28) is closed, the day after closes at 13:00 ET.
        var days = Calendar.SessionsInRange(First, Last).ToArray();
        Assert.Equal([new(2024, 11, 25), new(2024, 11, 26), new(2024, 11, 27), new(2024, 11, 29), new(2024, 12, 2)], days.Select(d => d.Date));
        Assert.Equal([390, 390, 390, 210, 390], days.Select(d => (int)(d.CloseUtc - d.OpenUtc).TotalMinutes));
        var lastClose = days[^1].CloseUtc;

        var store = MinuteBarFiles.OpenStore(files.Root);
        foreach (var symbol in Files.ConfigSymbols)
        {
            // Exactly the stored minutes of each session, each once, in order; nothing between the sessions.
            var delivered = recorder.Of(symbol, Minute);
            foreach (var day in days)
            {
                Assert.Equal((int)(day.CloseUtc - day.OpenUtc).TotalMinutes, delivered.Count(b => day.Contains(b.Start)));
            }

            Assert.Equal(days.SelectMany(d => MinuteBarFiles.DayBars(symbol, d)), delivered);

            // The same bars pushed by hand, each indicator from where its plan said to feed it, through aggregators of their own.
            Assert.True(session.Data.TryGetSymbol(symbol, out var data));
            Assert.Equal(await HandPushedAsync(store, symbol, FiveMinutes, new Sma(20), plans.From(symbol, "sma"), lastClose), Value(data, "sma"), 9);
            Assert.Equal(await HandPushedAsync(store, symbol, FifteenMinutes, new Rsi(14), plans.From(symbol, "rsi"), lastClose), Value(data, "rsi"), 9);
            Assert.Equal(await HandPushedAsync(store, symbol, FifteenMinutes, new Ema(50), plans.From(symbol, "ema"), lastClose), Value(data, "ema"), 9);

            // The 5m series ends with the last session's last bucket, carried across the days.
            Assert.True(data.TryGetBars(FiveMinutes, out var fives));
            Assert.Equal(lastClose.AddMinutes(-5), fives[fives.Count - 1].Start);
        }
    }

    [Fact]
    public async Task A_symbol_added_on_the_third_day_loads_its_history_as_of_that_day_and_follows_the_replay_to_the_end()
    {
        await using var session = await ProvisioningSession.StartAsync(files.ConfigPath, options: new() { ReplayDate = First, ReplayThrough = Last });
        var recorder = new ClosedBarRecorder();
        session.Coordinator.Listen(recorder);
        var days = Calendar.SessionsInRange(First, Last).ToArray();
        var third = days[2];

        // 10:30 New York on 2024-11-27 (EST) is 15:30 UTC.
        var at = new DateTime(2024, 11, 27, 15, 30, 0, DateTimeKind.Utc);
        AdditionResult? added = null;
        DateTime? lastMinute = null;
        DateTime? lastFive = null;
        double? average = null;
        session.Services.GetRequiredService<ReplayBarFeed>().Schedule(at, async cancellationToken =>
        {
            added = await session.AddIndicatorAsync(Files.Added, "sma", [new("period", 10)], "5m", ProvisionSource.Scanner, cancellationToken);
            Assert.True(session.Data.TryGetSymbol(Files.Added, out var data));
            Assert.True(data.TryGetBars(Minute, out var minutes));
            Assert.True(data.TryGetBars(FiveMinutes, out var fives));
            lastMinute = minutes[minutes.Count - 1].Start;
            lastFive = fives[fives.Count - 1].Start;
            average = Value(data, "sma");
        });

        await session.RunAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.NotNull(added);
        Assert.True(added.Succeeded, added.Reason);
        Assert.Equal(at.AddMinutes(-1), lastMinute);
        Assert.Equal(at.AddMinutes(-5), lastFive);

        // By hand: the ten 5m bars 09:40–10:25 of that day, each closing at the close of its fifth minute.
        var dayBars = MinuteBarFiles.DayBars(Files.Added, third).ToArray();
        var closes = Enumerable.Range(2, 10).Select(bucket => dayBars[(bucket * 5) + 4].Close);
        Assert.Equal(closes.Average(), average!.Value, 9);

        // Then the rest of the third day from 10:30, and the two days after, as the replay went on.
        var expected = dayBars.Where(b => b.Start >= at).Concat(days[3..].SelectMany(d => MinuteBarFiles.DayBars(Files.Added, d)));
        Assert.Equal(expected, recorder.Of(Files.Added, Minute));
    }

    [Theory]
    [InlineData("2024-11-27", "2024-11-25", "The replay ends on 2024-11-25, before it starts on 2024-11-27")]
    [InlineData("2024-11-30", "2024-12-01", "The replay 2024-11-30..2024-12-01 holds no XNYS session")]
    [InlineData("2025-01-06", "2025-01-10", "The replay runs through 2025-01-10, beyond the store: the streamed bars of the 2 config symbols end on 2024-12-06")]
    [InlineData("2024-12-02", "9999-12-31", "reaches outside the XNYS calendar")]
    public async Task A_bad_range_is_refused_with_what_is_wrong(string from, string through, string message)
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => ProvisioningSession.StartAsync(
            files.ConfigPath,
            options: new() { ReplayDate = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), ReplayThrough = DateOnly.Parse(through, System.Globalization.CultureInfo.InvariantCulture) }));

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_last_date_without_a_first_is_refused()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ProvisioningSession.StartAsync(files.ConfigPath, options: new() { ReplayThrough = Last }));

        Assert.Contains("set ReplayDate to its first date", failure.Message, StringComparison.Ordinal);
    }

    // Reads the stored minutes from fromUtc to the close and pushes them into an aggregator feeding the indicator.
    private static async Task<double> HandPushedAsync(IHistoricalBarStore store, string symbol, Interval interval, IIndicator indicator, DateTime fromUtc, DateTime toUtc)
    {
        var aggregator = new BarAggregator(Calendar, Minute, interval);
        aggregator.Subscribe(indicator);
        await foreach (var batch in store.ReadRangeAsync(symbol, Minute, fromUtc, toUtc))
        {
            foreach (var bar in batch.Span)
            {
                aggregator.Push(in bar);
            }
        }

        aggregator.AdvanceTo(toUtc);
        return indicator.Value;
    }

    private static double Value(Provisioning.Session.SymbolData data, string name) =>
        data.Indicators.Single(i => i.Spec.Name == name).Indicator.Value;

    /// <summary>Where each planned indicator is fed from: its warm-up window's start, as its plan says.</summary>
    private sealed class WarmUpRecorder : IProvisioningObserver
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Symbol, string Name), DateTime> _from = new();

        public void OnPlan(ProvisioningPlan plan)
        {
            foreach (var step in plan.Steps.OfType<RegisterIndicator>())
            {
                Assert.NotNull(step.WarmupFromUtc);
                _from[(step.Symbol, step.Spec.Name)] = step.WarmupFromUtc.Value;
            }
        }

        public DateTime From(string symbol, string name) =>
            _from.TryGetValue((symbol, name), out var from) ? from : throw new InvalidOperationException($"No plan registered {name} on {symbol}.");
    }

    /// <summary>The store (October to 2024-12-06, for the config symbols and the one added mid-range) and the session.json.</summary>
    public sealed class Files : IAsyncLifetime
    {
        public static readonly string[] ConfigSymbols = ["AAA", "BBB"];

        public const string Added = "CCC";

        private readonly TempDirectory _root = new();

        public string Root => _root.Path;

        public string ConfigPath { get; private set; } = string.Empty;

        public async Task InitializeAsync()
        {
            await MinuteBarFiles.WriteAsync(Root, [.. ConfigSymbols, Added], new DateOnly(2024, 10, 1), new DateOnly(2024, 12, 6));
            ConfigPath = MinuteBarFiles.WriteConfig(Root, ConfigSymbols);
        }

        public Task DisposeAsync()
        {
            _root.Dispose();
            return Task.CompletedTask;
        }
    }
}
