using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Provisioning.Calendar;
using Provisioning.Intervals;

namespace Provisioning.Data.Quality;

/// <summary>
/// The bar grids of the ranges measured lately, per calendar: the loads of a burst all ask the calendar the same
/// question (the same interval and range), so the grid is built once. Only the shipped rule-based calendars are
/// cached (immutable); any other calendar is asked every time. At most <see cref="Capacity"/> grids per calendar.
/// </summary>
internal static class QualityGridCache
{
    /// <summary>The most grids kept per calendar; the oldest is dropped first.</summary>
    public const int Capacity = 32;

    private static readonly ConditionalWeakTable<ITradingCalendar, Grids> ByCalendar = [];

    /// <summary>The grid of the range, built once per calendar while it is among the <see cref="Capacity"/> latest.</summary>
    /// <exception cref="CalendarRangeException">The range reaches outside the calendar.</exception>
    public static QualityGrid Get(ITradingCalendar calendar, Interval interval, DateTime fromUtc, DateTime toUtc, bool completeBarsOnly)
    {
        if (calendar is not RuleBasedTradingCalendar)
        {
            return QualityGrid.Build(calendar, interval, fromUtc, toUtc, completeBarsOnly);
        }

        return ByCalendar.GetValue(calendar, static _ => new Grids()).Get(calendar, new Key(interval, fromUtc, toUtc, completeBarsOnly));
    }

    /// <summary>The number of grids kept for <paramref name="calendar"/>.</summary>
    internal static int CountFor(ITradingCalendar calendar) => ByCalendar.TryGetValue(calendar, out var grids) ? grids.Count : 0;

    private readonly record struct Key(Interval Interval, DateTime FromUtc, DateTime ToUtc, bool CompleteBarsOnly);

    private sealed class Grids
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<Key, QualityGrid> _grids = [];
        private readonly Queue<Key> _order = new();

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _grids.Count;
                }
            }
        }

        public QualityGrid Get(ITradingCalendar calendar, Key key)
        {
            lock (_gate)
            {
                if (_grids.TryGetValue(key, out var kept))
                {
                    return kept;
                }
            }

            // Built outside the lock: two threads may build the same grid, and either copy is the same.
            var grid = QualityGrid.Build(calendar, key.Interval, key.FromUtc, key.ToUtc, key.CompleteBarsOnly);
            lock (_gate)
            {
                if (_grids.TryAdd(key, grid))
                {
                    _order.Enqueue(key);
                    while (_order.Count > Capacity)
                    {
                        _grids.Remove(_order.Dequeue());
                    }
                }

                return _grids.GetValueOrDefault(key, grid);
            }
        }
    }
}
