using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Planning.Validation;
using static Provisioning.Core.Tests.Data.Support.BarReading;

namespace Provisioning.Core.Tests.Validation;

public sealed class HistoricalDataValidatorTests : IDisposable
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private readonly TempDirectory _root = new();
    private readonly ITradingCalendar _xnys = ExchangeCalendars.Xnys;

    public void Dispose() => _root.Dispose();

    /// <summary>AAPL 1m from 2024-02-01 to 2024-03-28 (XNYS sessions), MSFT 1d only.</summary>
    private async Task<ParquetBarStore> StoreAsync()
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });
        var writer = new ParquetBarWriter(store);
        await writer.WriteAsync("AAPL", OneMinute, SyntheticBars.Minutes(_xnys, new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 28)));
        await writer.WriteAsync("MSFT", Interval.Days(1), SyntheticBars.Days(_xnys, new DateOnly(2024, 1, 2), new DateOnly(2024, 3, 28)));
        return store;
    }

    /// <summary>
    /// A warm-up of 3,510 one-minute bars × 2 = 7,020 bars ending at the open of Monday 2024-02-12 (14:30 UTC): the 18
    /// sessions Jan 17-19, 22-26, 29-31, Feb 1-2, 5-9 hold 18 × 390 = 7,020 bars, so the first bar is 2024-01-17 14:30 UTC.
    /// </summary>
    private static HistoryEstimate WarmupFromJanuary17() =>
        new(OneMinute, 3510, 2.0, 7020, 18, 27, Utc(2024, 1, 17, 14, 30), Utc(2024, 2, 12, 14, 30));

    [Fact]
    public async Task History_that_starts_too_late_says_when_it_starts_what_is_needed_and_what_would_fit()
    {
        var validator = new HistoricalDataValidator(await StoreAsync(), _xnys);

        var result = await validator.ValidateAsync("AAPL", OneMinute, WarmupFromJanuary17());

        Assert.False(result.CanProceed);
        Assert.True(result.SymbolWellFormed);
        Assert.True(result.SymbolKnown);
        Assert.True(result.BaseIntervalStored);
        Assert.False(result.HistoryCovered);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ValidationProblemKind.HistoryStartsTooLate, problem.Kind);
        Assert.Contains("history for AAPL 1m starts 2024-02-01", problem.Message, StringComparison.Ordinal);
        Assert.Contains("needs bars from 2024-01-17", problem.Message, StringComparison.Ordinal);

        // From 2024-02-01 14:30 to 2024-02-12 14:30 the store holds Feb 1, 2, 5-9: 7 sessions × 390 = 2,730 bars;
        // with the multiplier of 2 a warm-up of up to 1,365 bars fits.
        Assert.Contains(result.Suggestions, s => s.Contains("2,730 bars", StringComparison.Ordinal) && s.Contains("1,365", StringComparison.Ordinal));
        Assert.Contains(result.Suggestions, s => s.Contains("from 2024-01-17 to 2024-02-01", StringComparison.Ordinal));
        Assert.StartsWith(problem.Message, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_wholly_before_the_first_stored_bar_is_a_rejection_that_says_what_is_stored_and_what_would_work()
    {
        var validator = new HistoricalDataValidator(await StoreAsync(), _xnys);

        // Five trading days before the open of Tue 2024-01-16 (14:30 UTC, EST; Mon 01-15 is Martin Luther King Day):
        // Jan 8-12, 5 × 390 = 1,950 bars from 2024-01-08 14:30 UTC, the last starting 2024-01-12 20:59 UTC. AAPL's 1m bars
        // start 2024-02-01, so none of it is stored.
        var history = new HistoryEstimate(OneMinute, 0, 1.0, 1950, 5, 9, Utc(2024, 1, 8, 14, 30), Utc(2024, 1, 16, 14, 30));

        var result = await validator.ValidateAsync("AAPL", OneMinute, history);

        Assert.False(result.CanProceed);
        Assert.False(result.HistoryCovered);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ValidationProblemKind.HistoryStartsTooLate, problem.Kind);
        Assert.Equal(
            "history for AAPL 1m is stored from 2024-02-01 (first bar 2024-02-01 14:30 UTC) to 2024-03-28; this history of 1,950 bars "
            + "needs bars from 2024-01-08 to 2024-01-12, all before the first stored bar.",
            problem.Message);
        // 1,950 bars are stored before the open of the sixth stored session: Feb 1, 2, 5, 6 and 7 hold 5 × 390, so Thu Feb 8.
        Assert.Equal(
            new[]
            {
                "load AAPL 1m bars from 2024-01-08 to 2024-02-01 into the store.",
                "provision it at or after the open of the 2024-02-08 session (2024-02-08 14:30 UTC): the first session with 1,950 bars of 1m stored before its open.",
            },
            result.Suggestions.ToArray());
        Assert.StartsWith(problem.Message, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Covered_history_lets_the_addition_proceed()
    {
        var validator = new HistoricalDataValidator(await StoreAsync(), _xnys);

        // 390 × 2 = 780 bars ending at the open of 2024-03-06 (14:30 UTC, EST): the sessions of March 4 and 5.
        var history = new HistoryEstimate(OneMinute, 390, 2.0, 780, 2, 2, Utc(2024, 3, 4, 14, 30), Utc(2024, 3, 6, 14, 30));
        var result = await validator.ValidateAsync("aapl", OneMinute, history);

        Assert.True(result.CanProceed, result.Reason);
        Assert.Equal("AAPL", result.Symbol);
        Assert.True(result.HistoryCovered);
        Assert.Equal(Utc(2024, 3, 5, 20, 59), result.LastNeededUtc);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task History_that_ends_too_early_is_reported_and_Good_Friday_is_not_a_gap()
    {
        var validator = new HistoricalDataValidator(await StoreAsync(), _xnys);

        // Good Friday 2024-03-29 is a holiday: history ending at Monday 2024-04-01's open (13:30 UTC, EDT) needs the
        // last bar of Thursday 2024-03-28 (19:59 UTC), which is stored. Ending at Tuesday's open needs Monday's bars.
        var toMonday = new HistoryEstimate(OneMinute, 0, 1.0, 390, 1, 4, Utc(2024, 3, 28, 13, 30), Utc(2024, 4, 1, 13, 30));
        var toTuesday = new HistoryEstimate(OneMinute, 0, 1.0, 390, 1, 2, Utc(2024, 4, 1, 13, 30), Utc(2024, 4, 2, 13, 30));

        var covered = await validator.ValidateAsync("AAPL", OneMinute, toMonday);
        var short_ = await validator.ValidateAsync("AAPL", OneMinute, toTuesday);

        Assert.True(covered.CanProceed, covered.Reason);
        var problem = Assert.Single(short_.Problems);
        Assert.Equal(ValidationProblemKind.HistoryEndsTooEarly, problem.Kind);
        Assert.Contains("ends 2024-03-28", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2024-04-01 19:59 UTC", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_sessions_inside_the_range_are_gaps()
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });
        var bars = SyntheticBars.Minutes(_xnys, new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 15));
        await new ParquetBarWriter(store, new ParquetBarWriterOptions { RowGroupPeriod = BarRowGroupPeriod.Day })
            .WriteAsync("NVDA", OneMinute, bars.Where(b => b.Start.Day != 7).ToArray());
        var validator = new HistoricalDataValidator(store, _xnys);

        var history = new HistoryEstimate(OneMinute, 0, 1.0, 1950, 5, 7, Utc(2024, 3, 4, 14, 30), Utc(2024, 3, 11, 13, 30));
        var result = await validator.ValidateAsync("NVDA", OneMinute, history);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ValidationProblemKind.HistoryHasGaps, problem.Kind);
        Assert.Contains("1 whole session", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Malformed_symbols_are_refused_with_a_reason_and_never_reach_the_store(string? symbol)
    {
        var missingRoot = _root.Combine("never-created");
        var validator = new HistoricalDataValidator(new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = missingRoot }), _xnys);

        var result = await validator.ValidateAsync(symbol, OneMinute, null);

        Assert.False(result.SymbolWellFormed);
        Assert.Equal(ValidationProblemKind.InvalidSymbol, Assert.Single(result.Problems).Kind);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        Assert.False(Directory.Exists(missingRoot));
    }

    [Fact]
    public async Task A_200_character_symbol_is_refused_with_its_length()
    {
        var validator = new HistoricalDataValidator(await StoreAsync(), _xnys);

        var result = await validator.ValidateAsync(new string('X', 200), OneMinute, null);

        Assert.Contains("200 characters", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_symbol_suggests_a_close_one()
    {
        var validator = new HistoricalDataValidator(await StoreAsync(), _xnys);

        var result = await validator.ValidateAsync("AAPX", OneMinute, null);

        Assert.False(result.SymbolKnown);
        Assert.Equal(ValidationProblemKind.UnknownSymbol, Assert.Single(result.Problems).Kind);
        Assert.Contains(result.Suggestions, s => s.Contains("AAPL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_base_interval_that_is_not_stored_names_what_is()
    {
        var validator = new HistoricalDataValidator(await StoreAsync(), _xnys);

        var result = await validator.ValidateAsync("MSFT", OneMinute, null);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ValidationProblemKind.BaseIntervalNotStored, problem.Kind);
        Assert.Contains("MSFT has no 1m bars", problem.Message, StringComparison.Ordinal);
        Assert.Contains("it has 1d", problem.Message, StringComparison.Ordinal);
        Assert.True(result.SymbolKnown);
    }

    [Fact]
    public async Task A_corrupt_file_of_the_series_is_named()
    {
        var store = await StoreAsync();
        var path = store.FilePath("AAPL", OneMinute, 2023);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
        var validator = new HistoricalDataValidator(store, _xnys);

        var result = await validator.ValidateAsync("AAPL", OneMinute, WarmupFromJanuary17());

        var problem = Assert.Single(result.Problems, p => p.Kind == ValidationProblemKind.UnusableFile);
        Assert.Equal(path, problem.Path);
        Assert.Contains(path, problem.Message, StringComparison.Ordinal);
        Assert.False(result.CanProceed);
    }

    [Fact]
    public async Task A_missing_store_root_is_named()
    {
        var root = _root.Combine("nowhere");
        var validator = new HistoricalDataValidator(new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = root }), _xnys);

        var result = await validator.ValidateAsync("AAPL", OneMinute, null);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ValidationProblemKind.StoreUnavailable, problem.Kind);
        Assert.Equal(root, problem.Path);
    }

    [Fact]
    public async Task Step_zero_on_requirements_gives_symbol_validated_historical_available_and_errors()
    {
        var validator = new StepZero(await StoreAsync(), _xnys, _ => true);
        var requirements = new ProvisioningRequirements
        {
            Operation = OperationType.Indicator,
            Source = ProvisionSource.Scanner,
            Symbol = "AAPL",
            BaseInterval = OneMinute,
            NeedsHistorical = true,
            History = WarmupFromJanuary17(),
        };
        var coveredHistory = new HistoryEstimate(OneMinute, 390, 2.0, 780, 2, 2, Utc(2024, 3, 4, 14, 30), Utc(2024, 3, 6, 14, 30));

        var short_ = await validator.ValidateAsync(requirements);
        var covered = await validator.ValidateAsync(requirements with { History = coveredHistory });
        var malformed = await validator.ValidateAsync(requirements with { Symbol = "../x" });

        Assert.True(short_.SymbolValidated);
        Assert.False(short_.HistoricalAvailable);
        Assert.False(short_.CanProceed);
        Assert.Contains("starts 2024-02-01", Assert.Single(short_.Errors), StringComparison.Ordinal);
        Assert.Contains("Instead:", short_.Errors[0], StringComparison.Ordinal);
        Assert.True(covered.SymbolValidated);
        Assert.True(covered.HistoricalAvailable);
        Assert.True(covered.CanProceed);
        Assert.False(malformed.SymbolValidated);
        Assert.Contains("\"../x\"", Assert.Single(malformed.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_bar_needed_follows_the_sessions_and_the_early_close()
    {
        var validator = new HistoricalDataValidator(new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }), _xnys);

        // 2024-11-29 closes at 13:00 New York = 18:00 UTC; it opens at 14:30 UTC.
        // At 15:07:30 UTC, seven 5m bars are complete (14:30-15:05): the last starts at 15:00.
        Assert.Equal(Utc(2024, 11, 29, 15, 0), validator.LastBarStartBefore(Interval.Minutes(5), new DateTime(2024, 11, 29, 15, 7, 30, DateTimeKind.Utc)));

        // Mid-session the day bar is not complete: the last is Wednesday 27th's (Thursday 28th is Thanksgiving).
        Assert.Equal(Utc(2024, 11, 27, 14, 30), validator.LastBarStartBefore(Interval.Days(1), Utc(2024, 11, 29, 15, 0)));

        // After the early close: the day bar of the 29th, and its last minute bar at 17:59 UTC.
        Assert.Equal(Utc(2024, 11, 29, 14, 30), validator.LastBarStartBefore(Interval.Days(1), Utc(2024, 11, 29, 18, 0)));
        Assert.Equal(Utc(2024, 11, 29, 17, 59), validator.LastBarStartBefore(OneMinute, Utc(2024, 11, 29, 23, 0)));

        // At an open nothing of that session is complete: the previous session's last bar.
        Assert.Equal(Utc(2024, 11, 27, 20, 59), validator.LastBarStartBefore(OneMinute, Utc(2024, 11, 29, 14, 30)));
    }
}
