using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Symbols;
using Provisioning.Text;

namespace Provisioning.Planning.Validation;

/// <summary>
/// The store half of Step 0 (<see cref="StepZero"/> runs it with the feed half): the symbol is well formed (checked before it names any path) and known to
/// the store, the base interval is stored and its files are usable, and the stored history covers the bars requirement
/// analysis asked for. Everything is answered from directory listings and file metadata; no bar is read. Problems are
/// results, never exceptions.
/// </summary>
internal sealed class HistoricalDataValidator
{
    private readonly IHistoricalBarStore _store;
    private readonly ITradingCalendar _calendar;

    /// <summary>Creates a validator over <paramref name="store"/>, with sessions from <paramref name="calendar"/>.</summary>
    public HistoricalDataValidator(IHistoricalBarStore store, ITradingCalendar calendar)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
    }

    /// <summary>
    /// Validates <paramref name="symbol"/>; when <paramref name="baseInterval"/> is given, that it is stored and usable;
    /// when <paramref name="history"/> is given (with bars), that the store covers it.
    /// </summary>
    public async ValueTask<SymbolValidationResult> ValidateAsync(
        string? symbol,
        Interval? baseInterval,
        HistoryEstimate? history,
        CancellationToken cancellationToken = default)
    {
        if (!SymbolName.TryNormalize(symbol, out var normalized, out var invalid))
        {
            return Finish(new SymbolValidationResult(symbol ?? string.Empty), [new ValidationProblem(ValidationProblemKind.InvalidSymbol, invalid!)], []);
        }

        var problems = new List<ValidationProblem>();
        var suggestions = new List<string>();
        var result = new SymbolValidationResult(normalized) { SymbolWellFormed = true, BaseInterval = baseInterval };

        var intervals = await _store.ListIntervalsAsync(normalized, cancellationToken).ConfigureAwait(false);
        if (!intervals.Problems.IsEmpty)
        {
            foreach (var problem in intervals.Problems)
            {
                problems.Add(new ValidationProblem(ValidationProblemKind.StoreUnavailable, problem.Message, problem.Path));
            }

            return Finish(result, problems, suggestions);
        }

        result = result with { StoredIntervals = intervals.Items, SymbolKnown = !intervals.Items.IsEmpty };
        if (intervals.Items.IsEmpty)
        {
            problems.Add(new ValidationProblem(ValidationProblemKind.UnknownSymbol, normalized + " is not in the bar store: no interval has bars for it."));
            await SuggestSymbolsAsync(normalized, baseInterval, suggestions, cancellationToken).ConfigureAwait(false);
            return Finish(result, problems, suggestions);
        }

        if (baseInterval is not { } interval)
        {
            return Finish(result with { HistoryCovered = true }, problems, suggestions);
        }

        if (!Contains(intervals.Items, interval))
        {
            problems.Add(new ValidationProblem(ValidationProblemKind.BaseIntervalNotStored,
                normalized + " has no " + interval + " bars in the store; it has " + string.Join(", ", intervals.Items) + "."));
            foreach (var stored in intervals.Items)
            {
                if (interval.CanBeBuiltFrom(stored) && stored != interval)
                {
                    suggestions.Add("use " + stored + " as the base interval: " + interval + " can be built from it.");
                }
            }

            suggestions.Add("load " + interval + " bars of " + normalized + " into the store.");
            return Finish(result, problems, suggestions);
        }

        var availability = await _store.GetAvailabilityAsync(normalized, interval, cancellationToken).ConfigureAwait(false);
        result = result with { BaseIntervalStored = true, Availability = availability, HasHistoricalData = availability.HasData };
        foreach (var problem in availability.Problems)
        {
            problems.Add(new ValidationProblem(ValidationProblemKind.UnusableFile, problem.Message, problem.Path));
        }

        if (history is null || history.Bars == 0)
        {
            if (!availability.HasData && availability.Problems.IsEmpty)
            {
                problems.Add(new ValidationProblem(ValidationProblemKind.NoHistory, normalized + " " + interval + " has files but no usable bar."));
            }

            return Finish(result with { HistoryCovered = true }, problems, suggestions);
        }

        DateTime lastNeeded;
        try
        {
            lastNeeded = LastBarStartBefore(interval, history.EndUtc);
        }
        catch (CalendarRangeException e)
        {
            problems.Add(new ValidationProblem(ValidationProblemKind.OutsideCalendar, e.Message));
            return Finish(result, problems, suggestions);
        }

        var firstNeeded = history.StartUtc;
        result = result with { FirstNeededUtc = firstNeeded, LastNeededUtc = lastNeeded };
        if (!availability.Problems.IsEmpty)
        {
            suggestions.Add("repair or remove the " + (availability.Problems.Count == 1 ? "unusable file" : CountText.Count(availability.Problems.Count) + " unusable files")
                + ", then validate again.");
            return Finish(result, problems, suggestions);
        }

        if (!availability.HasData)
        {
            problems.Add(new ValidationProblem(ValidationProblemKind.NoHistory,
                normalized + " " + interval + " has no usable bar; this addition needs " + CountText.Of(history.Bars, "bar", "bars") + " from " + Day(firstNeeded) + "."));
            return Finish(result, problems, suggestions);
        }

        var coverage = CoverageCalculator.Compute(availability, firstNeeded, lastNeeded, _calendar);
        if (coverage.Covered)
        {
            return Finish(result with { HistoryCovered = true }, problems, suggestions);
        }

        var first = availability.FirstBarUtc!.Value;
        var last = availability.LastBarUtc!.Value;
        var series = "history for " + normalized + " " + interval;
        if (lastNeeded < first)
        {
            // The whole range lies before the first stored bar: none of it is stored, and no smaller warm-up fits.
            problems.Add(new ValidationProblem(ValidationProblemKind.HistoryStartsTooLate,
                series + " is stored from " + Day(first) + " (first bar " + Instant(first) + ") to " + Day(last) + "; this " + Need(history)
                + " needs bars " + (Day(firstNeeded) == Day(lastNeeded) ? "on " + Day(firstNeeded) : "from " + Day(firstNeeded) + " to " + Day(lastNeeded))
                + ", all before the first stored bar."));
            suggestions.Add("load " + normalized + " " + interval + " bars from " + Day(firstNeeded) + " to " + Day(first) + " into the store.");
            SuggestFirstSessionThatFits(interval, history, first, last, suggestions);
        }
        else if (first > firstNeeded)
        {
            problems.Add(new ValidationProblem(ValidationProblemKind.HistoryStartsTooLate,
                series + " starts " + Day(first) + "; this " + Need(history) + " needs bars from " + Day(firstNeeded)
                + " (" + Instant(firstNeeded) + ")."));
            suggestions.Add("load " + normalized + " " + interval + " bars from " + Day(firstNeeded) + " to " + Day(first) + " into the store.");
            SuggestSmallerWarmup(interval, history, first, suggestions);
            SuggestFirstSessionThatFits(interval, history, first, last, suggestions);
        }

        if (last < lastNeeded)
        {
            problems.Add(new ValidationProblem(ValidationProblemKind.HistoryEndsTooEarly,
                series + " ends " + Day(last) + " (last bar " + Instant(last) + "); this " + Need(history) + " needs bars up to "
                + Instant(lastNeeded) + "."));
            suggestions.Add("load " + normalized + " " + interval + " bars after " + Instant(last) + " into the store, or end the history at "
                + Instant(last.Add(Length(interval))) + ".");
        }

        if (!coverage.Holes.IsEmpty)
        {
            foreach (var hole in coverage.Holes)
            {
                problems.Add(new ValidationProblem(ValidationProblemKind.HistoryHasGaps,
                    series + " is missing " + CountText.Of(hole.MissingSessions, "whole session", "whole sessions") + " between " + Instant(hole.AfterUtc) + " and "
                    + Instant(hole.BeforeUtc) + "."));
            }

            suggestions.Add("load the missing sessions of " + normalized + " " + interval + " into the store.");
        }

        return Finish(result, problems, suggestions);
    }

    /// <summary>
    /// The start of the last complete bar of <paramref name="interval"/> ending at or before <paramref name="endUtc"/>:
    /// the last bar the history must hold.
    /// </summary>
    /// <exception cref="CalendarRangeException">The answer is outside the calendar.</exception>
    public DateTime LastBarStartBefore(Interval interval, DateTime endUtc)
    {
        var session = _calendar.SessionAtOrBefore(endUtc);
        if (interval.IsIntraday)
        {
            var completed = SessionBars.CompletedAt(session, interval, endUtc);
            if (completed == 0)
            {
                session = _calendar.PreviousSession(session.Date);
                completed = SessionBars.Count(session, interval);
            }

            return SessionBars.BarStartUtc(session, interval, completed - 1);
        }

        return session.CloseUtc <= endUtc ? session.OpenUtc : _calendar.PreviousSession(session.Date).OpenUtc;
    }

    // An indicator's read runs past its window (to now, through the session's bars so far): what must be stored before
    // the warm-up anchor is the window, so the advice is about the window, counted up to its end.
    private void SuggestSmallerWarmup(Interval interval, HistoryEstimate history, DateTime firstStored, List<string> suggestions)
    {
        try
        {
            var window = history.Window ?? history;
            var anchor = window.EndUtc;
            if (firstStored >= anchor)
            {
                return;
            }

            var estimator = new HistoryEstimator(_calendar);
            var available = estimator.CountBars(interval, firstStored, anchor);
            if (available <= 0)
            {
                return;
            }

            // Counted in the indicator's own bars, the warm-up that fits needs no base-bars-per-bar ratio.
            var windowBars = window.Interval == interval ? available : estimator.CountBars(window.Interval, firstStored, anchor);
            var multiplier = window.Multiplier > 0 ? window.Multiplier : 1.0;
            var warmup = (int)Math.Floor(windowBars / multiplier);
            suggestions.Add(window.WarmupBars > 0 && warmup > 0
                ? "the stored history holds " + CountText.Of(available, "bar", "bars") + " before " + Instant(anchor) + ": a warm-up of up to "
                    + Bars(warmup, window.Interval, interval) + " (× " + multiplier.ToString("0.##", CultureInfo.InvariantCulture) + ") fits."
                : "the stored history holds " + CountText.Of(available, "bar", "bars") + " before " + Instant(anchor) + ".");
        }
        catch (CalendarRangeException)
        {
        }
    }

    // The first session whose open has the needed bars stored before it (history ending at that open, as before a
    // session), looked for over at most the needed sessions and a week more, and only while the store still holds bars.
    // For an indicator the needed bars are its window's, in the base: the session's bars so far are not needed before it.
    private void SuggestFirstSessionThatFits(Interval interval, HistoryEstimate history, DateTime firstStored, DateTime lastStored, List<string> suggestions)
    {
        try
        {
            var estimator = new HistoryEstimator(_calendar);
            var needed = history.Window is { } window ? estimator.CountBars(interval, window.StartUtc, window.EndUtc) : history.Bars;
            var session = _calendar.SessionAtOrBefore(firstStored);
            for (var i = 0; i < history.TradingDays + 7; i++)
            {
                var previous = session;
                session = _calendar.NextSession(session.Date);
                if (previous.OpenUtc > lastStored)
                {
                    return;
                }

                if (estimator.CountBars(interval, firstStored, session.OpenUtc) >= needed)
                {
                    suggestions.Add("provision it at or after the open of the " + Day(session.OpenUtc) + " session (" + Instant(session.OpenUtc)
                        + "): the first session with " + CountText.Of(needed, "bar", "bars") + " of " + interval + " stored before its open.");
                    return;
                }
            }
        }
        catch (CalendarRangeException)
        {
        }
    }

    private async ValueTask SuggestSymbolsAsync(string symbol, Interval? interval, List<string> suggestions, CancellationToken cancellationToken)
    {
        var listing = await _store.ListSymbolsAsync(interval ?? Interval.Minutes(1), cancellationToken).ConfigureAwait(false);
        var close = new List<string>();
        foreach (var known in listing.Items)
        {
            if (NameSuggestion.Distance(symbol, known) <= 2 || known.StartsWith(symbol, StringComparison.Ordinal) || symbol.StartsWith(known, StringComparison.Ordinal))
            {
                close.Add(known);
            }
        }

        if (close.Count > 0)
        {
            suggestions.Add("did you mean " + string.Join(" or ", close.GetRange(0, Math.Min(close.Count, 5))) + "?");
        }
        else if (listing.Items.IsEmpty)
        {
            suggestions.Add("the store has no symbols" + (interval is { } i ? " with " + i + " bars" : string.Empty) + "; generate the sample data or point the store at your bars.");
        }
    }

    private static SymbolValidationResult Finish(SymbolValidationResult result, List<ValidationProblem> problems, List<string> suggestions)
    {
        var reason = problems.Count == 0
            ? result.Symbol + ": well formed, in the store" + (result.BaseInterval is { } i ? ", " + i + " stored" : string.Empty)
                + (result.FirstNeededUtc is { } from ? ", history covered from " + Instant(from) : string.Empty) + "."
            : problems[0].Message + (suggestions.Count > 0 ? " Instead: " + suggestions[0] : string.Empty);
        return result with
        {
            Problems = new EquatableArray<ValidationProblem>(problems),
            Suggestions = new EquatableArray<string>(suggestions),
            Reason = reason,
        };
    }

    private static bool Contains(EquatableArray<Interval> intervals, Interval interval)
    {
        foreach (var stored in intervals)
        {
            if (stored == interval)
            {
                return true;
            }
        }

        return false;
    }

    private string Day(DateTime utc) => _calendar.ExchangeDate(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTime utc) => CoverageCalculator.Format(utc);

    // An indicator's read is described as its window (in the indicator's bars) and the session's bars so far.
    private static string Need(HistoryEstimate history)
    {
        var window = history.Window ?? history;
        return window.WarmupBars > 0
            ? "warm-up of " + Bars(window.WarmupBars, window.Interval, history.Interval) + " (" + CountText.Count(window.Bars) + " with the multiplier)"
                + (window.EndUtc < history.EndUtc ? " before the session's open, read with the session's bars so far," : string.Empty)
            : "history of " + CountText.Of(history.Bars, "bar", "bars");
    }

    // Bars of the indicator's interval, named when it is not the series' own.
    private static string Bars(int count, Interval interval, Interval series) =>
        interval == series ? CountText.Of(count, "bar", "bars") : CountText.Of(count, interval + " bar", interval + " bars");

    private static TimeSpan Length(Interval interval) =>
        interval.IsIntraday ? TimeSpan.FromSeconds(interval.TotalSeconds) : TimeSpan.FromDays(1);
}
