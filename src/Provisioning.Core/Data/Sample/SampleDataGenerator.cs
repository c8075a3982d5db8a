using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data.CorporateActions;
using Provisioning.Data.Store;
using Provisioning.Intervals;

namespace Provisioning.Data.Sample;

/// <summary>
/// Deterministic sample bars for the sample app and tests: a seeded random walk per symbol, one-minute bars only inside
/// the calendar's real sessions, placed as <see cref="SessionBars"/> places them (early closes hold fewer, a lunch break
/// none, a CME session starts the evening before its date, a 24/7 day holds 1440), day bars before them and day bars
/// built from them. A day's volatility and volume spread over the calendar's full trading day (390 minutes on XNYS).
/// Prices are in cents, volumes in whole shares with more trading near the open and the close.
/// The data is generated on first use rather than shipped (about 2.5 MB on disk); <see cref="EnsureAsync"/> writes it once.
/// </summary>
internal sealed class SampleDataGenerator
{
    /// <summary>The name of the marker file written at the root once the sample data is complete.</summary>
    internal const string MarkerFileName = "sample-data.txt";

    private const int Version = 2;
    private readonly ITradingCalendar _calendar;

    /// <summary>Creates a generator of the sample set on <paramref name="calendar"/>'s sessions.</summary>
    public SampleDataGenerator(ITradingCalendar calendar)
        : this(calendar, null)
    {
    }

    /// <summary>Creates a generator of <paramref name="set"/> (the default set when null) on <paramref name="calendar"/>'s sessions.</summary>
    internal SampleDataGenerator(ITradingCalendar calendar, SampleDataSet? set)
    {
        _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Set = set ?? SampleDataSet.Default;
    }

    /// <summary>What is generated.</summary>
    internal SampleDataSet Set { get; }

    /// <summary>The bars of every symbol of the set.</summary>
    internal IReadOnlyList<SampleSeries> Generate()
    {
        var series = new List<SampleSeries>(Set.Symbols.Count);
        for (var i = 0; i < Set.Symbols.Count; i++)
        {
            series.Add(Generate(Set.Symbols[i], Set.Seed + (ulong)i));
        }

        return series;
    }

