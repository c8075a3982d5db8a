using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Config;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// An indicator added at any moment of a session has, bit for bit, the values of the same indicator provisioned before
/// that session's open and replayed over the same day (issue #12, item 2): from the moment of the addition to the
/// close, sampled after every minute's bars, and once more after the session ends. Every built-in and a user-declared
/// recursive indicator, on 1m, 5m, 15m, 1h and 1d, added at the open, 10:07, 12:00 and 15:59 of Tuesday 2024-11-26 and
/// at the open, 10:07, 12:00 and 12:59 of Black Friday 2024-11-29 (XNYS closes at 13:00). On 1d the day's bar is not
/// complete until the close: "the same" there is the same value after every completed daily bar, which is the value
/// after the last session before the addition until the close, and the value with the day's bar from the close on.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class MidSessionWarmupTests(SampleStoreFixture sample)
{
    private const string Symbol = "AAPL";

    // Both sessions hold AAPL from the config with two trading days of history, so the symbol's held bars start before
    // some warm-up windows and after others; the reference also lists every indicator in the config.
    private const int TrailingDays = 2;

    private static readonly DateOnly Tuesday = new(2024, 11, 26);
    private static readonly DateOnly BlackFriday = new(2024, 11, 29);

    private static readonly Dictionary<string, IndicatorParameter[]> Indicators = new()
    {
        ["sma"] = [new("period", 20)],
        ["ema"] = [new("period", 20)],
        ["wma"] = [new("period", 20)],
        ["rsi"] = [new("period", 14)],
        ["macd"] = [new("fastPeriod", 12), new("slowPeriod", 26), new("signalPeriod", 9)],
        ["bollinger"] = [new("period", 20), new("deviations", 2)],
        ["atr"] = [new("period", 14)],
        ["vwap"] = [],
        ["stochastic"] = [new("kPeriod", 14), new("dPeriod", 3)],
        ["obv"] = [],
        ["test_smoothed_range"] = [new("period", 10)],
    };

    private static readonly string[] Intervals = ["1m", "5m", "15m", "1h", "1d"];

    private static readonly (DateOnly Date, TimeOnly At)[] Additions =
    [
        (Tuesday, new(9, 30)), (Tuesday, new(10, 7)), (Tuesday, new(12, 0)), (Tuesday, new(15, 59)),
        (BlackFriday, new(9, 30)), (BlackFriday, new(10, 7)), (BlackFriday, new(12, 0)), (BlackFriday, new(12, 59)),
    ];

    // One replay per (store, date, addition time; null = the pre-session reference), shared by the cases that read it.
    private static readonly ConcurrentDictionary<(string Root, DateOnly Date, TimeOnly? At, bool Configured), Lazy<Task<Replayed>>> Replays = new();

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (date, at) in Additions)
        {
            foreach (var name in Indicators.Keys)
            {
                foreach (var interval in Intervals)
                {
                    data.Add(name, interval, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), at.ToString("HH:mm", CultureInfo.InvariantCulture));
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string, string, string> NewSymbolCases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (date, at) in new[] { (Tuesday, "12:00"), (BlackFriday, "10:07") })
        {
            foreach (var name in Indicators.Keys)
            {
                foreach (var interval in Intervals)
                {
                    data.Add(name, interval, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), at);
                }
            }
        }

        return data;
    }

    /// <summary>The session holds the symbol from its config; every indicator is added at the same moment.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_indicator_added_mid_session_equals_one_added_before_the_open(string name, string interval, string date, string at)
    {
        var (day, time) = When(date, at);
        var reference = await ReplayAsync(day, null, symbolConfigured: true);
        var subject = await ReplayAsync(day, time, symbolConfigured: true);

        AssertSameFromAddition(reference, subject, Label(name, interval));
    }

    /// <summary>The session did not have the symbol: a scanner adds it with the one indicator, alone in a fresh session.</summary>
    [Theory]
    [MemberData(nameof(NewSymbolCases))]
    public async Task An_indicator_added_with_its_symbol_mid_session_equals_one_added_before_the_open(string name, string interval, string date, string at)
    {
        var (day, time) = When(date, at);
        var reference = await ReplayAsync(day, null, symbolConfigured: true);
        var subject = await Replay(day, time, symbolConfigured: false, only: (name, interval));

        AssertSameFromAddition(reference, subject, Label(name, interval));
    }

    private static void AssertSameFromAddition(Replayed reference, Replayed subject, string label)
    {
        var actual = subject.Samples[label];
        var expected = reference.Samples[label].Where(s => s.AtUtc >= subject.AddedAtUtc).ToArray();

        // Not vacuous: the moment of the addition, every minute to the close, and after the session ended; the reference
        // is ready by the end.
        Assert.Equal(subject.AddedAtUtc, actual[0].AtUtc);
        Assert.Equal(DateTime.MaxValue, actual[^1].AtUtc);
        Assert.Equal((int)(reference.CloseUtc - subject.AddedAtUtc).TotalMinutes + 2, actual.Length);
        Assert.True(expected[^1].IsReady, label + " in the reference is not ready at the end of the session.");
        Assert.Equal(expected.Select(s => s.AtUtc), actual.Select(s => s.AtUtc));
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] != actual[i])
            {
                Assert.Fail($"{label} added at {subject.AddedAtUtc:u} differs from the one added before the open at {Shown(expected[i].AtUtc)}: "
                    + $"expected {expected[i]}, got {actual[i]} ({expected.Skip(i).Zip(actual.Skip(i)).Count(p => p.First != p.Second)} of the {expected.Length - i} samples from there differ).");
            }
        }

        // 1d: no daily bar completes before the close, so until then both hold the value after the last session before
        // the addition (the reference's value at the open), and from the close the value with the day's bar.
        if (label.EndsWith("@1d", StringComparison.Ordinal))
        {
            var atOpen = reference.Samples[label][0];
            Assert.All(actual.Where(s => s.AtUtc < reference.CloseUtc), s => Assert.Equal(atOpen with { AtUtc = s.AtUtc }, s));
            Assert.NotEqual(atOpen.ValueBits, actual[^1].ValueBits);
        }
    }

    private Task<Replayed> ReplayAsync(DateOnly date, TimeOnly? at, bool symbolConfigured) =>
        Replays.GetOrAdd((sample.Root, date, at, symbolConfigured), key => new Lazy<Task<Replayed>>(() => Replay(date, at, symbolConfigured, only: null))).Value;

    /// <summary>
    /// Replays <paramref name="date"/> with the indicators provisioned before the open (<paramref name="at"/> null, from
    /// the config) or added at <paramref name="at"/>, sampling each after every minute's bars and after the session.
    /// </summary>
    private async Task<Replayed> Replay(DateOnly date, TimeOnly? at, bool symbolConfigured, (string Name, string Interval)? only)
    {
        var wanted = only is { } one ? [one] : Indicators.Keys.SelectMany(n => Intervals.Select(i => (Name: n, Interval: i))).ToArray();
        var config = ReplaySession.Config(symbolConfigured ? [Symbol] : [], trailingDays: TrailingDays);
        if (at is null)
        {
            config.Indicators = [.. wanted.Select(w => new IndicatorConfig
            {
                Name = w.Name,
                Interval = w.Interval,
                Parameters = Indicators[w.Name].ToDictionary(p => p.Name, p => p.Value),
            })];
        }

        var replay = new ReplaySession(sample.OpenStore(), config, date);
        var started = await replay.Coordinator.StartAsync();
        Assert.All(started.Results, r => Assert.True(r.Succeeded, r.Reason));
        var addedAt = at is { } time ? replay.At(time.Hour, time.Minute) : replay.Session.OpenUtc;
        var keys = new Dictionary<string, string>();
        if (at is null)
        {
            foreach (var (name, interval) in wanted)
            {
                keys[Label(name, interval)] = Spec(name, interval).Key;
            }
        }
        else
        {
            replay.Feed.Schedule(addedAt, async ct =>
            {
                foreach (var (name, interval) in wanted)
                {
                    var added = await replay.Coordinator.AddIndicatorAsync(Symbol, name, Indicators[name], interval, ProvisionSource.Scanner, ct);
                    Assert.True(added.Succeeded, added.Reason);
                    keys[Label(name, interval)] = added.Requirements.Indicator!.Key;
                }
            });
        }

        var samples = wanted.ToDictionary(w => Label(w.Name, w.Interval), _ => new List<Sample>());
        void Take(DateTime atUtc)
        {
            Assert.True(replay.Coordinator.Data.TryGetSymbol(Symbol, out var symbol));
            foreach (var (label, key) in keys)
            {
                Assert.True(symbol.TryGetIndicator(key, out var registered), key);
                samples[label].Add(new Sample(atUtc, registered.Indicator.IsReady, BitConverter.DoubleToInt64Bits(registered.Indicator.Value)));
            }
        }

        for (var t = addedAt; t <= replay.Session.CloseUtc; t = t.AddMinutes(1))
        {
            var sampledAt = t;
            replay.Feed.Schedule(sampledAt, _ =>
            {
                Take(sampledAt);
                return Task.CompletedTask;
            });
        }

        await replay.RunAsync();
        Take(DateTime.MaxValue);
        Assert.Equal(0, replay.Coordinator.DeliveryFaults);
        Assert.Equal(0, replay.Coordinator.Data.UnroutedBars);

        // The day streamed to its end, its last minute or its day bar (samples of a stalled stream would agree and prove
        // nothing); a symbol that only a 1d indicator added has no 1m series.
        Assert.True(replay.Coordinator.Data.TryGetSymbol(Symbol, out var streamed));
        var minutes = streamed.TryGetBars(Interval.Minutes(1), out var series);
        Assert.True(minutes || streamed.TryGetBars(Interval.Days(1), out series));
        Assert.True(series!.TryGetLast(out var last));
        Assert.Equal(minutes ? replay.Session.CloseUtc.AddMinutes(-1) : replay.Session.OpenUtc, last.Start);
        return new Replayed(addedAt, replay.Session.CloseUtc, samples.ToDictionary(s => s.Key, s => s.Value.ToArray()));
    }

    private static IndicatorSpec Spec(string name, string interval)
    {
        var spec = Provisioning.Indicators.__Internals.IndicatorCatalog.Default.ResolveSpec(name, Indicators[name], interval);
        Assert.True(spec.Success, spec.Reason);
        return spec.Value;
    }

    private static (DateOnly Day, TimeOnly Time) When(string date, string at) =>
        (DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeOnly.ParseExact(at, "HH:mm", CultureInfo.InvariantCulture));

    private static string Label(string name, string interval) => name + "@" + interval;

    private static string Shown(DateTime atUtc) => atUtc == DateTime.MaxValue ? "the end of the session" : atUtc.ToString("u", CultureInfo.InvariantCulture);

    /// <summary>An indicator's state after the bars delivered by <see cref="AtUtc"/> (<see cref="DateTime.MaxValue"/>: after the session).</summary>
    private readonly record struct Sample(DateTime AtUtc, bool IsReady, long ValueBits)
    {
        public override string ToString() =>
            $"{(IsReady ? "ready" : "not ready")}, {BitConverter.Int64BitsToDouble(ValueBits).ToString("R", CultureInfo.InvariantCulture)} (0x{ValueBits:X16})";
    }

    private sealed record Replayed(DateTime AddedAtUtc, DateTime CloseUtc, IReadOnlyDictionary<string, Sample[]> Samples);
}
