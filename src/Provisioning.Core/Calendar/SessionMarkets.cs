using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace Provisioning.Calendar;

/// <summary>
/// The markets of one session: a default calendar, the symbols the config puts on another one, and the symbols an ad
/// hoc addition named with an exchange (<c>"XTKS:7203"</c>) while the session holds them. A session date D means each
/// exchange's session labelled D (CME's session D opens at 17:00 Chicago time on D−1), so one replay of D spans from
/// the earliest of those opens to the latest of those closes. Bounded by the config's symbols and the symbols the
/// session holds or is adding. Thread-safe.
/// </summary>
internal sealed class SessionMarkets
{
    private readonly Dictionary<string, ITradingCalendar> _bySymbol;
    private readonly ConcurrentDictionary<string, ITradingCalendar> _adhoc = new(StringComparer.OrdinalIgnoreCase);

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

    /// <summary>Every calendar the config names, the default first, each once.</summary>
    public IReadOnlyList<ITradingCalendar> Calendars { get; }

    /// <summary>How many symbols an ad hoc addition put on a named exchange are kept (each held by the session or being added).</summary>
    public int AdhocCount => _adhoc.Count;

    /// <summary>The calendar <paramref name="symbol"/> follows: an ad hoc addition's exchange, the config's, or the default.</summary>
    public ITradingCalendar For(string symbol)
    {
        var key = symbol.Trim();
        return _adhoc.TryGetValue(key, out var adhoc) ? adhoc : _bySymbol.TryGetValue(key, out var own) ? own : Default;
    }

    /// <summary>True when the config names <paramref name="symbol"/>'s exchange, or an ad hoc addition did.</summary>
    public bool Names(string symbol) => _adhoc.ContainsKey(symbol.Trim()) || _bySymbol.ContainsKey(symbol.Trim());

    /// <summary>
    /// Puts <paramref name="symbol"/> on <paramref name="calendar"/> for an ad hoc addition that named the exchange;
    /// false when the symbol already follows another calendar by name (the config's or an earlier addition's).
    /// </summary>
    public bool TryPlace(string symbol, ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (_bySymbol.TryGetValue(symbol, out var configured))
        {
            return ReferenceEquals(configured, calendar);
        }

        return ReferenceEquals(_adhoc.GetOrAdd(symbol, calendar), calendar);
    }

    /// <summary>Forgets an ad hoc placement once the session no longer holds or adds the symbol.</summary>
    public void Forget(string symbol) => _adhoc.TryRemove(symbol, out _);

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
