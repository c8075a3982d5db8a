using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Config;
using Provisioning.Cli.Reports;
using Provisioning.Data;
using Provisioning.Data.CorporateActions;
using Provisioning.Data.Quality;
using Provisioning.Indicators.__Internals;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.State;

namespace Provisioning.Cli.Checking;

/// <summary>
/// Step 0 against the store for every config symbol and every config indicator of it (each on its own, as if the session
/// were empty), then the data-quality report (<see cref="HistoricalQualityAnalyzer"/>) of each symbol's history per base
/// interval over the union of the ranges those additions read.
/// </summary>
internal sealed class DataCheck
{
    private readonly ResolvedSessionConfig _config;
    private readonly SessionMarkets _markets;
    private readonly IHistoricalBarStore _store;
    private readonly IndicatorCatalog _catalog;
    private readonly MarketPipelines _pipelines;

    public DataCheck(ResolvedSessionConfig config, SessionMarkets markets, IHistoricalBarStore store, IndicatorCatalog catalog)
    {
        _config = config;
        _markets = markets;
        _store = store;
        _catalog = catalog;
        _pipelines = new MarketPipelines(config, store, SessionDryRun.Streams(config));
    }

    public async Task<DataCheckResult> RunAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var checks = new List<DryRunEntry>();
        var quality = new List<HistoricalQualityReport>();
        var notes = new List<string>();
        var actions = new List<CorporateActionReport>();
        foreach (var symbol in _config.Symbols)
        {
            var table = await HistoryAdjustmentLoader.ReadTableAsync(_store, symbol, cancellationToken).ConfigureAwait(false);
            actions.Add(new CorporateActionReport(
                symbol,
                _config.NormalizationOf(symbol).ToString(),
                table.Actions.Select(a => new CorporateActionRow(a.ExDate, a.KindText, a.Value, a.Describe())).ToArray(),
                table.Problems.Select(p => p.Message).ToArray()));

            var symbolEntry = await CheckAsync(new SymbolRequest(symbol, ProvisionSource.Config), "symbol " + symbol, nowUtc, cancellationToken).ConfigureAwait(false);
            checks.Add(symbolEntry);
            var entries = new List<DryRunEntry> { symbolEntry };
            foreach (var configured in _config.Indicators)
            {
                var spec = _catalog.ResolveSpec(configured.Name, configured.Parameters, configured.Interval);
                var entry = spec.Success
                    ? await CheckAsync(new IndicatorRequest(symbol, spec.Value, ProvisionSource.Config), spec.Value.Key, nowUtc, cancellationToken).ConfigureAwait(false)
                    : SessionDryRun.NotPlanned(symbol, configured.Name + "@" + configured.Interval, spec.Reason);
                checks.Add(entry);
                entries.Add(entry);
            }

            await MeasureAsync(symbol, entries, quality, notes, cancellationToken).ConfigureAwait(false);
        }

        return new DataCheckResult(checks, quality, notes) { CorporateActions = actions };
    }

    private async Task<DryRunEntry> CheckAsync(ProvisioningRequest request, string title, DateTime nowUtc, CancellationToken cancellationToken)
    {
        // Step 0 of the session's pipeline against an empty session; nothing is planned.
        // Each symbol on its own market's calendar.
        var pipeline = _pipelines.For(_markets.For(request.Symbol));
        var requirements = pipeline.Analyze(request, SessionStateSnapshot.Empty, nowUtc);
        var validation = await pipeline.ValidateAsync(requirements, cancellationToken).ConfigureAwait(false);
        return new DryRunEntry(requirements.Symbol, title, new PreparedAddition(requirements, validation, ProvisioningPlan.Nothing(requirements.Symbol)));
    }

    // The quality of what the additions read: per stored base interval, from the earliest start to the latest end needed.
    private async Task MeasureAsync(string symbol, List<DryRunEntry> entries, List<HistoricalQualityReport> quality, List<string> notes, CancellationToken cancellationToken)
    {
        // Quality is measured against the symbol's own market.
        var calendar = _markets.For(symbol);
        var stored = entries.SelectMany(e => e.Checks).Where(c => c.BaseIntervalStored && c.BaseInterval is not null).Select(c => c.BaseInterval!.Value).ToHashSet();
        var ranges = entries
            .SelectMany(e => e.Requirements.HistoryLoads)
            .GroupBy(load => load.Interval)
            .OrderBy(g => g.Key)
            .Select(g => (Interval: g.Key, From: g.Min(l => l.StartUtc), To: g.Max(l => l.EndUtc)))
            .ToList();
        if (ranges.Count == 0)
        {
            notes.Add($"{symbol}: no history is configured or needed by its indicators, so there is no range to measure.");
            return;
        }

        foreach (var (interval, from, to) in ranges)
        {
            if (!stored.Contains(interval))
            {
                notes.Add($"{symbol} {interval}: not measured, the store has no {interval} bars for it (see Step 0).");
                continue;
            }

            if (!IsMeasurable(interval))
            {
                notes.Add($"{symbol} {interval}: not measured, quality is measured for intraday and 1d bars.");
                continue;
            }

            // Day bars are counted by session date: end just after the last day bar the history holds, not on the
            // session it ends in (history ending at 09:30 on the 26th holds day bars up to the 25th's close).
            var end = to;
            if (!interval.IsIntraday)
            {
                var lastNeeded = entries.SelectMany(e => e.Checks).Where(c => c.BaseInterval == interval && c.LastNeededUtc is not null).Max(c => c.LastNeededUtc);
                end = lastNeeded is { } last && calendar.TryGetSession(calendar.ExchangeDate(last), out var session) ? session.CloseUtc : to;
            }

            try
            {
                quality.Add(await new HistoricalQualityAnalyzer(_store, calendar).AnalyzeAsync(symbol, interval, from, end, cancellationToken).ConfigureAwait(false));
            }
            catch (CalendarRangeException e)
            {
                notes.Add($"{symbol} {interval}: not measured, {e.Message}");
            }
        }
    }

    private static bool IsMeasurable(Interval interval) => interval.IsIntraday || interval == Interval.Days(1);
}
