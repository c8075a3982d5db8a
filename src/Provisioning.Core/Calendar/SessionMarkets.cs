using System;
using System.Collections.Generic;
using System.Linq;

namespace Provisioning.Calendar;

/// <summary>
/// The markets of one session: a default calendar and the symbols that follow another one. A session date D means each
/// exchange's session labelled D (CME's session D opens at 17:00 Chicago time on D−1), so one replay of D spans from the
/// earliest of those opens to the latest of those closes. Bounded by the config's symbols.
/// </summary>
internal sealed class SessionMarkets
{
    private readonly Dictionary<string, ITradingCalendar> _bySymbol;

    /// <summary>Creates the markets of a session.</summary>
    /// <param name="defaultCalendar">The calendar of every symbol not in <paramref name="bySymbol"/>.</param>
    /// <param name="bySymbol">Symbols (upper case) that follow their own calendar.</param>
    public SessionMarkets(ITradingCalendar defaultCalendar, IReadOnlyDictionary<string, ITradingCalendar>? bySymbol = null)
    {
        ArgumentNullException.ThrowIfNull(defaultCalendar);
        Default = defaultCalendar;
        _bySymbol = new Dictionary<string, ITradingCalendar>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in bySymbol ?? new Dictionary<string, ITradingCalendar>())
        {
            _bySymbol[pair.Key] = pair.Value;
        }

        Calendars = new[] { defaultCalendar }.Concat(_bySymbol.Values).Distinct().ToArray();
    }

    /// <summary>The session's default calendar.</summary>
    public ITradingCalendar Default { get; }

    /// <summary>Every calendar of the session, the default first, each once.</summary>
    public IReadOnlyList<ITradingCalendar> Calendars { get; }

    /// <summary>The calendar <paramref name="symbol"/> follows.</summary>
    public ITradingCalendar For(string symbol) =>
        _bySymbol.TryGetValue(symbol.Trim(), out var own) ? own : Default;

    /// <summary>The session labelled <paramref name="date"/> on <paramref name="symbol"/>'s market; false when its market is closed that day.</summary>
    /// <exception cref="CalendarRangeException">The date is outside that calendar's range.</exception>
    public bool TryGetSession(string symbol, DateOnly date, out TradingSession session) => For(symbol).TryGetSession(date, out session);

    /// <summary>
    /// The sessions labelled <paramref name="date"/> on every market of the session that trades that day, by opening time.
    /// Empty when every market is closed.
    /// </summary>
    /// <exception cref="CalendarRangeException">The date is outside a calendar's range.</exception>
    public IReadOnlyList<TradingSession> SessionsOn(DateOnly date)
    {
        var sessions = new List<TradingSession>();
        foreach (var calendar in Calendars)
        {
            if (calendar.TryGetSession(date, out var session))
            {
                sessions.Add(session);
            }
        }

        return sessions.OrderBy(s => s.OpenUtc).ToArray();
    }
}
