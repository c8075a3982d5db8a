using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Replay.Support;

/// <summary>
/// A real Parquet store of one-minute XNYS bars written by the test (one row group per month, so a batch of the store
/// spans many days), with the session.json of the replay figures beside it: 1m streamed, 5m and 15m derived,
/// SMA(20)@5m, RSI(14)@15m and EMA(50)@15m on every config symbol.
/// </summary>
internal static class MinuteBarFiles
{
    public static readonly Interval Minute = Interval.Minutes(1);

    public static ITradingCalendar Calendar => ExchangeCalendars.Xnys;

    /// <summary>Writes every minute of the sessions from <paramref name="from"/> to <paramref name="through"/> for each symbol under <paramref name="root"/>.</summary>
    public static async Task WriteAsync(string root, IReadOnlyList<string> symbols, DateOnly from, DateOnly through)
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = root }, Calendar);
        var writer = new ParquetBarWriter(store, new ParquetBarWriterOptions { RowGroupPeriod = BarRowGroupPeriod.Month });
        var sessions = Calendar.SessionsInRange(from, through);
        foreach (var symbol in symbols)
        {
            await writer.WriteAsync(symbol, Minute, sessions.SelectMany(s => DayBars(symbol, s)).ToArray());
        }
    }

    /// <summary>Writes the session.json of <paramref name="symbols"/> into <paramref name="root"/> and returns its path.</summary>
    public static string WriteConfig(string root, IReadOnlyList<string> symbols)
    {
        var path = Path.Combine(root, "session.json");
        File.WriteAllText(path, $$"""
            {
              "exchange": "XNYS",
              "symbols": [{{string.Join(", ", symbols.Select(s => "\"" + s + "\""))}}],
              "streams": ["1m"],
              "derivedIntervals": ["5m", "15m"],
              "indicators": [
                { "name": "sma", "interval": "5m", "parameters": { "period": 20 } },
                { "name": "rsi", "interval": "15m", "parameters": { "period": 14 } },
                { "name": "ema", "interval": "15m", "parameters": { "period": 50 } }
              ],
              "data": { "root": "." }
            }
            """);
        return path;
    }

    /// <summary>The store the files are read through, for the independent path of a test.</summary>
    public static ParquetBarStore OpenStore(string root) => new(new ParquetBarStoreOptions { RootDirectory = root }, Calendar);

    /// <summary>
    /// Every minute of a session, priced so that each symbol, day and minute differs (a bar in the wrong series, or on
    /// the wrong day, changes the indicators).
    /// </summary>
    public static IEnumerable<Bar> DayBars(string symbol, TradingSession session)
    {
        var level = 50 + (10 * (symbol[0] - 'A')) + (session.Date.DayNumber % 17);
        var minute = 0;
        for (var start = session.OpenUtc; start < session.CloseUtc; start = start.AddMinutes(1), minute++)
        {
            var open = level + (3 * Math.Sin(minute / 23.0)) + (minute % 7 * 0.05);
            var close = open + (0.4 * Math.Cos(minute / 5.0));
            yield return new Bar(start, open, Math.Max(open, close) + 0.25, Math.Min(open, close) - 0.25, close, 100 + minute);
        }
    }
}
