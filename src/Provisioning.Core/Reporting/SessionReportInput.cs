using System;
using System.Collections.Generic;
using Provisioning.Calendar;
using Provisioning.Indicators.__Internals;

namespace Provisioning.Reporting;

/// <summary>
/// Everything a session report shows, copied out of the session when the report is written (the session builds it, so
/// the report depends on no session type).
/// </summary>
/// <param name="Exchange">The exchange of the session config.</param>
/// <param name="Calendar">The exchange calendar.</param>
/// <param name="Catalog">The declared indicators, to recompute each indicator's line.</param>
/// <param name="NowUtc">The session time of the report.</param>
/// <param name="ConfigSymbols">The session config's symbols.</param>
/// <param name="Symbols">The symbols the session holds, in ordinal order.</param>
/// <param name="Additions">The finished additions kept by the journal, oldest first.</param>
/// <param name="AdditionsDropped">Additions the bounded journal no longer holds.</param>
/// <param name="UnroutedBars">Feed bars that reached no symbol.</param>
/// <param name="DeliveryFaults">Live bars on which a subscriber threw.</param>
internal sealed record SessionReportInput(
    string Exchange,
    ITradingCalendar Calendar,
    IndicatorCatalog Catalog,
    DateTime NowUtc,
    IReadOnlyList<string> ConfigSymbols,
    IReadOnlyList<ReportedSymbol> Symbols,
    IReadOnlyList<JournalEntry> Additions,
    long AdditionsDropped,
    long UnroutedBars,
    long DeliveryFaults)
{
    /// <summary>The finished removals kept by the journal, oldest first.</summary>
    public IReadOnlyList<RemovalEntry> Removals { get; init; } = [];

    /// <summary>Removals the bounded journal no longer holds.</summary>
    public long RemovalsDropped { get; init; }
}
