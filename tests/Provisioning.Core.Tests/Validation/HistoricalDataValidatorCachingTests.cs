using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Planning.Validation;
using static Provisioning.Core.Tests.Data.Support.BarReading;

namespace Provisioning.Core.Tests.Validation;

/// <summary>
/// The Parquet store keeps its directory listings and file footers between validations (keyed by the directories' and
/// files' write times): a file rewritten, added or deleted later is still seen, and validations on
/// many threads at once answer what a fresh validator answers. The directories are dated an hour back ("settled") so
/// their listings are kept; a change then dates them again, as the file system would.
/// </summary>
public sealed class HistoricalDataValidatorCachingTests : IDisposable
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private readonly TempDirectory _root = new();
    private readonly ITradingCalendar _xnys = ExchangeCalendars.Xnys;

    public void Dispose() => _root.Dispose();

    private ParquetBarStore NewStore() => new(new ParquetBarStoreOptions { RootDirectory = _root.Path });

    private HistoricalDataValidator Fresh() => new(NewStore(), _xnys);

    /// <summary>Writes through a store of its own, so the store under test is not told (as another process writing).</summary>
    private Task WriteAsync(string symbol, Interval interval, Bar[] bars) => new ParquetBarWriter(NewStore()).WriteAsync(symbol, interval, bars);

    private Task WriteMinutesAsync(string symbol, DateOnly from, DateOnly to) => WriteAsync(symbol, OneMinute, SyntheticBars.Minutes(_xnys, from, to));

    /// <summary>Dates the root and every directory under it <paramref name="at"/>.</summary>
    private void Settle(DateTime at)
    {
        Directory.SetLastWriteTimeUtc(_root.Path, at);
        foreach (var directory in Directory.GetDirectories(_root.Path, "*", SearchOption.AllDirectories))
        {
            Directory.SetLastWriteTimeUtc(directory, at);
        }
    }

    private static DateTime HoursAgo(double hours) => DateTime.UtcNow.AddHours(-hours);

    /// <summary>
    /// A warm-up of 390 one-minute bars × 2 = 780 bars ending at the open of Tuesday 2024-03-12 (13:30 UTC, EDT): the
    /// sessions of Friday March 8 (14:30-21:00 UTC, EST) and Monday March 11 (13:30-20:00 UTC).
    /// </summary>
    private static HistoryEstimate EndingTuesdayMarch12() =>
        new(OneMinute, 390, 2.0, 780, 2, 4, Utc(2024, 3, 8, 14, 30), Utc(2024, 3, 12, 13, 30));

    [Fact]
    public async Task A_file_rewritten_in_place_is_seen_by_the_next_validation()
    {
        await WriteMinutesAsync("AAPL", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 8));
        var settled = HoursAgo(1);
        Settle(settled);
        var validator = new HistoricalDataValidator(NewStore(), _xnys);

        // The file ends with Friday March 8; the history needs Monday March 11 up to its last bar, 19:59 UTC.
        var before = await validator.ValidateAsync("AAPL", OneMinute, EndingTuesdayMarch12());
        Assert.Equal(ValidationProblemKind.HistoryEndsTooEarly, Assert.Single(before.Problems).Kind);

        // The same file rewritten with March 11 added; the directories dated as before, as a rewrite in place leaves them.
        await WriteMinutesAsync("AAPL", new DateOnly(2024, 3, 11), new DateOnly(2024, 3, 11));
        Settle(settled);

        var after = await validator.ValidateAsync("AAPL", OneMinute, EndingTuesdayMarch12());

        Assert.True(after.CanProceed, after.Reason);
        Assert.True(after.HistoryCovered);
        Assert.Equal(Utc(2024, 3, 11, 19, 59), after.Availability!.LastBarUtc);
        Assert.Equal(await Fresh().ValidateAsync("AAPL", OneMinute, EndingTuesdayMarch12()), after);
    }

    [Fact]
    public async Task A_new_year_file_is_seen_by_the_next_validation()
    {
        await WriteMinutesAsync("AAPL", new DateOnly(2024, 12, 23), new DateOnly(2024, 12, 31));
        Settle(HoursAgo(1));
        var validator = new HistoricalDataValidator(NewStore(), _xnys);

        // 780 bars ending at the open of Friday 2025-01-03 (14:30 UTC): the sessions of Dec 31 and Jan 2.
        var history = new HistoryEstimate(OneMinute, 390, 2.0, 780, 2, 3, Utc(2024, 12, 31, 14, 30), Utc(2025, 1, 3, 14, 30));
        var before = await validator.ValidateAsync("AAPL", OneMinute, history);
        Assert.Equal(ValidationProblemKind.HistoryEndsTooEarly, Assert.Single(before.Problems).Kind);

        // year=2025.parquet appears next to year=2024.parquet; the directory is dated again (half an hour back).
        await WriteMinutesAsync("AAPL", new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 2));
        Settle(HoursAgo(0.5));

        var after = await validator.ValidateAsync("AAPL", OneMinute, history);

        Assert.True(after.CanProceed, after.Reason);
        Assert.Equal(2, after.Availability!.Files);
        Assert.Equal(await Fresh().ValidateAsync("AAPL", OneMinute, history), after);
    }

    [Fact]
    public async Task A_deleted_file_is_not_counted_by_the_next_validation()
    {
        await WriteMinutesAsync("AAPL", new DateOnly(2023, 12, 26), new DateOnly(2024, 1, 5));
        Settle(HoursAgo(1));
        var validator = new HistoricalDataValidator(NewStore(), _xnys);

        // 780 bars ending at the open of Wednesday 2024-01-03 (14:30 UTC): the sessions of Dec 29, 2023 and Jan 2, 2024.
        var history = new HistoryEstimate(OneMinute, 390, 2.0, 780, 2, 5, Utc(2023, 12, 29, 14, 30), Utc(2024, 1, 3, 14, 30));
        var before = await validator.ValidateAsync("AAPL", OneMinute, history);
        Assert.True(before.CanProceed, before.Reason);
        Assert.Equal(2, before.Availability!.Files);

        File.Delete(NewStore().FilePath("AAPL", OneMinute, 2023));
        Settle(HoursAgo(0.5));

        var after = await validator.ValidateAsync("AAPL", OneMinute, history);

        var problem = Assert.Single(after.Problems);
        Assert.Equal(ValidationProblemKind.HistoryStartsTooLate, problem.Kind);
        Assert.Contains("history for AAPL 1m starts 2024-01-02", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, after.Availability!.Files);
        Assert.Equal(await Fresh().ValidateAsync("AAPL", OneMinute, history), after);
    }

    [Fact]
    public async Task A_settled_store_is_not_listed_again_for_the_next_validation()
    {
        await WriteMinutesAsync("AAPL", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 8));
        Settle(HoursAgo(1));
        var store = NewStore();
        var validator = new HistoricalDataValidator(store, _xnys);
        var first = await validator.ValidateAsync("AAPL", OneMinute, EndingTuesdayMarch12());
        var reads = store.Listings.Reads;
        Assert.True(reads > 0);

        var second = await validator.ValidateAsync("AAPL", OneMinute, EndingTuesdayMarch12());

        Assert.Equal(reads, store.Listings.Reads);
        Assert.Equal(first, second);

        // The file holds March 4-8; the warm-up needs March 11 up to 19:59 UTC.
        Assert.Equal(ValidationProblemKind.HistoryEndsTooEarly, Assert.Single(second.Problems).Kind);
    }

    [Fact]
    public async Task A_directory_written_as_it_is_listed_is_listed_again_every_time()
    {
        await WriteMinutesAsync("AAPL", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 8));

        // Dated after the listing: a write in the same tick of the file system's clock could still come.
        Settle(DateTime.UtcNow.AddHours(1));
        var store = NewStore();
        var validator = new HistoricalDataValidator(store, _xnys);
        await validator.ValidateAsync("AAPL", OneMinute, EndingTuesdayMarch12());
        var reads = store.Listings.Reads;

        await validator.ValidateAsync("AAPL", OneMinute, EndingTuesdayMarch12());

        Assert.True(store.Listings.Reads > reads);
    }

    [Theory]
    [InlineData("interval={interval}/symbol={symbol}/year={year}.parquet", 2)]
    [InlineData("{symbol}/{interval}/{year}.parquet", 2)]
    [InlineData("bars/{interval}/{symbol}.parquet", 1)]
    public async Task A_wrapped_store_answers_what_the_plain_store_answers(string template, int aaplMinuteFiles)
    {
        var options = new ParquetBarStoreOptions { RootDirectory = _root.Path, PathTemplate = template };
        var writer = new ParquetBarWriter(new ParquetBarStore(options));
        await writer.WriteAsync("AAPL", OneMinute, SyntheticBars.Minutes(_xnys, new DateOnly(2023, 12, 26), new DateOnly(2024, 1, 5)));
        await writer.WriteAsync("AAPL", Interval.Minutes(5), SyntheticBars.Minutes(_xnys, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2)));
        await writer.WriteAsync("MSFT", Interval.Days(1), SyntheticBars.Days(_xnys, new DateOnly(2023, 12, 1), new DateOnly(2024, 1, 5)));
        await writer.WriteAsync("BRK.B", OneMinute, SyntheticBars.Minutes(_xnys, new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 4)));
        var plain = new HistoricalDataValidator(new ParquetBarStore(options), _xnys);
        var wrapped = new HistoricalDataValidator(new WrappedStore(new ParquetBarStore(options)), _xnys);
        HistoryEstimate?[] histories =
        [
            null,
            new HistoryEstimate(OneMinute, 390, 2.0, 780, 2, 5, Utc(2023, 12, 29, 14, 30), Utc(2024, 1, 3, 14, 30)),
            new HistoryEstimate(OneMinute, 390, 2.0, 780, 2, 2, Utc(2024, 1, 4, 14, 30), Utc(2024, 1, 8, 14, 30)),
        ];
        // AAPL 1m holds Dec 26, 2023 to Jan 5, 2024 (one file per year, or one file without {year}); the first estimate
        // needs Dec 29 14:30 to Jan 2 20:59 UTC.
        var aapl = await plain.ValidateAsync("AAPL", OneMinute, histories[1]);
        Assert.True(aapl.CanProceed, aapl.Reason);
        Assert.Equal(aaplMinuteFiles, aapl.Availability!.Files);

        // NVDA was never written; MSFT has day bars only.
        Assert.Equal(ValidationProblemKind.UnknownSymbol, Assert.Single((await plain.ValidateAsync("NVDA", OneMinute, null)).Problems).Kind);
        Assert.Equal(ValidationProblemKind.BaseIntervalNotStored, Assert.Single((await plain.ValidateAsync("MSFT", OneMinute, null)).Problems).Kind);

        var proceeding = 0;
        foreach (var symbol in new[] { "AAPL", "aapl", "MSFT", "BRK.B", "BRK", "NVDA" })
        {
            foreach (var interval in new Interval?[] { OneMinute, Interval.Minutes(5), Interval.Days(1), Interval.Hours(1), null })
            {
                foreach (var history in histories)
                {
                    var expected = await wrapped.ValidateAsync(symbol, interval, history);
                    Assert.Equal(expected, await plain.ValidateAsync(symbol, interval, history));
                    proceeding += expected.CanProceed ? 1 : 0;
                }
            }
        }

        Assert.True(proceeding >= 5);
    }

    [Fact]
    public async Task Validations_on_many_threads_answer_what_a_fresh_validator_answers()
    {
        await WriteMinutesAsync("AAPL", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 11));
        await WriteMinutesAsync("NVDA", new DateOnly(2024, 3, 11), new DateOnly(2024, 3, 11));
        // A row group per day, so the missing March 6 falls between two row groups (inside one March row group the
        // metadata could not show it).
        var byDay = new ParquetBarWriter(NewStore(), new ParquetBarWriterOptions { RowGroupPeriod = BarRowGroupPeriod.Day });
        await byDay.WriteAsync("TSLA", OneMinute, SyntheticBars.Minutes(_xnys, new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 5)));
        await byDay.WriteAsync("TSLA", OneMinute, SyntheticBars.Minutes(_xnys, new DateOnly(2024, 3, 7), new DateOnly(2024, 3, 11)));
        await WriteAsync("MSFT", Interval.Days(1), SyntheticBars.Days(_xnys, new DateOnly(2024, 1, 2), new DateOnly(2024, 3, 11)));
        var corrupt = NewStore().FilePath("BAD", OneMinute, 2024);
        Directory.CreateDirectory(Path.GetDirectoryName(corrupt)!);
        File.WriteAllBytes(corrupt, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
        Settle(HoursAgo(1));

        // Covered (AAPL; TSLA for March 8-11), starts too late (NVDA), a gap (TSLA misses March 6, inside March 5-11),
        // ends too early (AAPL for March 11-12), and unknown, malformed, not stored and unusable (the others).
        HistoryEstimate?[] histories =
        [
            null,
            EndingTuesdayMarch12(),
            new(OneMinute, 975, 2.0, 1950, 5, 7, Utc(2024, 3, 5, 14, 30), Utc(2024, 3, 12, 13, 30)),
            new(OneMinute, 390, 2.0, 780, 2, 3, Utc(2024, 3, 11, 13, 30), Utc(2024, 3, 13, 13, 30)),
        ];
        string[] symbols = ["AAPL", "NVDA", "TSLA", "MSFT", "BAD", "AAPK", "a b"];
        Interval?[] intervals = [OneMinute, Interval.Days(1), null];
        var cases = new List<(string Symbol, Interval? Interval, HistoryEstimate? History)>();
        foreach (var symbol in symbols)
        {
            foreach (var interval in intervals)
            {
                foreach (var history in histories)
                {
                    cases.Add((symbol, interval, history is null || interval == OneMinute ? history : null));
                }
            }
        }

        var expected = new SymbolValidationResult[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            expected[i] = await Fresh().ValidateAsync(cases[i].Symbol, cases[i].Interval, cases[i].History);
        }

        // The answers differ from one another, so a cache mixing them up would show.
        Assert.True(new HashSet<string>(Array.ConvertAll(expected, e => e.Reason)).Count >= 10);

        // One round on one thread first: after it every listing the cases need is kept (the directories were dated an
        // hour back), so the rounds on many threads must not read a directory again.
        var sharedStore = NewStore();
        var shared = new HistoricalDataValidator(sharedStore, _xnys);
        foreach (var (symbol, interval, history) in cases)
        {
            await shared.ValidateAsync(symbol, interval, history);
        }

        var readsAfterFirstRound = sharedStore.Listings.Reads;
        Assert.True(readsAfterFirstRound > 0);

        const int Threads = 8;
        const int Rounds = 6;
        var answers = new SymbolValidationResult[Threads, Rounds, cases.Count];
        var failures = new List<Exception>();
        using var start = new Barrier(Threads);
        var threads = new Thread[Threads];
        for (var t = 0; t < Threads; t++)
        {
            var thread = t;
            threads[t] = new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    for (var round = 0; round < Rounds; round++)
                    {
                        // Each thread walks the cases from its own starting point: the same symbol on several threads
                        // at once, and different symbols at once.
                        for (var k = 0; k < cases.Count; k++)
                        {
                            var i = (k + (thread * 5)) % cases.Count;
                            var (symbol, interval, history) = cases[i];
                            answers[thread, round, i] = shared.ValidateAsync(symbol, interval, history).AsTask().GetAwaiter().GetResult();
                        }
                    }
                }
                catch (Exception e)
                {
                    lock (failures)
                    {
                        failures.Add(e);
                    }
                }
            });
            threads[t].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(failures);
        Assert.Equal(readsAfterFirstRound, sharedStore.Listings.Reads);

        // The cases worked out by hand from the files written above (the same answers on every thread and round are
        // checked below, against a fresh validator):
        // AAPL holds March 4-11; the warm-up needs March 8 14:30 to March 11 19:59 UTC.
        var aapl = Answer("AAPL", OneMinute, histories[1]);
        Assert.True(aapl.CanProceed, aapl.Reason);
        Assert.True(aapl.HistoryCovered);

        // NVDA holds March 11 only: it ends in time but starts after March 8.
        Assert.Equal(ValidationProblemKind.HistoryStartsTooLate, Assert.Single(Answer("NVDA", OneMinute, histories[1]).Problems).Kind);

        // TSLA holds March 4-5 and 7-11; March 5 14:30 to March 11 19:59 needs March 6, a whole session missing.
        Assert.Equal(ValidationProblemKind.HistoryHasGaps, Assert.Single(Answer("TSLA", OneMinute, histories[2]).Problems).Kind);

        // AAPL ends March 11 at 19:59; the estimate ending at the open of March 13 needs March 12 up to 19:59.
        Assert.Equal(ValidationProblemKind.HistoryEndsTooEarly, Assert.Single(Answer("AAPL", OneMinute, histories[3]).Problems).Kind);

        // AAPK is stored under no interval; AAPL is one letter away.
        var aapk = Answer("AAPK", OneMinute, null);
        Assert.Equal(ValidationProblemKind.UnknownSymbol, Assert.Single(aapk.Problems).Kind);
        Assert.Contains(aapk.Suggestions, s => s.Contains("AAPL", StringComparison.Ordinal));

        for (var t = 0; t < Threads; t++)
        {
            for (var round = 0; round < Rounds; round++)
            {
                for (var i = 0; i < cases.Count; i++)
                {
                    Assert.Equal(expected[i], answers[t, round, i]);
                }
            }
        }

        SymbolValidationResult Answer(string symbol, Interval? interval, HistoryEstimate? history) =>
            answers[0, Rounds - 1, cases.IndexOf((symbol, interval, history))];
    }

    /// <summary>The store seen only through <see cref="Provisioning.Data.IHistoricalBarStore"/>, as a decorator would show it.</summary>
    private sealed class WrappedStore(ParquetBarStore inner) : DelegatingBarStore(inner);
}
