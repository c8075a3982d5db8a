using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Data.CorporateActions;
using Provisioning.Intervals;

namespace Provisioning.Data.Quality;

/// <summary>
/// The seed's <c>_calculate_historical_quality</c>: for each symbol, the bars the exchange calendar expects in a range
/// (<see cref="ITradingCalendar.BarsInSession"/>, so early closes expect fewer) against the valid bars the store holds,
/// per session, with the gaps listed and a quality percentage. Rows the store drops (duplicates, out of order, bad
/// prices, high below low, open or close outside [low, high], bad volume, nulls) are reported from its read
/// statistics; bars outside sessions or off the session's bar grid are counted here. Nothing unusable is counted as present.
/// The report names the corporate actions (<see cref="ICorporateActionSource"/>) whose ex-dates fall inside the range.
/// </summary>
internal sealed class HistoricalQualityAnalyzer
{
    private readonly IHistoricalBarStore _store;
    private readonly ITradingCalendar _calendar;

    /// <summary>Creates an analyzer of <paramref name="store"/> against <paramref name="calendar"/>.</summary>
    public HistoricalQualityAnalyzer(IHistoricalBarStore store, ITradingCalendar calendar)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
    }

    /// <summary>The quality of each of <paramref name="symbols"/> over [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    public async ValueTask<IReadOnlyList<HistoricalQualityReport>> AnalyzeAsync(
        IEnumerable<string> symbols,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var reports = new List<HistoricalQualityReport>();
        foreach (var symbol in symbols)
        {
            reports.Add(await AnalyzeAsync(symbol, interval, fromUtc, toUtc, cancellationToken).ConfigureAwait(false));
        }

        return reports;
    }

    /// <summary>
    /// The quality of <paramref name="symbol"/>'s <paramref name="interval"/> bars starting in [<paramref name="fromUtc"/>,
    /// <paramref name="toUtc"/>). Intraday and one-day intervals are analysed; day bars count by session date.
    /// </summary>
    /// <exception cref="ArgumentException">The interval is not intraday or one day.</exception>
    /// <exception cref="CalendarRangeException">The range reaches outside the calendar.</exception>
    public async ValueTask<HistoricalQualityReport> AnalyzeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        CancellationToken cancellationToken = default)
    {
        var tally = new QualityTally(_calendar, symbol, interval, fromUtc, toUtc, completeBarsOnly: false);
        var statistics = new BarReadStatistics();
        try
        {
            await foreach (var batch in _store.ReadRangePooledAsync(symbol, interval, tally.ReadFromUtc, tally.ReadToUtc, statistics, cancellationToken).ConfigureAwait(false))
            {
                tally.Place(batch.Span);
            }
        }
        catch (BarStoreException e)
        {
            return await WithActionsAsync(tally.Unreadable(statistics.Snapshot(), e.Problem), cancellationToken).ConfigureAwait(false);
        }

        return await WithActionsAsync(tally.Report(statistics.Snapshot()), cancellationToken).ConfigureAwait(false);
    }

    // The actions from the range's first session to its last; a store without tables has none.
    private async ValueTask<HistoricalQualityReport> WithActionsAsync(HistoricalQualityReport report, CancellationToken cancellationToken)
    {
        if (report.Sessions.IsEmpty)
        {
            return report;
        }

        var table = await HistoryAdjustmentLoader.ReadTableAsync(_store, report.Symbol, cancellationToken).ConfigureAwait(false);
        return report with { CorporateActions = ActionDigest.Of(table.Between(report.Sessions[0].Date, report.Sessions[^1].Date)) };
    }
}
