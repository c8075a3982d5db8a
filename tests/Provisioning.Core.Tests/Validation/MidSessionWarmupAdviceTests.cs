using System;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.State;
using Provisioning.Planning.Validation;
using static Provisioning.Core.Tests.Requirements.ExampleSession;

namespace Provisioning.Core.Tests.Validation;

/// <summary>
/// Step 0's advice for an indicator added during a session: the read runs from the warm-up window's start to now, but
/// only the window (ending at the session's open) must be stored before the open, so the advice is about the window
/// and does not change with the time of day.
/// </summary>
/// <remarks>
/// XNYS, multiplier 2. Friday 2024-11-01 is EDT (UTC-4): open 09:30 = 13:30Z, 10:00 = 14:00Z, 15:00 = 19:00Z. New York
/// goes back to EST on Sunday 2024-11-03, so Monday 2024-11-04 opens at 14:30Z. A regular session holds 390 1m bars.
/// </remarks>
public sealed class MidSessionWarmupAdviceTests : IDisposable
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private static readonly DateTime Friday1000 = Utc("2024-11-01T14:00:00Z");
    private static readonly DateTime Friday1500 = Utc("2024-11-01T19:00:00Z");
    private readonly TempDirectory _root = new();
    private readonly ITradingCalendar _xnys = ExchangeCalendars.Xnys;

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Sma100_added_at_15_00_on_the_first_stored_day_is_told_the_next_session_as_at_10_00()
    {
        // sma(100)@1m × 2 = 200 1m bars of window, counted back from Friday's open: Thursday 10-31 16:00 − 200 min = 12:40
        // EDT = 16:40Z. Read at 15:00: 200 + 330 (09:30–15:00) = 530; at 10:00: 200 + 30 = 230.
        // The store starts at Friday's open, so none of the window is stored and no smaller warm-up fits (nothing is stored
        // before the open). The first session with 200 bars stored before its open: Monday 11-04 (Friday's 390 ≥ 200).
        var validator = new HistoricalDataValidator(await StoreAsync(new DateOnly(2024, 11, 1)), _xnys);

        var read1500 = Read(100, Friday1500);
        var at1500 = await validator.ValidateAsync("AAPL", OneMinute, read1500);
        var at1000 = await validator.ValidateAsync("AAPL", OneMinute, Read(100, Friday1000));

        Assert.Equal(530, read1500.Bars);
        Assert.False(at1500.CanProceed);
        string[] expected =
        [
            "load AAPL 1m bars from 2024-10-31 to 2024-11-01 into the store.",
            "provision it at or after the open of the 2024-11-04 session (2024-11-04 14:30 UTC): the first session with 200 bars of 1m stored before its open.",
        ];
        Assert.Equal(expected, at1500.Suggestions);
        Assert.Equal(expected, at1000.Suggestions);
        Assert.Contains("warm-up of 100 bars (200 with the multiplier) before the session's open", at1500.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("530", at1500.Reason, StringComparison.Ordinal);

        // The requirements' own Step 0 (what a session runs) gives the same advice.
        var stepZero = new StepZero(await StoreAsync(new DateOnly(2024, 11, 1)), _xnys, _ => true);
        var validation = await stepZero.ValidateAsync(Analyzer().Analyze(new IndicatorRequest("AAPL", Sma(100, OneMinute)), SessionStateSnapshot.Empty, Friday1500));
        Assert.False(validation.HistoricalAvailable);
        Assert.Contains(validation.Errors, e => e.Contains("provision it at or after the open of the 2024-11-04 session", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sma300_added_at_15_00_is_offered_the_warmup_the_bars_before_the_open_hold()
    {
        // sma(300)@1m × 2 = 600 1m bars of window before Friday's open; the store starts Thursday 10-31 (opens 13:30Z), so
        // before Friday's open (13:30Z) it holds Thursday's 390 bars: a warm-up of up to floor(390 / 2) = 195 fits. The
        // session's 330 bars since the open do not count: they are read after the window, not in it.
        // First session with 600 bars stored before its open: Friday 11-01 has 390 before it, Monday 11-04 has 780.
        var validator = new HistoricalDataValidator(await StoreAsync(new DateOnly(2024, 10, 31)), _xnys);

        var result = await validator.ValidateAsync("AAPL", OneMinute, Read(300, Friday1500));

        Assert.False(result.CanProceed);
        Assert.Contains(
            "the stored history holds 390 bars before 2024-11-01 13:30 UTC: a warm-up of up to 195 bars (× 2) fits.",
            result.Suggestions);
        Assert.Contains(
            "provision it at or after the open of the 2024-11-04 session (2024-11-04 14:30 UTC): the first session with 600 bars of 1m stored before its open.",
            result.Suggestions);
    }

    [Fact]
    public async Task Sma100_on_5m_from_1m_is_offered_a_warmup_in_5m_bars_and_the_session_its_window_fits_before()
    {
        // sma(100)@5m × 2 = 200 5m bars of window before Friday's open, read in 1m: a session holds 78 5m bars, so
        // Thursday 78 + Wednesday 78 + the last 44 of Tuesday = 200, that is 200 × 5 = 1,000 1m bars. The store starts
        // Thursday 10-31: before Friday's open it holds Thursday's 390 1m bars = 78 5m bars, so a warm-up of up to
        // floor(78 / 2) = 39 5m bars fits (not 390 + 330 = 720 1m bars / 2 = 360).
        // First session with 1,000 1m bars stored before its open: Monday 11-04 has 780, Tuesday 11-05 (14:30Z) 1,170.
        var validator = new HistoricalDataValidator(await StoreAsync(new DateOnly(2024, 10, 31)), _xnys);

        var result = await validator.ValidateAsync("AAPL", OneMinute, Read(100, Friday1500, Interval.Minutes(5)));

        Assert.False(result.CanProceed);
        Assert.Contains("warm-up of 100 5m bars (200 with the multiplier) before the session's open", result.Reason, StringComparison.Ordinal);
        Assert.Contains(
            "the stored history holds 390 bars before 2024-11-01 13:30 UTC: a warm-up of up to 39 5m bars (× 2) fits.",
            result.Suggestions);
        Assert.Contains(
            "provision it at or after the open of the 2024-11-05 session (2024-11-05 14:30 UTC): the first session with 1,000 bars of 1m stored before its open.",
            result.Suggestions);
    }

    // AAPL 1m bars of every XNYS session from the given day to Friday 2024-11-08.
    private async Task<ParquetBarStore> StoreAsync(DateOnly from)
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });
        await new ParquetBarWriter(store).WriteAsync("AAPL", OneMinute, SyntheticBars.Minutes(_xnys, from, new DateOnly(2024, 11, 8)));
        return store;
    }

    // The 1m history the analyzer asks Step 0 for when sma(period) on the interval (1m unless given) is added at nowUtc.
    private static HistoryEstimate Read(int period, DateTime nowUtc, Interval? interval = null) =>
        Analyzer().Analyze(new IndicatorRequest("AAPL", Sma(period, interval ?? OneMinute)), SessionStateSnapshot.Empty, nowUtc).HistoryLoads[0];
}
