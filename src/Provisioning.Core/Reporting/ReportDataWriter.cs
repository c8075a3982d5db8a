using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Steps;
using Provisioning.Text;

namespace Provisioning.Reporting;

/// <summary>
/// Writes what the report shows of a session as one JSON document: per symbol, its series as columnar arrays (times
/// as deltas in exchange-local seconds, prices rounded), its indicators' values, its additions and removals, its quality
/// cells and its refused bars; and the symbols the session does not hold, with why. User text is clipped and escaped on one line;
/// the writer's default encoder escapes &lt;, &gt; and &amp;, so the document is safe inside a script element.
/// </summary>
internal static class ReportDataWriter
{
    /// <summary>The longest message (a reason, a step's message) the report shows, in escaped characters.</summary>
    public const int MaxMessageLength = 400;

    private static readonly DateTime Epoch = DateTime.UnixEpoch;

    public static void Write(Utf8JsonWriter json, SessionReportInput session, DateTime generatedUtc)
    {
        var calendar = session.Calendar;
        var zone = calendar.TimeZone;
        var now = session.NowUtc;
        var journal = session.Additions;
        var removals = session.Removals;
        var symbols = session.Symbols;
        json.WriteStartObject();
        json.WriteString("exchange", EchoedText.Inline(session.Exchange));
        json.WriteString("timeZone", zone.Id);
        json.WriteString("generatedUtc", generatedUtc.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteNumber("now", Local(now, zone));
        json.WriteNumber("unroutedBars", session.UnroutedBars);
        json.WriteNumber("deliveryFaults", session.DeliveryFaults);
        json.WriteNumber("additionsNotKept", session.AdditionsDropped);
        json.WriteNumber("additionCount", journal.Count);
        json.WriteNumber("removalsNotKept", session.RemovalsDropped);
        json.WriteNumber("removalCount", removals.Count);

        json.WriteStartArray("symbols");
        foreach (var symbol in symbols)
        {
            WriteSymbol(json, symbol, session, journal.Where(e => e.Result.Requirements.Symbol == symbol.Symbol), removals.Where(e => e.Result.Symbol == symbol.Symbol), now);
        }

        json.WriteEndArray();

        json.WriteStartArray("missing");
        var held = symbols.Select(s => s.Symbol).ToHashSet(StringComparer.Ordinal);
        // Symbols an addition or a removal named that the session does not hold: first those of additions, in order.
        var named = journal.Select(e => e.Result.Requirements.Symbol).Concat(removals.Select(e => e.Result.Symbol))
            .Where(s => !held.Contains(s))
            .Distinct(StringComparer.Ordinal);
        foreach (var missing in named)
        {
            var added = journal.Where(e => e.Result.Requirements.Symbol == missing).ToArray();
            var removed = removals.Where(e => e.Result.Symbol == missing).ToArray();
            json.WriteStartObject();
            json.WriteString("symbol", EchoedText.Inline(missing));
            json.WriteString("why", WhyMissing(added, removed));
            WriteAdditions(json, added, zone);
            WriteRemovals(json, removed, zone);
            json.WriteEndObject();
        }

        foreach (var configSymbol in session.ConfigSymbols.Where(s => !held.Contains(s) && !journal.Any(e => e.Result.Requirements.Symbol == s) && !removals.Any(e => e.Result.Symbol == s)))
        {
            json.WriteStartObject();
            json.WriteString("symbol", EchoedText.Inline(configSymbol));
            json.WriteString("why", "a config symbol the session never provisioned (the session had not started)");
            json.WriteStartArray("additions");
            json.WriteEndArray();
            json.WriteStartArray("removals");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Why the session does not hold a symbol: the removal that dropped it (unless an addition failed after it), else the
    // first addition that failed, else the last removal that named it.
    private static string WhyMissing(JournalEntry[] added, RemovalEntry[] removed)
    {
        var dropped = Array.FindLast(removed, e => e.Result.Succeeded && e.Result.Plan.Steps.Any(step => step is Steps.DropSymbol));
        var failed = added.FirstOrDefault(e => !e.Result.Succeeded && (dropped.Result is null || e.EndedAtUtc > dropped.EndedAtUtc));
        if (failed.Result is { } result)
        {
            return Clip($"{result.Requirements.Operation} from {result.Requirements.Source} {result.Status}: {result.Reason ?? result.Requirements.Reason}");
        }

        if (dropped.Result is { } removal)
        {
            return Clip($"removed: {removal.Source} let go of {removal.Target} and nothing else held it");
        }

        return removed.Length > 0
            ? Clip($"removal of {removed[^1].Result.Target} from {removed[^1].Result.Source} {removed[^1].Result.Status}: {removed[^1].Result.Reason}")
            : "its additions succeeded but the session does not hold it";
    }

    private static void WriteSymbol(Utf8JsonWriter json, ReportedSymbol symbol, SessionReportInput session, IEnumerable<JournalEntry> additions, IEnumerable<RemovalEntry> removals, DateTime now)
    {
        // Times show in the session's zone (one time axis); quality and indicator traces follow the symbol's sessions.
        var calendar = symbol.Calendar ?? session.Calendar;
        var zone = session.Calendar.TimeZone;
        var indicators = symbol.Indicators;
        var problems = new List<string>();
        json.WriteStartObject();
        json.WriteString("symbol", EchoedText.Inline(symbol.Symbol));
        json.WriteString("addedBy", symbol.AddedBy.ToString());
        json.WriteNumber("addedAt", Local(symbol.AddedAtUtc, zone));
        json.WriteBoolean("meetsConfig", symbol.MeetsSessionConfig);
        json.WriteString("normalization", symbol.Normalization);
        json.WriteStartArray("corporateActions");
        foreach (var action in symbol.CorporateActions)
        {
            json.WriteStringValue(EchoedText.OneLine(action));
        }

        json.WriteEndArray();
        json.WriteNumber("join", Local(symbol.AddedAtUtc, zone));

        json.WriteStartArray("series");
        var quality = new List<(Interval Interval, IReadOnlyList<SessionQualityCell> Cells)>();
        foreach (var series in symbol.Series)
        {
            var interval = series.Interval;
            var bars = series.Bars;
            json.WriteStartObject();
            json.WriteString("interval", interval.ToString());
            if (series.BuiltFrom is { } builtFrom)
            {
                json.WriteString("builtFrom", builtFrom.ToString());
            }
            else
            {
                quality.Add((interval, SessionQualityCell.Of(bars, interval, calendar, now)));
            }

            json.WriteNumber("capacity", series.Capacity);
            var live = Array.FindIndex(bars, b => b.Start >= symbol.AddedAtUtc);
            json.WriteNumber("liveFrom", live < 0 ? bars.Length : live);
            WriteTimes(json, bars, zone);
            WritePrices(json, "o", bars, static b => b.Open);
            WritePrices(json, "h", bars, static b => b.High);
            WritePrices(json, "l", bars, static b => b.Low);
            WritePrices(json, "c", bars, static b => b.Close);
            WritePrices(json, "v", bars, static b => b.Volume);
            WriteIndicators(json, indicators.Where(i => i.Spec.Interval == interval), bars, session, calendar, problems);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        foreach (var orphan in indicators.Where(i => !symbol.Series.Any(s => s.Interval == i.Spec.Interval)))
        {
            problems.Add($"indicator {orphan.Spec.Key} has no {orphan.Spec.Interval} series to be drawn on");
        }

        json.WriteStartArray("quality");
        foreach (var (interval, cells) in quality)
        {
            foreach (var cell in cells)
            {
                json.WriteStartObject();
                json.WriteString("interval", interval.ToString());
                json.WriteString("date", cell.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteNumber("expected", cell.ExpectedBars);
                json.WriteNumber("present", cell.PresentBars);
                json.WriteNumber("gapCount", cell.GapCount);
                json.WriteBoolean("earlyClose", cell.IsEarlyClose);
                json.WriteStartArray("gaps");
                foreach (var (start, count) in cell.Gaps)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(Local(start, zone));
                    json.WriteNumberValue(count);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();

        var entries = additions.ToArray();
        WriteAdditions(json, entries, zone);
        foreach (var entry in entries)
        {
            var result = entry.Result;
            if (!result.Succeeded)
            {
                problems.Add($"{Describe(result)} {result.Status}: {result.Reason}");
            }
            else if (result.HasPartialHistory)
            {
                problems.AddRange(result.History.Where(h => !h.IsComplete).Select(h => "partial history: " + h));
            }
        }

        var removed = removals.ToArray();
        WriteRemovals(json, removed, zone);
        foreach (var entry in removed.Where(e => !e.Result.Succeeded))
        {
            problems.Add($"removal of {entry.Result.Target} from {entry.Result.Source} {entry.Result.Status}: {entry.Result.Reason}");
        }

        json.WriteNumber("duplicates", symbol.DuplicateBars);
        json.WriteNumber("late", symbol.LateBars);
        json.WriteNumber("refusedNotListed", symbol.RefusedNotListed);
        json.WriteStartArray("refused");
        foreach (var refused in symbol.Refused)
        {
            json.WriteStartArray();
            json.WriteStringValue(refused.Kind == RefusedBarKind.Duplicate ? "duplicate" : "late");
            json.WriteStringValue(refused.Interval.ToString());
            json.WriteNumberValue(Local(refused.StartUtc, zone));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            json.WriteStringValue(Clip(problem));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIndicators(Utf8JsonWriter json, IEnumerable<ReportedIndicator> indicators, Bar[] bars, SessionReportInput session, ITradingCalendar calendar, List<string> problems)
    {
        json.WriteStartArray("indicators");
        foreach (var indicator in indicators)
        {
            var (values, problem) = IndicatorTrace.Of(indicator.Spec, bars, session.Catalog, calendar);
            if (values is null)
            {
                problems.Add($"indicator {indicator.Spec.Key}: {problem}");
                continue;
            }

            json.WriteStartObject();
            json.WriteString("key", EchoedText.Inline(indicator.Spec.Key));
            json.WriteString("addedBy", indicator.AddedBy.ToString());
            json.WriteBoolean("overlay", IsPriceLike(values, bars));
            json.WriteStartArray("values");
            foreach (var value in values)
            {
                if (double.IsFinite(value))
                {
                    json.WriteNumberValue(Math.Round(value, 4));
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteAdditions(Utf8JsonWriter json, IEnumerable<JournalEntry> entries, TimeZoneInfo zone)
    {
        json.WriteStartArray("additions");
        foreach (var (result, endedAt) in entries)
        {
            var requirements = result.Requirements;
            json.WriteStartObject();
            json.WriteNumber("at", Local(endedAt, zone));
            json.WriteString("what", Clip(Describe(result)));
            json.WriteString("source", requirements.Source.ToString());
            json.WriteString("status", result.Status.ToString());
            json.WriteBoolean("ok", result.Succeeded);
            json.WriteNumber("ms", Math.Round(result.Steps.Sum(s => s.Duration.TotalMilliseconds), 1));
            if (result.Reason is { } reason)
            {
                json.WriteString("reason", Clip(reason));
            }

            WriteSteps(json, result.Steps);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Each step as [what, status, milliseconds].
    private static void WriteSteps(Utf8JsonWriter json, IEnumerable<StepResult> steps)
    {
        json.WriteStartArray("steps");
        foreach (var step in steps)
        {
            json.WriteStartArray();
            json.WriteStringValue(Clip(step.Step?.Describe() ?? "step"));
            json.WriteStringValue(step.Status.ToString());
            json.WriteNumberValue(Math.Round(step.Duration.TotalMilliseconds, 1));
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void WriteRemovals(Utf8JsonWriter json, IEnumerable<RemovalEntry> entries, TimeZoneInfo zone)
    {
        json.WriteStartArray("removals");
        foreach (var (result, endedAt) in entries)
        {
            json.WriteStartObject();
            json.WriteNumber("at", Local(endedAt, zone));
            json.WriteString("what", Clip(result.Target));
            json.WriteString("source", result.Source.ToString());
            json.WriteString("status", result.Status.ToString());
            json.WriteBoolean("ok", result.Succeeded);
            json.WriteNumber("ms", Math.Round(result.Steps.Sum(s => s.Duration.TotalMilliseconds), 1));
            if (result.Reason is { } reason)
            {
                json.WriteString("reason", Clip(reason));
            }

            // What stayed and for whom: "5m bars kept: held by Scanner (indicator ema(10)@5m)".
            json.WriteStartArray("kept");
            foreach (var kept in result.Kept)
            {
                json.WriteStringValue(Clip(kept));
            }

            json.WriteEndArray();
            WriteSteps(json, result.Steps);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // What an addition asked for, in a few words: "symbol", "bars 5m", "indicator rsi(14)@15m".
    private static string Describe(AdditionResult result)
    {
        var requirements = result.Requirements;
        return requirements.Operation switch
        {
            Requirements.OperationType.Indicator => "indicator " + (requirements.IndicatorKey ?? "?"),
            Requirements.OperationType.Bar => "bars " + string.Join(", ", requirements.RequiredIntervals),
            _ => "symbol",
        };
    }

    // An indicator drawn over the candles when its values lie in the bars' price range, else in a pane of its own.
    private static bool IsPriceLike(double[] values, Bar[] bars)
    {
        if (bars.Length == 0)
        {
            return false;
        }

        double low = double.MaxValue, high = double.MinValue;
        foreach (var bar in bars)
        {
            low = Math.Min(low, bar.Low);
            high = Math.Max(high, bar.High);
        }

        var span = high - low;
        return values.Where(double.IsFinite).All(v => v >= low - span && v <= high + span) && values.Any(double.IsFinite);
    }

    private static void WriteTimes(Utf8JsonWriter json, Bar[] bars, TimeZoneInfo zone)
    {
        // The first time, then the difference to the previous bar: mostly one small repeated number.
        json.WriteStartArray("t");
        long previous = 0;
        foreach (var bar in bars)
        {
            var local = Local(bar.Start, zone);
            json.WriteNumberValue(local - previous);
            previous = local;
        }

        json.WriteEndArray();
    }

    private static void WritePrices(Utf8JsonWriter json, string name, Bar[] bars, Func<Bar, double> field)
    {
        json.WriteStartArray(name);
        foreach (var bar in bars)
        {
            var value = field(bar);
            if (double.IsFinite(value))
            {
                json.WriteNumberValue(Math.Round(value, 4));
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndArray();
    }

    /// <summary>Seconds since 1970 of the exchange-local time of <paramref name="utc"/>, as the charts' time axis shows it.</summary>
    internal static long Local(DateTime utc, TimeZoneInfo zone)
    {
        if (utc == DateTime.MinValue || utc == DateTime.MaxValue)
        {
            return 0;
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return (long)(local - Epoch).TotalSeconds;
    }

    private static string Clip(string text) => EchoedText.OneLine(text, MaxMessageLength);
}