    /// <summary>Writes every symbol's 1m and 1d bars into <paramref name="store"/>.</summary>
    internal async Task WriteAsync(ParquetBarStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var writer = new ParquetBarWriter(store);
        foreach (var series in Generate())
        {
            await writer.WriteAsync(series.Symbol, Interval.Minutes(1), series.Minutes, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(series.Symbol, Interval.Days(1), series.Days, cancellationToken).ConfigureAwait(false);
        }

        foreach (var symbol in Set.Symbols)
        {
            if (!symbol.Actions.IsEmpty)
            {
                await WriteActionsAsync(store, symbol, cancellationToken).ConfigureAwait(false);
            }
        }

        await File.WriteAllTextAsync(Path.Combine(store.Root, MarkerFileName), Marker(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the sample data under <paramref name="rootDirectory"/> (default layout) unless the marker says this set is
    /// already there; true when it wrote.
    /// </summary>
    public async Task<bool> EnsureAsync(string rootDirectory, CancellationToken cancellationToken = default)
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = rootDirectory });
        var marker = Path.Combine(store.Root, MarkerFileName);
        if (File.Exists(marker) && await File.ReadAllTextAsync(marker, cancellationToken).ConfigureAwait(false) == Marker())
        {
            return false;
        }

        Directory.CreateDirectory(store.Root);
        await WriteAsync(store, cancellationToken).ConfigureAwait(false);
        return true;
    }

    // The symbol's action table beside its bars: CSV or Parquet as the set says.
    private static async Task WriteActionsAsync(ParquetBarStore store, SampleSymbol symbol, CancellationToken cancellationToken)
    {
        var path = store.ActionTablePath(symbol.Symbol, symbol.ActionsAsCsv);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (symbol.ActionsAsCsv)
        {
            await File.WriteAllTextAsync(path, CorporateActionCsv.Write(symbol.Actions), cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var file = File.Create(path);
        await CorporateActionParquet.WriteAsync(file, symbol.Actions, cancellationToken).ConfigureAwait(false);
    }

    // Bars before a split's ex-date in the shares of their day: prices × ratio (whole cents stay whole), volumes ÷ ratio.
    private Bar[] InShareOfTheirDay(Bar[] bars, EquatableArray<CorporateAction> actions)
    {
        foreach (var split in actions)
        {
            if (split.Kind != CorporateActionKind.Split || !_calendar.TryGetSession(split.ExDate, out var session))
            {
                continue;
            }

            for (var i = 0; i < bars.Length && bars[i].Start < session.OpenUtc; i++)
            {
                var r = split.Value;
                var b = bars[i];
                bars[i] = new Bar(b.Start, Cents(b.Open * r), Cents(b.High * r), Cents(b.Low * r), Cents(b.Close * r), Math.Round(b.Volume / r));
            }
        }

        return bars;
    }

    private string Marker()
    {
        var symbols = new List<string>();
        foreach (var symbol in Set.Symbols)
        {
            symbols.Add(symbol.Symbol);
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"Provisioning sample data v{Version}; seed {Set.Seed}; {string.Join(",", symbols)}; 1d from {Set.DaysFrom:yyyy-MM-dd}; 1m {Set.MinutesFrom:yyyy-MM-dd}..{Set.MinutesTo:yyyy-MM-dd}; {_calendar.Exchange}\n");
    }

    // The one-minute bars of the calendar's fullest session in the minutes' range: a day's volatility and volume spread over them.
    private int MinutesPerDay()
    {
        var most = 0;
        foreach (var session in _calendar.SessionsInRange(Set.MinutesFrom, Set.MinutesTo))
        {
            most = Math.Max(most, _calendar.BarsInSession(session, Interval.Minutes(1)));
        }

        return Math.Max(1, most);
    }

    private SampleSeries Generate(SampleSymbol symbol, ulong seed)
    {
        var minutesPerDay = MinutesPerDay();
        var random = new SampleRandom(seed);
        var days = new List<Bar>();
        var minutes = new List<Bar>();
        var close = symbol.StartPrice;
        var sigma = symbol.DailyVolatility;
        foreach (var session in _calendar.SessionsInRange(Set.DaysFrom, Set.MinutesTo))
        {
            if (session.Date < Set.MinutesFrom)
            {
                var day = DayBar(session, ref close, sigma, symbol.DailyVolume, random);
                days.Add(day);
                continue;
            }

            var first = minutes.Count;
            MinuteBars(session, minutesPerDay, ref close, sigma, symbol.DailyVolume, random, minutes);
            days.Add(Aggregate(session, minutes, first));
        }

        return new SampleSeries(symbol.Symbol, InShareOfTheirDay(minutes.ToArray(), symbol.Actions), InShareOfTheirDay(days.ToArray(), symbol.Actions));
    }

    private static Bar DayBar(TradingSession session, ref double close, double sigma, double volume, SampleRandom random)
    {
        var open = Cents(close * Math.Exp(0.3 * sigma * random.NextNormal()));
        var next = Cents(open * Math.Exp(sigma * random.NextNormal()));
        var high = Cents(Math.Max(open, next) * Math.Exp(Math.Abs(0.4 * sigma * random.NextNormal())));
        var low = Cents(Math.Min(open, next) * Math.Exp(-Math.Abs(0.4 * sigma * random.NextNormal())));
        close = next;
        var shares = Math.Round(volume * Math.Exp(0.35 * random.NextNormal()));
        return new Bar(session.OpenUtc, open, Math.Max(high, Math.Max(open, next)), Math.Min(low, Math.Min(open, next)), next, shares);
    }

    private void MinuteBars(TradingSession session, int minutesPerDay, ref double close, double sigma, double volume, SampleRandom random, List<Bar> bars)
    {
        var minute = Interval.Minutes(1);
        var count = _calendar.BarsInSession(session, minute);
        var minuteSigma = sigma / Math.Sqrt(minutesPerDay);
        var price = close * Math.Exp(0.3 * sigma * random.NextNormal());
        for (var m = 0; m < count; m++)
        {
            var open = Cents(price);
            double high = price, low = price;
            for (var step = 0; step < 4; step++)
            {
                price *= Math.Exp(minuteSigma * 0.5 * random.NextNormal());
                high = Math.Max(high, price);
                low = Math.Min(low, price);
            }

            var last = Cents(price);
            var shape = 1 + (2.0 * Math.Exp(-m / 20.0)) + (1.5 * Math.Exp(-(count - 1 - m) / 20.0));
            var shares = Math.Round(volume / minutesPerDay / 1.3 * shape * Math.Exp(0.4 * random.NextNormal()));
            bars.Add(new Bar(
                SessionBars.BarStartUtc(session, minute, m),
                open,
                Math.Max(Cents(high), Math.Max(open, last)),
                Math.Min(Cents(low), Math.Min(open, last)),
                last,
                shares));
        }

        close = Cents(price);
    }

    private static Bar Aggregate(TradingSession session, List<Bar> minutes, int first)
    {
        var open = minutes[first].Open;
        var close = minutes[^1].Close;
        double high = double.MinValue, low = double.MaxValue, volume = 0;
        for (var i = first; i < minutes.Count; i++)
        {
            high = Math.Max(high, minutes[i].High);
            low = Math.Min(low, minutes[i].Low);
            volume += minutes[i].Volume;
        }

        return new Bar(session.OpenUtc, open, high, low, close, volume);
    }

    private static double Cents(double price) => Math.Max(0.01, Math.Round(price, 2, MidpointRounding.AwayFromZero));
}
