using System;
using System.Collections.Generic;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Reporting;

/// <summary>One symbol as the report shows it: who added it and when, its series, indicators and refused bars.</summary>
/// <param name="Symbol">The normalised symbol.</param>
/// <param name="AddedBy">Who added it (or upgraded it to the config).</param>
/// <param name="AddedAtUtc">When it was added: bars starting earlier came from history, later ones were streamed.</param>
/// <param name="MeetsSessionConfig">True when it has everything the session config asks of a symbol.</param>
/// <param name="Series">Its series, ascending by interval.</param>
/// <param name="Indicators">Its indicators, by key.</param>
/// <param name="DuplicateBars">Streamed bars refused as duplicates.</param>
/// <param name="LateBars">Streamed bars that came after a derived interval closed their bucket.</param>
/// <param name="Refused">The first refused bars, listed.</param>
/// <param name="RefusedNotListed">Refused bars counted but not listed.</param>
internal sealed record ReportedSymbol(
    string Symbol,
    ProvisionSource AddedBy,
    DateTime AddedAtUtc,
    bool MeetsSessionConfig,
    IReadOnlyList<ReportedSeries> Series,
    IReadOnlyList<ReportedIndicator> Indicators,
    long DuplicateBars,
    long LateBars,
    IReadOnlyList<RefusedBar> Refused,
    long RefusedNotListed)
{
    /// <summary>The calendar of the symbol's exchange (its sessions for quality and indicator traces); the session's when null.</summary>
    public ITradingCalendar? Calendar { get; init; }

    /// <summary>How its history was adjusted for corporate actions: Raw, SplitAdjusted or Adjusted.</summary>
    public string Normalization { get; init; } = "Raw";

    /// <summary>The corporate actions inside its history windows, each with the mode applied (Step 0's notes), each once.</summary>
    public IReadOnlyList<string> CorporateActions { get; init; } = [];
}

/// <summary>The bars of one interval of a symbol, oldest first.</summary>
/// <param name="Interval">The interval.</param>
/// <param name="BuiltFrom">The base interval it is aggregated from; null for a base series.</param>
/// <param name="Capacity">The most bars the series keeps.</param>
/// <param name="Bars">The bars held.</param>
internal sealed record ReportedSeries(Interval Interval, Interval? BuiltFrom, int Capacity, Bar[] Bars);

/// <summary>An indicator of a symbol and who added it.</summary>
internal sealed record ReportedIndicator(IndicatorSpec Spec, ProvisionSource AddedBy);
