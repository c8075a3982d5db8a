using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Text;

namespace Provisioning.Calendar;

/// <summary>
/// The calendars registered from definition files, by exchange name (case-insensitive), with a bound on their number.
/// Thread-safe. <see cref="ExchangeCalendars"/> holds the process-wide one.
/// </summary>
internal sealed class CalendarRegistry
{
    private readonly Dictionary<string, RuleBasedTradingCalendar> _calendars = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyCollection<string> _reserved;
    private readonly int _capacity;
    private readonly object _gate = new();

    /// <param name="capacity">How many calendars may be registered.</param>
    /// <param name="reserved">Names that cannot be registered (the shipped calendars).</param>
    public CalendarRegistry(int capacity, IReadOnlyCollection<string> reserved)
    {
        _capacity = capacity;
        _reserved = reserved;
    }

    /// <summary>The registered names, in name order.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            lock (_gate)
            {
                return _calendars.Keys.Order(StringComparer.OrdinalIgnoreCase).ToArray();
            }
        }
    }

    /// <summary>The calendar registered as <paramref name="name"/>; false when there is none.</summary>
    public bool TryGet(string name, out RuleBasedTradingCalendar calendar)
    {
        lock (_gate)
        {
            return _calendars.TryGetValue(name, out calendar!);
        }
    }

    /// <summary>Registers <paramref name="calendar"/> under its exchange name, replacing an earlier one of that name.</summary>
    /// <exception cref="CalendarDefinitionException">The name is reserved, or the registry is full.</exception>
    public void Add(RuleBasedTradingCalendar calendar, string source)
    {
        if (_reserved.Contains(calendar.Exchange, StringComparer.OrdinalIgnoreCase))
        {
            throw new CalendarDefinitionException(
                $"{EchoedText.OneLine(source)}: {EchoedText.Quote(calendar.Exchange)} is a shipped calendar and cannot be replaced; give the definition another \"exchange\" name.",
                source,
                "$.exchange");
        }

        lock (_gate)
        {
            if (!_calendars.ContainsKey(calendar.Exchange) && _calendars.Count >= _capacity)
            {
                throw new CalendarDefinitionException(
                    $"{EchoedText.OneLine(source)}: {_capacity} calendars are registered already, the most there may be; {EchoedText.Quote(calendar.Exchange)} is not added.",
                    source);
            }

            _calendars[calendar.Exchange] = calendar;
        }
    }
}
