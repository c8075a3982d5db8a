using System.Linq;
using Provisioning.Reporting;

namespace Provisioning.Session;

/// <summary>Copies what a session report shows out of a session, so the report reads no session type.</summary>
internal static class SessionReportSource
{
    public static SessionReportInput Of(SessionCoordinator session) =>
        new(
            session.Config.Exchange,
            session.Calendar,
            session.Catalog,
            session.NowUtc,
            [.. session.Config.Symbols],
            [.. session.Data.Symbols.Select(symbol => Of(symbol) with
            {
                Normalization = session.Config.NormalizationOf(symbol.Symbol).ToString(),
                CorporateActions = [.. session.Journal.Entries()
                    .Where(e => e.Result.Requirements.Symbol == symbol.Symbol)
                    .SelectMany(e => e.Result.Validation.CorporateActions)
                    .Distinct()],
            })],
            session.Journal.Entries(),
            session.Journal.Dropped,
            session.Data.UnroutedBars,
            session.DeliveryFaults)
        {
            Removals = session.Removals.Entries(),
            RemovalsDropped = session.Removals.Dropped,
        };

    private static ReportedSymbol Of(SymbolData symbol)
    {
        var metadata = symbol.Metadata;
        var series = symbol.Intervals
            .Select(interval => symbol.TryGetBars(interval, out var bars) ? new ReportedSeries(interval, bars.BuiltFrom, bars.Capacity, bars.ToArray()) : null)
            .OfType<ReportedSeries>()
            .ToArray();
        return new ReportedSymbol(
            symbol.Symbol,
            metadata.AddedBy,
            metadata.AddedAtUtc,
            metadata.MeetsSessionConfigRequirements,
            series,
            [.. symbol.Indicators.Select(i => new ReportedIndicator(i.Spec, i.AddedBy))],
            symbol.DuplicateBars,
            symbol.LateBars,
            symbol.RefusedBars.Listed(),
            symbol.RefusedBars.NotListed)
        {
            Calendar = symbol.Calendar,
        };
    }
}
