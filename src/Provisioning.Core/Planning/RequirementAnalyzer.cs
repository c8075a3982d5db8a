using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data.CorporateActions;
using Provisioning.Config;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.State;
using Provisioning.Symbols;
using Provisioning.Text;

namespace Provisioning.Planning;

/// <summary>
/// Phase 1 of every addition: what is needed. One entry point for symbols, bars and indicators; it reads the resolved
/// session config and the session state and changes neither. Bad input (a malformed symbol, an interval that is not
/// one, an interval no configured base can build, history outside the calendar) gives requirements with
/// <see cref="ProvisioningRequirements.ValidationErrors"/> and a reason, never an exception. It sits with the planner, not
/// with the requirement records, because it reads the session state and the records must not.
/// </summary>
internal sealed class RequirementAnalyzer
{
    private readonly ResolvedSessionConfig _config;
    private readonly HistoryEstimator _estimator;

    /// <summary>Creates an analyzer for a session configured by <paramref name="config"/>.</summary>
    /// <param name="config">The resolved session config: its bases, derived intervals, history and warm-up multiplier.</param>
    /// <param name="estimator">Turns warm-up bars and trading days into history over the exchange calendar.</param>
    public RequirementAnalyzer(ResolvedSessionConfig config, HistoryEstimator estimator)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(estimator);
        _config = config;
        _estimator = estimator;
    }

    /// <summary>
    /// Analyses <paramref name="request"/> against the session <paramref name="state"/>, with history ending at
    /// <paramref name="nowUtc"/> (the session clock). Step 0 and planning read the result; neither writes into it.
    /// </summary>
    public ProvisioningRequirements Analyze(ProvisioningRequest request, SessionStateSnapshot state, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(state);

        var errors = new List<string>();
        SymbolState? existing = null;
        string symbol;
        if (SymbolName.TryNormalize(request.Symbol, out var normalized, out var symbolError))
        {
            symbol = normalized;
            state.TryGetSymbol(symbol, out existing);
        }
        else
        {
            symbol = request.Symbol ?? string.Empty;
            errors.Add(symbolError!);
        }

        var requirements = new ProvisioningRequirements
        {
            Operation = request.Operation,
            Source = request.Source,
            Symbol = symbol,
            SymbolExists = existing is not null,
            MeetsSessionConfigRequirements = request.Source == ProvisionSource.Config,
            AddedBy = request.Source,
            Indicator = (request as IndicatorRequest)?.Spec,
            Normalization = _config.NormalizationOf(symbol),
        };

        var analysis = request switch
        {
            SymbolRequest => AnalyzeSymbol(symbol, nowUtc, errors),
            BarRequest bar => AnalyzeBar(bar, symbol, nowUtc, errors),
            IndicatorRequest indicator => AnalyzeIndicator(indicator, symbol, nowUtc, errors),
            _ => throw new ArgumentException("Unknown request type " + request.GetType().Name + ".", nameof(request)),
        };

        if (errors.Count > 0)
        {
            return requirements with
            {
                ValidationErrors = EquatableArray<string>.FromOwnedArray(errors.ToArray()),
                Reason = "Cannot add " + Describe(request, symbol) + ": " + string.Join(" ", errors),
            };
        }

        var intervals = analysis.Intervals;
        return requirements with
        {
            RequiredIntervals = new EquatableArray<Interval>(intervals.Select(i => i.Interval)),
            IntervalRequirements = intervals,
            BaseInterval = analysis.Base,
            ExistingIntervals = existing is null
                ? EquatableArray<Interval>.Empty
                : new EquatableArray<Interval>(intervals.Select(i => i.Interval).Where(existing.HasInterval)),
            History = analysis.History,
            HistoryLoads = analysis.Loads,
            NeedsHistorical = !analysis.Loads.IsEmpty,
            NeedsSession = analysis.NeedsSession,
            Reason = analysis.Reason + (analysis.Loads.IsEmpty || requirements.Normalization == NormalizationMode.Raw
                ? string.Empty
                : ", history adjusted " + requirements.Normalization + " for corporate actions") + " (asked by " + request.Source + ").",
        };
    }

    private Analysis AnalyzeSymbol(string symbol, DateTime nowUtc, List<string> errors)
    {
        if (!_config.IsValid)
        {
            errors.Add("The session config has errors, so what it asks of every symbol is not known: "
                + string.Join(" ", _config.Errors));
            return Analysis.None;
        }

        var intervals = new EquatableArray<IntervalRequirement>(
            _config.BaseIntervals.Select(b => new IntervalRequirement(b, null))
                .Concat(_config.DerivedIntervals.Select(d => new IntervalRequirement(d.Interval, d.Base))));

        var loads = EquatableArray<HistoryEstimate>.Empty;
        var historical = _config.Historical;
        if (historical.Enabled)
        {
            TryEstimate(
                symbol,
                historical.Intervals[0],
                errors,
                () => new EquatableArray<HistoryEstimate>(historical.Intervals.Select(i => _estimator.EstimateDays(i, historical.DaysFor(i), nowUtc))),
                out loads);
        }

        var history = loads.IsEmpty ? null : loads[0];
        var reason = symbol + " needs " + List(intervals.Select(i => i.Interval)) + " bars"
            + (history is null
                ? string.Empty
                : " with " + HistoryText(historical) + " history (" + Days(history.CalendarDays, "calendar") + ")")
            + " and live " + List(_config.BaseIntervals) + " streams, as the session config asks of every symbol";
        return new Analysis(intervals, null, history, loads, true, reason);
    }

    private Analysis AnalyzeBar(BarRequest request, string symbol, DateTime nowUtc, List<string> errors)
    {
        var parsed = IntervalParser.Parse(request.Interval);
        if (!parsed.Success)
        {
            errors.Add(parsed.Reason!);
        }

        if (request.Days < 0)
        {
            errors.Add(Count(request.Days) + " is not a number of trading days of history: write 0 for none, or more.");
        }

        var resolution = parsed.Success ? ResolveBase(parsed.Interval, errors, request.Interval.Trim()) : default;
        if (errors.Count > 0)
        {
            return Analysis.None;
        }

        var interval = parsed.Interval;
        var baseInterval = resolution.Base;
        HistoryEstimate? history = null;
        var loads = EquatableArray<HistoryEstimate>.Empty;
        if (request.Days > 0)
        {
            if (TryEstimate(symbol, interval, errors, () => _estimator.EstimateDays(interval, request.Days, nowUtc), out var estimate))
            {
                history = estimate;
                loads = EquatableArray<HistoryEstimate>.Of(InBase(estimate, baseInterval));
            }
        }

        var reason = interval + " bars for " + symbol
            + (resolution.IsBase ? " are a base interval" : " are aggregated from " + baseInterval + " bars")
            + (history is null
                ? " and need no history"
                : " and need " + Days(request.Days, "trading") + " of history (" + Count(loads[0].Bars) + " "
                    + baseInterval + " bars over " + Days(history.CalendarDays, "calendar") + ")")
            + (request.HistoricalOnly ? " and no live stream" : " and a live " + baseInterval + " stream");
        return new Analysis(Intervals(interval, resolution), baseInterval, history, loads, !request.HistoricalOnly, reason);
    }

    private Analysis AnalyzeIndicator(IndicatorRequest request, string symbol, DateTime nowUtc, List<string> errors)
    {
        var spec = request.Spec;
        if (spec is null)
        {
            errors.Add("An indicator is required: pass its spec (name, parameters, interval and warm-up bars).");
            return Analysis.None;
        }

        if (string.IsNullOrWhiteSpace(spec.Name))
        {
            errors.Add("The indicator has no name: give the name it is declared with, such as sma.");
        }

        if (spec.WarmupBars < 0)
        {
            errors.Add(EchoedText.Inline(spec.Key) + " has " + Count(spec.WarmupBars) + " warm-up bars; warm-up is 0 bars or more.");
        }
        else if (spec.WarmupBars * _config.WarmupMultiplier >= int.MaxValue)
        {
            errors.Add(EchoedText.Inline(spec.Key) + " needs " + Count(spec.WarmupBars) + " warm-up bars × "
                + _config.WarmupMultiplier.ToString("0.##", CultureInfo.InvariantCulture) + ", more bars than any history holds.");
        }

        var resolution = default(BaseResolution);
        if (spec.Interval.IsDefault)
        {
            errors.Add(EchoedText.Inline(spec.Key) + " has no interval: give the interval of the bars it is updated on, such as 5m.");
        }
        else
        {
            resolution = ResolveBase(spec.Interval, errors);
        }

        if (errors.Count > 0)
        {
            return Analysis.None;
        }

        var interval = spec.Interval;
        var baseInterval = resolution.Base;
        var multiplier = _config.WarmupMultiplier;

        // The warm-up window is counted back from the open of the session in progress, not from now, and the indicator
        // reads it and the session's bars so far: added at any moment of a session, it is fed the bars one added before
        // the open has seen by then, so its values are the same bit for bit (a recursive one remembers its first bar).
        if (!TryEstimate(symbol, interval, errors, () =>
            {
                var window = _estimator.EstimateBars(interval, spec.WarmupBars, _estimator.WarmupAnchor(nowUtc), multiplier);
                return (Window: window, Read: _estimator.WarmupRead(window, baseInterval, nowUtc));
            }, out var estimate))
        {
            return Analysis.None;
        }

        var (history, read) = estimate;
        var loads = read.Bars > 0 ? EquatableArray<HistoryEstimate>.Of(read) : EquatableArray<HistoryEstimate>.Empty;
        var sinceOpen = history.EndUtc < read.EndUtc;
        var reason = EchoedText.Inline(spec.Key) + " for " + symbol
            + (history.Bars == 0 ? (loads.IsEmpty ? " needs no history" : " needs no warm-up bars") : " needs " + Count(history.Bars) + " " + interval + " bars of history ("
                + Count(spec.WarmupBars) + " warm-up bars × " + multiplier.ToString("0.##", CultureInfo.InvariantCulture) + ")"
                + (sinceOpen ? " before the session's open" : string.Empty))
            + (loads.IsEmpty
                ? string.Empty
                : (resolution.IsBase && !sinceOpen ? string.Empty : ", read" + (sinceOpen ? " with the session's bars so far" : string.Empty)
                    + " as " + Count(read.Bars) + " " + baseInterval + " bars,")
                    + " over " + Days(read.TradingDays, "trading") + " (" + Days(read.CalendarDays, "calendar") + ")")
            + " and a live " + baseInterval + " stream";
        return new Analysis(Intervals(interval, resolution), baseInterval, history, loads, true, reason);
    }

    private BaseResolution ResolveBase(Interval interval, List<string> errors, string? text = null)
    {
        // An intraday bar longer than every session of the symbol's market would never close whole.
        var calendar = _estimator.Calendar;
        var fits = IntervalParser.FitsSession(interval, calendar.MaxIntradayMinutes(), calendar.Exchange, text);
        if (!fits.Success)
        {
            errors.Add(fits.Reason!);
            return default;
        }

        var resolution = BaseIntervalResolver.Resolve(interval, _config.BaseIntervals);
        if (!resolution.Success)
        {
            errors.Add(resolution.Reason!);
        }

        return resolution;
    }

    // The same span of history counted in the bars of the base that is read.
    private HistoryEstimate InBase(HistoryEstimate history, Interval baseInterval) =>
        history.Interval == baseInterval
            ? history
            : history with { Interval = baseInterval, Bars = _estimator.CountBars(baseInterval, history.StartUtc, history.EndUtc) };

    // The calendar refuses dates outside its range: that is a reason to refuse the addition, not a crash.
    private bool TryEstimate<T>(string symbol, Interval interval, List<string> errors, Func<T> estimate, out T result)
    {
        try
        {
            result = estimate();
            return true;
        }
        catch (CalendarRangeException e)
        {
            var calendar = _estimator.Calendar;
            errors.Add(interval + " history for " + EchoedText.Inline(symbol) + " reaches outside the exchange calendar: it would need "
                + e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ", and the " + calendar.Exchange + " calendar covers "
                + calendar.FirstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".."
                + calendar.LastDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "; ask for less history or a date inside it.");
            result = default!;
            return false;
        }
    }

    private static EquatableArray<IntervalRequirement> Intervals(Interval interval, BaseResolution resolution) =>
        resolution.IsBase
            ? EquatableArray<IntervalRequirement>.Of(new IntervalRequirement(interval, null))
            : EquatableArray<IntervalRequirement>.Of(new IntervalRequirement(resolution.Base, null), new IntervalRequirement(interval, resolution.Base));

    private static string Describe(ProvisioningRequest request, string symbol) => request switch
    {
        BarRequest bar => EchoedText.Quote(bar.Interval) + " bars for " + Shown(symbol),
        IndicatorRequest { Spec: { } spec } => EchoedText.Inline(spec.Key) + " for " + Shown(symbol),
        IndicatorRequest => "an indicator for " + Shown(symbol),
        _ => "symbol " + Shown(symbol),
    };

    // The symbol as given, on one line and short, for a reason that quotes it.
    private static string Shown(string symbol)
    {
        if (symbol.Trim().Length == 0)
        {
            return "an empty symbol";
        }

        return EchoedText.Quote(symbol);
    }

    private static string List(IEnumerable<Interval> intervals)
    {
        var texts = intervals.Select(i => i.ToString()).ToList();
        return texts.Count <= 1 ? string.Concat(texts) : string.Join(", ", texts.Take(texts.Count - 1)) + " and " + texts[^1];
    }

    private static string Days(int count, string kind) => CountText.Of(count, kind + " day", kind + " days");

    // "5 trading days of 1m and 1d", or per interval "5 trading days of 1m and 20 trading days of 1d".
    private static string HistoryText(HistoricalSettings historical)
    {
        if (historical.PerInterval.IsEmpty)
        {
            return Days(historical.TrailingDays, "trading") + " of " + List(historical.Intervals);
        }

        var parts = historical.PerInterval.Select(h => Days(h.TrailingDays, "trading") + " of " + h.Interval).ToList();
        return parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
    }

    private static string Count(int value) => CountText.Count(value);

    private sealed record Analysis(
        EquatableArray<IntervalRequirement> Intervals,
        Interval? Base,
        HistoryEstimate? History,
        EquatableArray<HistoryEstimate> Loads,
        bool NeedsSession,
        string Reason)
    {
        public static Analysis None { get; } = new(EquatableArray<IntervalRequirement>.Empty, null, null, EquatableArray<HistoryEstimate>.Empty, false, string.Empty);
    }
}
