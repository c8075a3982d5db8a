using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Provisioning.Intervals;
using Provisioning.Json;
using Provisioning.Symbols;
using Provisioning.Text;

namespace Provisioning.Config;

/// <summary>
/// Checks a session config's text against the schema (<see cref="SessionConfigSchema"/>) and the shared interval and
/// symbol grammar, and reports every problem at its line and column. The analyzer (build time), the CLI and the runtime
/// all call this one validator, so they accept and refuse the same files with the same words. Never throws on bad
/// input.
/// </summary>
internal sealed class SessionConfigValidator
{
    private readonly SessionConfigValidationContext _context;
    private readonly List<ConfigIssue> _issues = new();

    // The exchange of the config with the shortest longest-session, and that length in minutes; null before any is read.
    private (string Exchange, int Minutes)? _sessionCap;

    private SessionConfigValidator(SessionConfigValidationContext context)
    {
        _context = context;
    }

    /// <summary>Checks <paramref name="text"/>, the whole content of a session config file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="context">What names are checked against; <see cref="SessionConfigValidationContext.TextOnly"/> when null.</param>
    public static SessionConfigValidation Validate(string? text, SessionConfigValidationContext? context = null)
    {
        var parsed = JsonDocumentParser.Parse(text);
        if (parsed.Error is { } error)
        {
            var issue = new ConfigIssue(ConfigIssueKind.Syntax, ConfigIssueSeverity.Error, error.Message, string.Empty, error.Span);
            return new SessionConfigValidation(new[] { issue }, null);
        }

        var validator = new SessionConfigValidator(context ?? SessionConfigValidationContext.TextOnly);
        validator.CheckRoot(parsed.Root!);
        var ordered = validator._issues.Select((issue, index) => (issue, index))
            .OrderBy(pair => pair.issue.Start)
            .ThenBy(pair => pair.index)
            .Select(pair => pair.issue)
            .ToArray();
        return new SessionConfigValidation(ordered, parsed.Root);
    }

    private void CheckRoot(JsonNode root)
    {
        if (root is not JsonObjectNode document)
        {
            Error(
                ConfigIssueKind.WrongType,
                "A session config is a JSON object, such as { \"symbols\": [\"AAPL\"], \"streams\": [\"1m\"] }, but this file holds "
                + root.KindDescription + ".",
                string.Empty,
                root.Span);
            return;
        }

        var keys = CheckKeys(document, SessionConfigSchema.RootKeys, string.Empty, "the session config");

        if (keys.TryGetValue(SessionConfigSchema.Exchange, out var exchange))
        {
            CheckExchange(exchange.Value, SessionConfigSchema.Exchange);
        }
        else
        {
            UseExchange(SessionConfigSchema.DefaultExchange);
        }

        if (keys.TryGetValue(SessionConfigSchema.Symbols, out var symbols))
        {
            CheckSymbols(symbols.Value, SessionConfigSchema.Symbols);
        }

        if (keys.TryGetValue(SessionConfigSchema.Normalization, out var normalization))
        {
            CheckNormalization(normalization.Value, SessionConfigSchema.Normalization);
        }

        var bases = new List<Interval>();
        var basesKnown = true;
        if (keys.TryGetValue(SessionConfigSchema.Streams, out var streams))
        {
            basesKnown = CheckIntervalList(streams.Value, SessionConfigSchema.Streams, "base interval", bases);
            if (streams.Value is JsonArrayNode { Items.Count: 0 } none)
            {
                // The options binder cannot tell an empty list from a missing one, so [] would mean "the default" at run time.
                Error(
                    ConfigIssueKind.OutOfRange,
                    "\"" + SessionConfigSchema.Streams + "\" is empty: list at least one base interval, such as [\"1m\"], or remove the key for the default ("
                    + string.Join(", ", SessionConfigSchema.DefaultStreams) + ").",
                    SessionConfigSchema.Streams,
                    none.Span);
                basesKnown = false;
            }
        }
        else
        {
            bases.AddRange(SessionConfigSchema.DefaultStreams.Select(text => IntervalParser.Parse(text).Interval));
        }

        var streamsDescription = streams is null
            ? "the default stream (" + string.Join(", ", SessionConfigSchema.DefaultStreams) + ")"
            : bases.Count == 0 ? "the streamed base intervals (none)" : "the streamed base intervals (" + Describe(bases) + ")";
        var baseCheck = basesKnown ? new BaseCheck(bases, streamsDescription) : null;

        if (keys.TryGetValue(SessionConfigSchema.DerivedIntervals, out var derived))
        {
            var derivedIntervals = new List<Interval>();
            CheckIntervalList(derived.Value, SessionConfigSchema.DerivedIntervals, "derived interval", derivedIntervals, baseCheck, basesKnown ? bases : null);
        }

        if (keys.TryGetValue(SessionConfigSchema.Historical, out var historical))
        {
            CheckHistorical(historical.Value, SessionConfigSchema.Historical, baseCheck);
        }

        if (keys.TryGetValue(SessionConfigSchema.WarmupMultiplier, out var multiplier))
        {
            CheckWarmupMultiplier(multiplier.Value, SessionConfigSchema.WarmupMultiplier);
        }

        if (keys.TryGetValue(SessionConfigSchema.Indicators, out var indicators))
        {
            CheckIndicators(indicators.Value, SessionConfigSchema.Indicators, baseCheck);
        }

        if (keys.TryGetValue(SessionConfigSchema.Data, out var data))
        {
            CheckData(data.Value, SessionConfigSchema.Data);
        }
    }

