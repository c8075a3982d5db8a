using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data;
using Provisioning.Data.Sample;
using Provisioning.Intervals;

namespace Provisioning.Benchmarks.Data;

/// <summary>
/// The deterministic bars every benchmark works on: <see cref="SampleDataGenerator"/>'s seeded random walk on the XNYS
/// calendar, one-minute bars for every session of 2024.
/// </summary>
internal static class BenchmarkData
{
    /// <summary>
    /// One-minute bars of one symbol in 2024 on XNYS: 252 sessions × 390 bars, less 180 bars for each of the three 13:00
    /// closes (2024-07-03, 2024-11-29, 2024-12-24 hold 210). Checked against the generated data wherever it is used.
    /// </summary>
    public const int MinuteBarsIn2024 = (252 * 390) - (3 * 180);

    /// <summary>The seed of every generated set.</summary>
    public const ulong Seed = 20240102;

    /// <summary>One minute.</summary>
    public static readonly Interval OneMinute = Interval.Minutes(1);

    /// <summary>The first instant of 2024 (UTC).</summary>
    public static readonly DateTime Year2024 = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The first instant of 2025 (UTC).</summary>
    public static readonly DateTime Year2025 = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<Bar[]> MinuteBars = new(() => Generate(YearOfMinutes(SymbolNames(1)))[0].Minutes);

    /// <summary>The XNYS calendar.</summary>
    public static ITradingCalendar Calendar => ExchangeCalendars.Xnys;

    /// <summary>One symbol's one-minute bars of 2024 (<see cref="MinuteBarsIn2024"/> of them), generated once per process.</summary>
    public static Bar[] MinuteBarsOf2024()
    {
        var bars = MinuteBars.Value;
        if (bars.Length != MinuteBarsIn2024)
        {
            throw new InvalidOperationException($"Expected {MinuteBarsIn2024} one-minute bars in 2024, generated {bars.Length}.");
        }

        return bars;
    }

    /// <summary><paramref name="count"/> symbol names, S0000, S0001, ...</summary>
    public static IReadOnlyList<string> SymbolNames(int count) =>
        Enumerable.Range(0, count).Select(i => "S" + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>One-minute bars (and day bars) of every session of 2024 for <paramref name="symbols"/>.</summary>
    public static SampleDataSet YearOfMinutes(IReadOnlyList<string> symbols) =>
        Minutes(symbols, new DateOnly(2024, 1, 2), new DateOnly(2024, 12, 31));

    /// <summary>One-minute bars (and day bars) of the sessions from <paramref name="from"/> to <paramref name="to"/> for <paramref name="symbols"/>.</summary>
    public static SampleDataSet Minutes(IReadOnlyList<string> symbols, DateOnly from, DateOnly to) => new()
    {
        Seed = Seed,
        Symbols = new EquatableArray<SampleSymbol>(symbols.Select((s, i) => new SampleSymbol(s, 50.0 + (i % 400), 0.02, 5_000_000))),
        DaysFrom = from,
        MinutesFrom = from,
        MinutesTo = to,
    };

    /// <summary>The bars of <paramref name="set"/> on XNYS.</summary>
    public static IReadOnlyList<SampleSeries> Generate(SampleDataSet set) => new SampleDataGenerator(Calendar, set).Generate();
}
