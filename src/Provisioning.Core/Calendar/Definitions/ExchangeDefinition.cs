using System;
using System.Collections.Generic;

namespace Provisioning.Calendar.Definitions;

/// <summary>
/// An exchange's calendar as data: its time zone, regular hours, holiday rules, early-close rules and one-off dates,
/// and the range of dates the definition is trusted for. Saturdays and Sundays are never sessions.
/// <see cref="RuleBasedTradingCalendar"/> turns a definition into sessions.
/// </summary>
/// <param name="Exchange">The ISO 10383 MIC, such as "XNYS".</param>
/// <param name="TimeZoneId">The IANA time zone id, such as "America/New_York".</param>
/// <param name="RegularOpen">The local open of a regular session.</param>
/// <param name="RegularClose">The local close of a regular session (the open and close fall on the same local date).</param>
/// <param name="FirstDate">The first date the definition answers for.</param>
/// <param name="LastDate">The last date the definition answers for.</param>
/// <param name="Holidays">The recurring full-day closures.</param>
/// <param name="EarlyCloses">The recurring early closes.</param>
/// <param name="OneOffClosures">Full-day closures outside the rules.</param>
/// <param name="OneOffEarlyCloses">Early closes outside the rules.</param>
public sealed record ExchangeDefinition(
    string Exchange,
    string TimeZoneId,
    TimeOnly RegularOpen,
    TimeOnly RegularClose,
    DateOnly FirstDate,
    DateOnly LastDate,
    IReadOnlyList<HolidayRule> Holidays,
    IReadOnlyList<EarlyCloseRule> EarlyCloses,
    IReadOnlyList<OneOffClosure> OneOffClosures,
    IReadOnlyList<OneOffEarlyClose> OneOffEarlyCloses);