    private Dictionary<string, JsonProperty> CheckKeys(JsonObjectNode node, IReadOnlyList<string> known, string path, string where)
    {
        var found = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
        foreach (var property in node.Properties)
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                var suggestion = NameSuggestion.Closest(property.Name, known);
                var hint = suggestion is null
                    ? "remove it, or use one of: " + string.Join(", ", known) + "."
                    : "did you mean \"" + suggestion + "\"?";
                Error(
                    ConfigIssueKind.UnknownKey,
                    "Unknown key " + EchoedText.Quote(property.Name) + " in " + where + ": " + hint,
                    Join(path, property.Name),
                    property.NameNode.Span);
                continue;
            }

            if (found.ContainsKey(property.Name))
            {
                Error(
                    ConfigIssueKind.DuplicateKey,
                    EchoedText.Quote(property.Name) + " is written twice in " + where + ": keep one.",
                    Join(path, property.Name),
                    property.NameNode.Span);
                continue;
            }

            found.Add(property.Name, property);
        }

        return found;
    }

    /// <summary>The value of an exchange key that names a definition file rather than a calendar (read relative to the config).</summary>
    internal static bool IsDefinitionFile(string value) => value.Trim().EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    // Checks an exchange name; returns the name the session uses (null when it is wrong), and remembers it for the
    // interval cap: every interval of the config must fit the sessions of every exchange it names.
    private string? CheckExchange(JsonNode node, string path)
    {
        if (node is not JsonStringNode text)
        {
            WrongType(node, path, "a string naming the exchange's calendar, such as \"" + SessionConfigSchema.DefaultExchange + "\", or a calendar definition file (*.json)");
            return null;
        }

        var code = text.Value;
        var exchanges = _context.Exchanges ?? SessionConfigSchema.KnownExchanges;
        if (IsDefinitionFile(code) || exchanges.Contains(code, StringComparer.Ordinal))
        {
            UseExchange(code.Trim());
            return code.Trim();
        }

        var sameButCase = exchanges.FirstOrDefault(e => string.Equals(e, code.Trim(), StringComparison.OrdinalIgnoreCase));
        if (sameButCase is not null)
        {
            Error(ConfigIssueKind.InvalidExchange, EchoedText.Quote(code) + " is not an exchange code: write \"" + sameButCase + "\".", path, node.Span);
            return null;
        }

        if (code.Trim().Length == 0)
        {
            Error(
                ConfigIssueKind.InvalidExchange,
                EchoedText.Quote(code) + " is not an exchange code: write a four-character market identifier code (ISO 10383), such as \""
                + SessionConfigSchema.DefaultExchange + "\", another calendar's name or a calendar definition file (*.json).",
                path,
                node.Span);
            return null;
        }

        var suggestion = NameSuggestion.Closest(code, exchanges);
        Error(
            ConfigIssueKind.InvalidExchange,
            "No calendar is known for exchange " + EchoedText.Quote(code) + ": "
            + (suggestion is null ? string.Empty : "did you mean \"" + suggestion + "\"? ")
            + "Known exchanges: " + string.Join(", ", exchanges.OrderBy(e => e, StringComparer.Ordinal))
            + "; or name a calendar definition file (*.json, docs/calendars.md).",
            path,
            node.Span);
        return null;
    }

    // A normalization mode, written exactly as the schema names it (case matters, as for exchanges).
    private void CheckNormalization(JsonNode node, string path)
    {
        var modes = SessionConfigSchema.NormalizationModes;
        if (node is not JsonStringNode text)
        {
            WrongType(node, path, "a string naming how history is adjusted for splits and dividends: " + ModeList(modes));
            return;
        }

        if (modes.Contains(text.Value, StringComparer.Ordinal))
        {
            return;
        }

        var sameButCase = modes.FirstOrDefault(m => string.Equals(m, text.Value.Trim(), StringComparison.OrdinalIgnoreCase));
        var suggestion = sameButCase ?? NameSuggestion.Closest(text.Value, modes);
        Error(
            ConfigIssueKind.InvalidNormalization,
            EchoedText.Quote(text.Value) + " is not a normalization: "
            + (suggestion is null ? string.Empty : "did you mean \"" + suggestion + "\"? ")
            + "Write " + ModeList(modes) + " (docs/corporate-actions.md).",
            path,
            node.Span);
    }

    private static string ModeList(IReadOnlyList<string> modes) =>
        "\"" + modes[0] + "\" (history as stored, the default), \"" + modes[1] + "\" (splits) or \"" + modes[2] + "\" (splits and cash dividends)";

    private void UseExchange(string exchange)
    {
        var minutes = _context.MaxIntradayMinutes(exchange);
        if (_sessionCap is null || minutes < _sessionCap.Value.Minutes)
        {
            _sessionCap = (exchange, minutes);
        }
    }

    private void CheckSymbols(JsonNode node, string path)
    {
        if (node is not JsonArrayNode array)
        {
            WrongType(node, path, "an array of symbols, such as [\"AAPL\", \"MSFT\"]");
            return;
        }

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var symbolPath = itemPath;
            if (item is JsonObjectNode entry)
            {
                var keys = CheckKeys(entry, SessionConfigSchema.SymbolKeys, itemPath, "a symbol object");
                if (keys.TryGetValue(SessionConfigSchema.Exchange, out var exchange))
                {
                    CheckExchange(exchange.Value, Join(itemPath, SessionConfigSchema.Exchange));
                }

                if (keys.TryGetValue(SessionConfigSchema.Normalization, out var normalization))
                {
                    CheckNormalization(normalization.Value, Join(itemPath, SessionConfigSchema.Normalization));
                }

                if (!keys.TryGetValue(SessionConfigSchema.Symbol, out var named))
                {
                    Error(
                        ConfigIssueKind.MissingKey,
                        "This symbol object has no \"" + SessionConfigSchema.Symbol + "\": write it as { \"symbol\": \"7203\", \"exchange\": \"XTKS\" }, or write the symbol as a string.",
                        itemPath,
                        OpeningBrace(entry));
                    continue;
                }

                item = named.Value;
                symbolPath = Join(itemPath, SessionConfigSchema.Symbol);
            }

            if (item is not JsonStringNode text)
            {
                WrongType(item, symbolPath, "a symbol string, such as \"AAPL\", or an object naming its exchange, such as { \"symbol\": \"7203\", \"exchange\": \"XTKS\" }");
                continue;
            }

            if (!SymbolName.TryNormalize(text.Value, out var symbol, out var reason))
            {
                Error(ConfigIssueKind.InvalidSymbol, reason ?? EchoedText.Quote(text.Value) + " is not a symbol.", symbolPath, item.Span);
                continue;
            }

            // An error, not a warning: the runtime has no channel for warnings, and a repeat is often a typo of another symbol.
            if (firstIndex.TryGetValue(symbol, out var first))
            {
                Error(
                    ConfigIssueKind.DuplicateValue,
                    EchoedText.Quote(text.Value) + " is " + symbol + ", which \"" + path + "\" already lists at " + Indexed(path, first)
                    + " (symbols are compared in upper case): list each symbol once.",
                    symbolPath,
                    item.Span);
                continue;
            }

            firstIndex.Add(symbol, i);
        }
    }

    private bool CheckIntervalList(
        JsonNode node,
        string path,
        string what,
        List<Interval> read,
        BaseCheck? baseCheck = null,
        IReadOnlyList<Interval>? streamed = null)
    {
        if (node is not JsonArrayNode array)
        {
            WrongType(node, path, "an array of interval strings, such as [\"1m\", \"5m\"]");
            return false;
        }

        var allValid = true;
        var firstIndex = new Dictionary<Interval, int>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var interval = CheckInterval(item, itemPath, what);
            if (interval is not { } value)
            {
                allValid = false;
                continue;
            }

            if (firstIndex.TryGetValue(value, out var first))
            {
                Error(
                    ConfigIssueKind.DuplicateValue,
                    EchoedText.Quote(((JsonStringNode)item).Value) + " is " + value + ", which \"" + path + "\" already lists at "
                    + Indexed(path, first) + ": list each interval once.",
                    itemPath,
                    item.Span);
                continue;
            }

            firstIndex.Add(value, i);
            read.Add(value);
            if (streamed is not null && streamed.Contains(value))
            {
                Error(
                    ConfigIssueKind.DuplicateValue,
                    value + " is already a stream: list it under \"" + SessionConfigSchema.Streams + "\" or \"" + path + "\", not both.",
                    itemPath,
                    item.Span);
                continue;
            }

            baseCheck?.Check(this, value, item, itemPath);
        }

        return allValid;
    }

    private Interval? CheckInterval(JsonNode node, string path, string what)
    {
        if (node is not JsonStringNode text)
        {
            WrongType(node, path, "a " + what + " string, such as \"5m\"");
            return null;
        }

        var parsed = IntervalParser.Parse(text.Value);
        if (!parsed.Success)
        {
            Error(ConfigIssueKind.InvalidInterval, parsed.Reason ?? EchoedText.Quote(text.Value) + " is not an interval.", path, node.Span);
            return null;
        }

        if (_sessionCap is { } cap && IntervalParser.FitsSession(parsed.Interval, cap.Minutes, cap.Exchange, text.Value) is { Success: false } tooLong)
        {
            Error(ConfigIssueKind.InvalidInterval, tooLong.Reason!, path, node.Span);
            return null;
        }

        if (!parsed.IsCanonical)
        {
            _issues.Add(ConfigIssue.NonCanonical(text.Value, parsed.Interval.ToString(), path, node.Span));
        }

        return parsed.Interval;
    }

    private void CheckHistorical(JsonNode node, string path, BaseCheck? baseCheck)
    {
        if (node is not JsonObjectNode historical)
        {
            WrongType(node, path, "an object, such as { \"enabled\": true, \"trailingDays\": 5, \"intervals\": [\"1m\", \"1d\"] }");
            return;
        }

        var keys = CheckKeys(historical, SessionConfigSchema.HistoricalKeys, path, "\"" + path + "\"");
        var isEnabled = false;
        if (keys.TryGetValue(SessionConfigSchema.Enabled, out var enabled))
        {
            if (enabled.Value is JsonBooleanNode flag)
            {
                isEnabled = flag.Value;
            }
            else
            {
                WrongType(enabled.Value, Join(path, SessionConfigSchema.Enabled), "true or false");
            }
        }

        if (keys.TryGetValue(SessionConfigSchema.HistoricalData, out var data))
        {
            // One form at a time: which days an interval gets must not depend on a precedence rule the reader has to know.
            var dataPath = Join(path, SessionConfigSchema.HistoricalData);
            var other = keys.ContainsKey(SessionConfigSchema.TrailingDays) ? SessionConfigSchema.TrailingDays
                : keys.ContainsKey(SessionConfigSchema.Intervals) ? SessionConfigSchema.Intervals
                : null;
            if (other is not null)
            {
                Error(
                    ConfigIssueKind.DuplicateKey,
                    "\"" + path + "\" gives its history twice, in \"" + other + "\" and per interval in \"" + SessionConfigSchema.HistoricalData
                    + "\": keep one form, such as \"data\": [{ \"interval\": \"1m\", \"trailingDays\": 5 }] alone.",
                    dataPath,
                    data.NameNode.Span);
            }

            CheckHistoricalData(data.Value, dataPath, isEnabled, baseCheck);
        }
        else if (isEnabled && !keys.ContainsKey(SessionConfigSchema.TrailingDays))
        {
            Error(
                ConfigIssueKind.MissingKey,
                "History is enabled but \"" + SessionConfigSchema.TrailingDays + "\" is missing: add the trading days to load, such as \"trailingDays\": 5, "
                + "or per interval \"data\": [{ \"interval\": \"1m\", \"trailingDays\": 5 }], or set \"enabled\": false.",
                Join(path, SessionConfigSchema.TrailingDays),
                OpeningBrace(historical));
        }

        if (keys.TryGetValue(SessionConfigSchema.TrailingDays, out var days))
        {
            CheckTrailingDays(
                days.Value,
                Join(path, SessionConfigSchema.TrailingDays),
                isEnabled ? "\"" + SessionConfigSchema.TrailingDays + "\" is 0 but history is enabled: write at least 1, or set \"enabled\": false." : null);
        }

        if (keys.TryGetValue(SessionConfigSchema.Intervals, out var intervals))
        {
            CheckIntervalList(intervals.Value, Join(path, SessionConfigSchema.Intervals), "historical interval", new List<Interval>(), baseCheck);
        }
    }

    // "historical.data": [{ "interval": "1m", "trailingDays": 5 }, ...], each interval once and buildable from a stream.
    private void CheckHistoricalData(JsonNode node, string path, bool isEnabled, BaseCheck? baseCheck)
    {
        if (node is not JsonArrayNode array)
        {
            WrongType(node, path, "an array of objects, such as [{ \"interval\": \"1m\", \"trailingDays\": 5 }]");
            return;
        }

        if (isEnabled && array.Items.Count == 0)
        {
            Error(
                ConfigIssueKind.MissingKey,
                "History is enabled but \"" + path + "\" is empty: add an entry such as { \"interval\": \"1m\", \"trailingDays\": 5 }, or set \"enabled\": false.",
                path,
                OpeningBrace(array));
            return;
        }

        var firstIndex = new Dictionary<Interval, int>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var itemPath = Indexed(path, i);
            if (array.Items[i] is not JsonObjectNode entry)
            {
                WrongType(array.Items[i], itemPath, "an object, such as { \"interval\": \"1m\", \"trailingDays\": 5 }");
                continue;
            }

            var keys = CheckKeys(entry, SessionConfigSchema.HistoricalDataKeys, itemPath, "a \"" + path + "\" entry");
            if (!keys.TryGetValue(SessionConfigSchema.Interval, out var interval))
            {
                Error(ConfigIssueKind.MissingKey, "This history entry has no \"interval\": add the bars to load, such as \"interval\": \"1m\".", itemPath, OpeningBrace(entry));
            }
            else
            {
                var intervalPath = Join(itemPath, SessionConfigSchema.Interval);
                if (CheckInterval(interval.Value, intervalPath, "historical interval") is { } value)
                {
                    if (firstIndex.TryGetValue(value, out var first))
                    {
                        Error(
                            ConfigIssueKind.DuplicateValue,
                            EchoedText.Quote(((JsonStringNode)interval.Value).Value) + " is " + value + ", which " + Indexed(path, first)
                            + " already gives its trailing days: list each interval once.",
                            intervalPath,
                            interval.Value.Span);
                    }
                    else
                    {
                        firstIndex.Add(value, i);
                        baseCheck?.Check(this, value, interval.Value, intervalPath);
                    }
                }
            }

            if (!keys.TryGetValue(SessionConfigSchema.TrailingDays, out var days))
            {
                Error(ConfigIssueKind.MissingKey, "This history entry has no \"trailingDays\": add the trading days to load, such as \"trailingDays\": 5.", itemPath, OpeningBrace(entry));
            }
            else
            {
                CheckTrailingDays(
                    days.Value,
                    Join(itemPath, SessionConfigSchema.TrailingDays),
                    "\"" + SessionConfigSchema.TrailingDays + "\" is 0, which loads nothing: write at least 1, or remove the entry.");
            }
        }
    }

    // A whole number of trading days, at least 0; 0 is refused with whenZero when it is given.
    private void CheckTrailingDays(JsonNode node, string daysPath, string? whenZero)
    {
        if (node is not JsonNumberNode number)
        {
            WrongType(node, daysPath, "a whole number of trading days, such as 5");
        }
        else if (!number.IsInt32)
        {
            Error(ConfigIssueKind.OutOfRange, "\"" + SessionConfigSchema.TrailingDays + "\" is a whole number of trading days, not " + EchoedText.Inline(number.Text) + ".", daysPath, number.Span);
        }
        else if (number.Value < 0)
        {
            Error(ConfigIssueKind.OutOfRange, "\"" + SessionConfigSchema.TrailingDays + "\" cannot be negative: write 0 for no history, or a number of trading days.", daysPath, number.Span);
        }
        else if (number.Value == 0 && whenZero is not null)
        {
            Error(ConfigIssueKind.OutOfRange, whenZero, daysPath, number.Span);
        }
    }

    private void CheckWarmupMultiplier(JsonNode node, string path)
    {
        if (node is not JsonNumberNode number)
        {
            WrongType(node, path, "a number of at least 1, such as 2");
            return;
        }

        if (number.Value < 1)
        {
            Error(
                ConfigIssueKind.OutOfRange,
                EchoedText.Quote(path) + " is " + EchoedText.Inline(number.Text) + " but must be at least 1 (history = warm-up bars × multiplier, so less "
                + "would load fewer bars than an indicator needs): write 2 for the default.",
                path,
                node.Span);
        }
    }

    private void CheckIndicators(JsonNode node, string path, BaseCheck? baseCheck)
    {
        if (node is not JsonArrayNode array)
        {
            WrongType(node, path, "an array of objects, such as [{ \"name\": \"sma\", \"interval\": \"5m\", \"parameters\": { \"period\": 20 } }]");
            return;
        }

        for (var i = 0; i < array.Items.Count; i++)
        {
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            CheckIndicator(array.Items[i], itemPath, baseCheck);
        }
    }

    private void CheckIndicator(JsonNode node, string path, BaseCheck? baseCheck)
    {
        if (node is not JsonObjectNode entry)
        {
            WrongType(node, path, "an object, such as { \"name\": \"sma\", \"interval\": \"5m\", \"parameters\": { \"period\": 20 } }");
            return;
        }

        var keys = CheckKeys(entry, SessionConfigSchema.IndicatorKeys, path, "an indicator");
        DeclaredIndicator? declared = null;
        JsonNode nameAnchor = entry;
        if (!keys.TryGetValue(SessionConfigSchema.Name, out var name))
        {
            Error(ConfigIssueKind.MissingKey, "This indicator has no \"name\": add the declared name, such as \"name\": \"sma\".", path, OpeningBrace(entry));
        }
        else if (name.Value is not JsonStringNode nameText)
        {
            WrongType(name.Value, Join(path, SessionConfigSchema.Name), "the indicator's declared name, such as \"sma\"");
        }
        else if (!IsIndicatorName(nameText.Value))
        {
            nameAnchor = nameText;
            Error(
                ConfigIssueKind.UnknownIndicator,
                nameText.Value.Trim().Length == 0
                    ? "An indicator name is required, such as \"sma\"."
                    : EchoedText.Quote(nameText.Value) + " is not an indicator name: names are letters, digits and '_', starting with a letter, such as \"sma\".",
                Join(path, SessionConfigSchema.Name),
                nameText.Span);
        }
        else
        {
            nameAnchor = nameText;
            declared = LookUpIndicator(nameText, Join(path, SessionConfigSchema.Name));
        }

        if (!keys.TryGetValue(SessionConfigSchema.Interval, out var interval))
        {
            Error(ConfigIssueKind.MissingKey, "This indicator has no \"interval\": add the bars it is updated on, such as \"interval\": \"5m\".", path, OpeningBrace(entry));
        }
        else
        {
            var intervalPath = Join(path, SessionConfigSchema.Interval);
            if (CheckInterval(interval.Value, intervalPath, "interval") is { } value)
            {
                baseCheck?.Check(this, value, interval.Value, intervalPath);
            }
        }

        keys.TryGetValue(SessionConfigSchema.Parameters, out var parameters);
        CheckParameters(parameters?.Value, Join(path, SessionConfigSchema.Parameters), declared, nameAnchor);
    }

    private DeclaredIndicator? LookUpIndicator(JsonStringNode name, string path)
    {
        if (_context.Indicators is not { } indicators)
        {
            return null;
        }

        foreach (var indicator in indicators)
        {
            if (string.Equals(indicator.Name, name.Value, StringComparison.Ordinal))
            {
                return indicator;
            }
        }

        var names = indicators.Select(i => i.Name).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        var suggestion = NameSuggestion.Closest(name.Value, names);
        var known = names.Length == 0
            ? "no indicator is declared in this project; declare one with [Indicator(" + EchoedText.Quote(name.Value) + ")]."
            : "declared indicators: " + string.Join(", ", names) + ".";
        Error(
            ConfigIssueKind.UnknownIndicator,
            "No indicator is declared with the name " + EchoedText.Quote(name.Value) + ": "
            + (suggestion is null ? string.Empty : "did you mean \"" + suggestion + "\"? ")
            + known,
            path,
            name.Span);
        return null;
    }

    private void CheckParameters(JsonNode? node, string path, DeclaredIndicator? declared, JsonNode anchor)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        if (node is not null)
        {
            if (node is not JsonObjectNode parameters)
            {
                WrongType(node, path, "an object of parameter names and numbers, such as { \"period\": 20 }");
                return;
            }

            foreach (var property in parameters.Properties)
            {
                var parameterPath = Join(path, property.Name);
                if (property.Name.Trim().Length == 0)
                {
                    Error(ConfigIssueKind.UnknownParameter, "A parameter has no name: write it as \"period\": 20.", parameterPath, property.NameNode.Span);
                    continue;
                }

                if (!given.Add(property.Name))
                {
                    Error(ConfigIssueKind.DuplicateKey, EchoedText.Quote(property.Name) + " is written twice in \"parameters\": keep one.", parameterPath, property.NameNode.Span);
                    continue;
                }

                var declaredParameter = declared?.Parameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.Ordinal));
                if (declared is not null && declaredParameter is null)
                {
                    var names = declared.Parameters.Select(p => p.Name).ToArray();
                    var suggestion = NameSuggestion.Closest(property.Name, names);
                    Error(
                        ConfigIssueKind.UnknownParameter,
                        "\"" + declared.Name + "\" has no parameter " + EchoedText.Quote(property.Name) + ": "
                        + (suggestion is null ? string.Empty : "did you mean \"" + suggestion + "\"? ")
                        + (names.Length == 0 ? "it takes no parameters." : "its parameters are " + string.Join(", ", names) + "."),
                        parameterPath,
                        property.NameNode.Span);
                    continue;
                }

                if (property.Value is not JsonNumberNode number)
                {
                    WrongType(property.Value, parameterPath, "a number, such as 20");
                    continue;
                }

                if (declaredParameter is not null)
                {
                    CheckParameterValue(declared!, declaredParameter, number, parameterPath);
                }
            }
        }

        if (declared is null)
        {
            return;
        }

        foreach (var parameter in declared.Parameters)
        {
            if (!parameter.IsOptional && !given.Contains(parameter.Name))
            {
                Error(
                    ConfigIssueKind.MissingParameter,
                    "\"" + declared.Name + "\" needs the parameter \"" + parameter.Name + "\": add it to \"parameters\", such as { \""
                    + parameter.Name + "\": " + Example(parameter) + " }.",
                    path,
                    node is null ? anchor.Span : OpeningBrace(node));
            }
        }
    }

    private void CheckParameterValue(DeclaredIndicator indicator, DeclaredIndicatorParameter parameter, JsonNumberNode number, string path)
    {
        if (parameter.IsWholeNumber && !number.IsInt32)
        {
            Error(
                ConfigIssueKind.OutOfRange,
                "\"" + parameter.Name + "\" of \"" + indicator.Name + "\" is a whole number, not " + EchoedText.Inline(number.Text) + ".",
                path,
                number.Span);
            return;
        }

        if (number.Value < parameter.Min || number.Value > parameter.Max)
        {
            Error(
                ConfigIssueKind.OutOfRange,
                "\"" + parameter.Name + "\" of \"" + indicator.Name + "\" is " + EchoedText.Inline(number.Text) + " but must be " + ParameterRangeText.Describe(parameter.Min, parameter.Max) + ".",
                path,
                number.Span);
        }
    }

    private void CheckData(JsonNode node, string path)
    {
        if (node is not JsonObjectNode data)
        {
            WrongType(node, path, "an object, such as { \"root\": \"data\" }");
            return;
        }

        var keys = CheckKeys(data, SessionConfigSchema.DataKeys, path, "\"" + path + "\"");
        var objectStorage = false;
        if (keys.TryGetValue(SessionConfigSchema.Root, out var root))
        {
            var rootPath = Join(path, SessionConfigSchema.Root);
            if (root.Value is not JsonStringNode folder)
            {
                WrongType(root.Value, rootPath, "a folder path string, such as \"data\", or an object-storage root such as \"s3://my-bars/minute\"");
            }
            else if (folder.Value.Trim().Length == 0)
            {
                Error(ConfigIssueKind.OutOfRange, "\"root\" is empty: write the folder that holds the bar data, such as \"data\".", rootPath, folder.Span);
            }
            else if (ObjectStorageRootRule.IsObjectStorage(folder.Value))
            {
                objectStorage = true;
                if (!ObjectStorageRootRule.TryParse(folder.Value, out _, out _, out var reason))
                {
                    Error(ConfigIssueKind.OutOfRange, "\"root\" " + EchoedText.Quote(folder.Value) + " is not a usable object-storage root: " + reason, rootPath, folder.Span);
                }
            }
        }

        CheckObjectStorageKey(keys, path, SessionConfigSchema.Endpoint, objectStorage);
        CheckObjectStorageKey(keys, path, SessionConfigSchema.Region, objectStorage);
        CheckObjectStorageKey(keys, path, SessionConfigSchema.PathStyle, objectStorage);
    }

    // endpoint, region and pathStyle: only beside an s3:// root (credentials never: they come from the AWS chain).
    private void CheckObjectStorageKey(Dictionary<string, JsonProperty> keys, string path, string key, bool objectStorage)
    {
        if (!keys.TryGetValue(key, out var property))
        {
            return;
        }

        var keyPath = Join(path, key);
        if (!objectStorage)
        {
            Error(ConfigIssueKind.OutOfRange, EchoedText.Quote(key) + " applies to an object-storage root only; set \"root\" to \"s3://bucket/prefix\" or remove it.", keyPath, property.Value.Span);
            return;
        }

        if (key == SessionConfigSchema.PathStyle)
        {
            if (property.Value is not JsonBooleanNode)
            {
                WrongType(property.Value, keyPath, "true or false");
            }

            return;
        }

        if (property.Value is not JsonStringNode text)
        {
            WrongType(property.Value, keyPath, key == SessionConfigSchema.Endpoint ? "a URL string, such as \"http://127.0.0.1:9000\"" : "a region string, such as \"us-east-1\"");
        }
        else if (key == SessionConfigSchema.Endpoint && !ObjectStorageRootRule.IsEndpoint(text.Value))
        {
            Error(ConfigIssueKind.OutOfRange, "\"endpoint\" " + EchoedText.Quote(text.Value) + " is not an http or https URL, such as \"http://127.0.0.1:9000\".", keyPath, text.Span);
        }
        else if (key == SessionConfigSchema.Region && !ObjectStorageRootRule.IsRegion(text.Value.Trim()))
        {
            Error(ConfigIssueKind.OutOfRange, "\"region\" " + EchoedText.Quote(text.Value) + " is not a region name, such as \"us-east-1\" or \"auto\".", keyPath, text.Span);
        }
    }

    private void WrongType(JsonNode node, string path, string expected)
    {
        var key = path.Length == 0 ? "The value" : EchoedText.Quote(path);
        Error(ConfigIssueKind.WrongType, key + " must be " + expected + ", but is " + node.KindDescription + ".", path, node.Span);
    }

    private void Error(ConfigIssueKind kind, string message, string path, JsonSpan span) =>
        _issues.Add(new ConfigIssue(kind, ConfigIssueSeverity.Error, message, path, span));

    private static bool IsIndicatorName(string name) =>
        name.Length > 0 && IsAsciiLetter(name[0]) && name.All(c => IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_');

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static string Indexed(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static JsonSpan OpeningBrace(JsonNode node) =>
        new(node.Span.Start, Math.Min(1, node.Span.Length), node.Span.Line, node.Span.Column);

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string Describe(IEnumerable<Interval> intervals) =>
        string.Join(", ", intervals.OrderBy(i => i).Select(i => i.ToString()));

    private static string Example(DeclaredIndicatorParameter parameter)
    {
        if (!double.IsNegativeInfinity(parameter.Min))
        {
            return Number(Math.Max(parameter.Min, parameter.IsWholeNumber ? Math.Ceiling(parameter.Min) : parameter.Min));
        }

        return double.IsPositiveInfinity(parameter.Max) ? "1" : Number(parameter.Max);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private sealed class BaseCheck
    {
        private readonly IReadOnlyList<Interval> _bases;
        private readonly string _description;

        public BaseCheck(IReadOnlyList<Interval> bases, string description)
        {
            _bases = bases;
            _description = description;
        }

        public void Check(SessionConfigValidator validator, Interval interval, JsonNode node, string path)
        {
            if (BaseIntervalResolver.Resolve(interval, _bases).Success)
            {
                return;
            }

            var suggested = BaseIntervalResolver.SuggestedBase(interval);
            validator.Error(
                ConfigIssueKind.MissingBaseInterval,
                interval + " bars cannot be built from " + _description + ": add \"" + suggested + "\" to \""
                + SessionConfigSchema.Streams + "\", or use an interval a streamed base divides.",
                path,
                node.Span);
        }
    }
}
