using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Intervals;

namespace Provisioning.IntegrationTests.ObjectStorage;

/// <summary>
/// A year file: one-minute bars of AAPL on every weekday of 2024 from 14:30 to 21:00 UTC (390 a day, 102,180 in all,
/// holidays ignored: the store reads without a calendar), written by the store's own writer (one row group a month)
/// into a local folder. Bar i has open 100 + i/1000, high open + 1, low open - 1, close open + 0.5, volume 1000 + i.
/// </summary>
public sealed class YearOfMinuteBars : IAsyncLifetime
{
    public const string Symbol = "AAPL";
    public const int BarsPerDay = 390;
    internal static readonly Interval Minute = Interval.Minutes(1);

    /// <summary>The local store's root.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "prv-year-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Every bar written, oldest first.</summary>
    internal Bar[] Bars { get; private set; } = [];

    /// <summary>The year file's path.</summary>
    public string FilePath => Path.Combine(Folder, "interval=1m", "symbol=AAPL", "year=2024.parquet");

    public async Task InitializeAsync()
    {
        var bars = new List<Bar>();
        for (var day = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc); day.Year == 2024; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            for (var m = 0; m < BarsPerDay; m++)
            {
                var i = bars.Count;
                var open = 100 + (i / 1000.0);
                bars.Add(new Bar(day.AddMinutes(870 + m), open, open + 1, open - 1, open + 0.5, 1000 + i));
            }
        }

        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = Folder });
        Bars = bars.ToArray();
        await new ParquetBarWriter(store).WriteAsync(Symbol, Minute, Bars);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }
}
