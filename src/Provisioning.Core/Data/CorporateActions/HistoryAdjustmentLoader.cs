using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Intervals;

namespace Provisioning.Data.CorporateActions;

/// <summary>
/// Builds a symbol's <see cref="HistoryAdjustment"/> from the store: its action table and, for each dividend the mode
/// uses, the raw close of the last session before the ex-date (a stored day bar, else a bar of the interval loaded).
/// A store without tables (<see cref="ICorporateActionSource"/>) has no actions.
/// </summary>
internal static class HistoryAdjustmentLoader
{
    /// <summary>The session date history is adjusted as of at <paramref name="nowUtc"/>: the session in progress or the next one.</summary>
    public static DateOnly SessionDate(ITradingCalendar calendar, DateTime nowUtc)
    {
        try
        {
            return calendar.SessionAtOrAfter(nowUtc).Date;
        }
        catch (CalendarRangeException)
        {
            return calendar.ExchangeDate(nowUtc);
        }
    }

    /// <summary>The actions table of <paramref name="symbol"/>; empty when the store keeps none.</summary>
    public static ValueTask<CorporateActionTable> ReadTableAsync(IHistoricalBarStore store, string symbol, CancellationToken cancellationToken) =>
        store is ICorporateActionSource source
            ? source.ReadActionsAsync(symbol, cancellationToken)
            : ValueTask.FromResult(new CorporateActionTable(symbol));

    /// <summary>
    /// The adjustment of <paramref name="symbol"/>'s <paramref name="interval"/> history in <paramref name="mode"/> as of
    /// <paramref name="asOf"/>, and the table it came from.
    /// </summary>
    /// <exception cref="BarStoreException">A bar file needed for a dividend's reference close cannot be read.</exception>
    public static async ValueTask<(HistoryAdjustment Adjustment, CorporateActionTable Table)> LoadAsync(
        IHistoricalBarStore store,
        ITradingCalendar calendar,
        string symbol,
        Interval interval,
        NormalizationMode mode,
        DateOnly asOf,
        CancellationToken cancellationToken)
    {
        if (mode == NormalizationMode.Raw)
        {
            return (HistoryAdjustment.None, new CorporateActionTable(symbol));
        }

        var table = await ReadTableAsync(store, symbol, cancellationToken).ConfigureAwait(false);
        var closes = new Dictionary<DateOnly, double?>();
        foreach (var dividend in HistoryAdjustment.NeedingCloses(mode, asOf, table.Actions))
        {
            var end = StartOf(calendar, dividend.ExDate);
            double? close = null;
            foreach (var source in interval == Interval.Days(1) ? [interval] : new[] { Interval.Days(1), interval })
            {
                var last = await store.ReadLastAsync(symbol, source, 1, end, null, cancellationToken).ConfigureAwait(false);
                if (last.Length > 0)
                {
                    close = last[0].Close;
                    break;
                }
            }

            closes[dividend.ExDate] = close;
        }

        var adjustment = HistoryAdjustment.Create(mode, asOf, table.Actions, action => closes.TryGetValue(action.ExDate, out var close) ? close : null);
        return (adjustment, table);
    }

    /// <summary>The first instant of the ex-date's session (bars before it are the sessions before), or its exchange midnight.</summary>
    public static DateTime StartOf(ITradingCalendar calendar, DateOnly exDate)
    {
        if (exDate >= calendar.FirstDate && exDate <= calendar.LastDate && calendar.TryGetSession(exDate, out var session))
        {
            return session.OpenUtc;
        }

        return TimeZoneInfo.ConvertTimeToUtc(exDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), calendar.TimeZone);
    }
}
