using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Collections;
using Provisioning.Data.CorporateActions;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Json;
using Provisioning.Symbols;

namespace Provisioning.Config;

/// <summary>
/// Turns a session config into a <see cref="ResolvedSessionConfig"/>. Every rule is the shared
/// <see cref="SessionConfigValidator"/>'s (the one the analyzer and the CLI run): this class only converts the checked
/// JSON into runtime types, leaving out the entries the validator reported.
/// </summary>
internal static class SessionConfigResolver
{
    /// <summary>Resolves an options object: it is written as JSON and checked like a file (errors carry no line).</summary>
    public static ResolvedSessionConfig Resolve(SessionConfig config, SessionConfigValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var validation = SessionConfigValidator.Validate(SessionConfigJsonWriter.Write(config), context);
        return Resolve(validation, withPlaces: false);
    }

    /// <summary>Resolves session config text; errors carry their line and column in it.</summary>
    public static ResolvedSessionConfig ResolveJson(string? json, SessionConfigValidationContext? context = null) =>
        Resolve(SessionConfigValidator.Validate(json, context), withPlaces: true);

    /// <summary>Converts a checked config; entries with an error are left out and the errors listed.</summary>
    public static ResolvedSessionConfig Resolve(SessionConfigValidation validation, bool withPlaces)
    {
        var errors = validation.Issues
            .Where(issue => issue.Severity == ConfigIssueSeverity.Error)
            .Select(issue => new SessionConfigError(issue.Path, issue.Message)
            {
                Line = withPlaces ? issue.Line : 0,
                Column = withPlaces ? issue.Column : 0,
            })
            .ToArray();
        var read = new Reader(validation.Root as JsonObjectNode, errors.Select(e => e.Path).ToArray());
        var bases = read.Bases();
        return new ResolvedSessionConfig(
            read.Exchange(),
            read.Symbols(),
            bases,
            read.Derived(bases),
            read.Historical(bases),
            read.Multiplier(),
            read.Indicators(bases),
            read.DataRoot(),
            EquatableArray<SessionConfigError>.FromOwnedArray(errors))
        {
            SymbolExchanges = read.SymbolExchanges(),
            ObjectStorage = read.ObjectStorage(),
            Normalization = read.Normalization(),
            SymbolNormalizations = read.SymbolNormalizations(),
        };
    }

    /// <summary>Reads values the validator checked, skipping any at or under a path with an error.</summary>
    private sealed class Reader
    {
        private readonly JsonObjectNode? _root;
        private readonly string[] _errorPaths;

        public Reader(JsonObjectNode? root, string[] errorPaths)
        {
            _root = root;
            _errorPaths = errorPaths;
        }

        public string Exchange()
        {
            var node = Find(_root, SessionConfigSchema.Exchange);
            if (node is null)
            {
                return _root is null ? string.Empty : SessionConfigSchema.DefaultExchange;
            }

            return node is JsonStringNode text && !HasError(SessionConfigSchema.Exchange) ? text.Value : string.Empty;
        }

        public EquatableArray<string> Symbols()
        {
            var symbols = new List<string>();
            foreach (var (symbol, _, _) in SymbolEntries())
            {
                if (!symbols.Contains(symbol))
                {
                    symbols.Add(symbol);
                }
            }

            return EquatableArray<string>.FromOwnedArray(symbols.ToArray());
        }

        // The symbols that name their own exchange, each once (the first entry of a symbol wins, as in Symbols()).
        public EquatableArray<SymbolExchange> SymbolExchanges()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var own = new List<SymbolExchange>();
            foreach (var (symbol, exchange, _) in SymbolEntries())
            {
                if (seen.Add(symbol) && exchange is not null)
                {
                    own.Add(new SymbolExchange(symbol, exchange));
                }
            }

            return EquatableArray<SymbolExchange>.FromOwnedArray(own.ToArray());
        }

        // The session's normalization; Raw when missing (a wrong one is an error, so the config is not used).
        public NormalizationMode Normalization() =>
            Find(_root, SessionConfigSchema.Normalization) is JsonStringNode text && !HasError(SessionConfigSchema.Normalization)
                ? Mode(text.Value)
                : NormalizationMode.Raw;

        // The symbols that set their own normalization, each once (the first entry of a symbol wins, as in Symbols()).
        public EquatableArray<SymbolNormalization> SymbolNormalizations()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var own = new List<SymbolNormalization>();
            foreach (var (symbol, _, normalization) in SymbolEntries())
            {
                if (seen.Add(symbol) && normalization is not null)
                {
                    own.Add(new SymbolNormalization(symbol, Mode(normalization)));
                }
            }

            return EquatableArray<SymbolNormalization>.FromOwnedArray(own.ToArray());
        }

        private static NormalizationMode Mode(string text) =>
            Enum.TryParse<NormalizationMode>(text, ignoreCase: false, out var mode) && Enum.IsDefined(mode) ? mode : NormalizationMode.Raw;

        // Each valid symbol entry: a string, or an object with a "symbol" and maybe an "exchange" and a "normalization" (null when it names none).
        private IEnumerable<(string Symbol, string? Exchange, string? Normalization)> SymbolEntries()
        {
            foreach (var (node, _) in Items(SessionConfigSchema.Symbols))
            {
                var text = node as JsonStringNode;
                string? exchange = null;
                string? normalization = null;
                if (node is JsonObjectNode entry)
                {
                    text = Find(entry, SessionConfigSchema.Symbol) as JsonStringNode;
                    exchange = (Find(entry, SessionConfigSchema.Exchange) as JsonStringNode)?.Value.Trim();
                    normalization = (Find(entry, SessionConfigSchema.Normalization) as JsonStringNode)?.Value;
                }

                if (text is not null && SymbolName.TryNormalize(text.Value, out var symbol, out _))
                {
                    yield return (symbol, exchange, normalization);
                }
            }
        }

        public EquatableArray<Interval> Bases()
        {
            if (Find(_root, SessionConfigSchema.Streams) is null)
            {
                return ResolvedSessionConfig.DefaultStreams;
            }

            return EquatableArray<Interval>.FromOwnedArray(Intervals(SessionConfigSchema.Streams).Distinct().OrderBy(i => i).ToArray());
        }

        public EquatableArray<DerivedInterval> Derived(EquatableArray<Interval> bases)
        {
            var derived = new List<DerivedInterval>();
            foreach (var interval in Intervals(SessionConfigSchema.DerivedIntervals))
            {
                var resolution = BaseIntervalResolver.Resolve(interval, bases);
                if (resolution.Success && !bases.Contains(interval) && !derived.Any(d => d.Interval == interval))
                {
                    derived.Add(new DerivedInterval(interval, resolution.Base));
                }
            }

            return EquatableArray<DerivedInterval>.FromOwnedArray(derived.OrderBy(d => d.Interval).ToArray());
        }

        public HistoricalSettings Historical(EquatableArray<Interval> bases)
        {
            const string path = SessionConfigSchema.Historical;
            var historical = Find(_root, path) as JsonObjectNode;
            var enabled = Find(historical, SessionConfigSchema.Enabled) is JsonBooleanNode { Value: true };
            if (enabled && Find(historical, SessionConfigSchema.HistoricalData) is JsonArrayNode)
            {
                return PerInterval(path + "." + SessionConfigSchema.HistoricalData, bases);
            }

            var days = Find(historical, SessionConfigSchema.TrailingDays) as JsonNumberNode;
            if (!enabled || days is null || HasError(path + "." + SessionConfigSchema.Enabled) || HasError(path + "." + SessionConfigSchema.TrailingDays))
            {
                return HistoricalSettings.Disabled;
            }

            var intervalsPath = path + "." + SessionConfigSchema.Intervals;
            var listed = Find(historical, SessionConfigSchema.Intervals) is JsonArrayNode { Items.Count: > 0 };
            var loaded = new SortedSet<Interval>();
            foreach (var interval in Intervals(intervalsPath))
            {
                var resolution = BaseIntervalResolver.Resolve(interval, bases);
                if (resolution.Success)
                {
                    loaded.Add(resolution.Base);
                }
            }

            if (!listed)
            {
                loaded.UnionWith(bases);
            }

            return new HistoricalSettings(true, (int)days.Value, EquatableArray<Interval>.FromOwnedArray(loaded.ToArray()));
        }

        // The per-interval form: each valid entry's base and days; two entries on one base load the more days.
        private HistoricalSettings PerInterval(string path, EquatableArray<Interval> bases)
        {
            var days = new SortedDictionary<Interval, int>();
            foreach (var (node, _) in Items(path))
            {
                if (node is JsonObjectNode entry
                    && Find(entry, SessionConfigSchema.Interval) is JsonStringNode text
                    && IntervalParser.Parse(text.Value) is { Success: true } parsed
                    && BaseIntervalResolver.Resolve(parsed.Interval, bases) is { Success: true } resolution
                    && Find(entry, SessionConfigSchema.TrailingDays) is JsonNumberNode { Value: >= 1 } number)
                {
                    days[resolution.Base] = System.Math.Max(days.GetValueOrDefault(resolution.Base), (int)number.Value);
                }
            }

            return HistoricalSettings.Of(days.Select(d => new HistoricalInterval(d.Key, d.Value)).ToArray());
        }

        public double Multiplier() =>
            Find(_root, SessionConfigSchema.WarmupMultiplier) is JsonNumberNode number && !HasError(SessionConfigSchema.WarmupMultiplier)
                ? number.Value
                : SessionConfigSchema.DefaultWarmupMultiplier;

        public EquatableArray<ConfiguredIndicator> Indicators(EquatableArray<Interval> bases)
        {
            var indicators = new List<ConfiguredIndicator>();
            foreach (var (node, path) in Items(SessionConfigSchema.Indicators))
            {
                if (node is not JsonObjectNode entry
                    || Find(entry, SessionConfigSchema.Name) is not JsonStringNode name
                    || Find(entry, SessionConfigSchema.Interval) is not JsonStringNode intervalText
                    || IntervalParser.Parse(intervalText.Value) is not { Success: true } parsed
                    || BaseIntervalResolver.Resolve(parsed.Interval, bases) is not { Success: true } resolution)
                {
                    continue;
                }

                var parameters = new List<IndicatorParameter>();
                if (Find(entry, SessionConfigSchema.Parameters) is JsonObjectNode given)
                {
                    foreach (var property in given.Properties)
                    {
                        if (property.Value is JsonNumberNode number)
                        {
                            parameters.Add(new IndicatorParameter(property.Name, number.Value));
                        }
                    }
                }

                indicators.Add(new ConfiguredIndicator(
                    name.Value.ToLowerInvariant(),
                    parsed.Interval,
                    resolution.Base,
                    EquatableArray<IndicatorParameter>.FromOwnedArray(parameters.ToArray())));
            }

            return EquatableArray<ConfiguredIndicator>.FromOwnedArray(indicators.ToArray());
        }

        public string DataRoot()
        {
            var rootPath = SessionConfigSchema.Data + "." + SessionConfigSchema.Root;
            return Find(Find(_root, SessionConfigSchema.Data) as JsonObjectNode, SessionConfigSchema.Root) is JsonStringNode root && !HasError(rootPath)
                ? root.Value.Trim()
                : DataConfig.DefaultRoot;
        }

        // Endpoint, region and addressing of an s3:// root (each only when valid); null for a folder.
        public ObjectStorageSettings? ObjectStorage()
        {
            if (!ObjectStorageRootRule.IsObjectStorage(DataRoot()))
            {
                return null;
            }

            var data = Find(_root, SessionConfigSchema.Data) as JsonObjectNode;
            string? Text(string key) =>
                Find(data, key) is JsonStringNode text && !HasError(SessionConfigSchema.Data + "." + key) ? text.Value.Trim() : null;
            return new ObjectStorageSettings(
                Text(SessionConfigSchema.Endpoint),
                Text(SessionConfigSchema.Region),
                Find(data, SessionConfigSchema.PathStyle) is JsonBooleanNode { Value: true });
        }

        // The valid, parsed intervals of the list at path (a path such as "historical.intervals").
        private IEnumerable<Interval> Intervals(string path)
        {
            foreach (var (node, _) in Items(path))
            {
                if (node is JsonStringNode text && IntervalParser.Parse(text.Value) is { Success: true } parsed)
                {
                    yield return parsed.Interval;
                }
            }
        }

        // The items of the array at a dotted path that have no error at or under their own path.
        private IEnumerable<(JsonNode Node, string Path)> Items(string path)
        {
            JsonNode? node = _root;
            foreach (var key in path.Split('.'))
            {
                node = Find(node as JsonObjectNode, key);
            }

            if (node is not JsonArrayNode array || HasErrorExactly(path))
            {
                yield break;
            }

            for (var i = 0; i < array.Items.Count; i++)
            {
                var itemPath = path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                if (!HasError(itemPath))
                {
                    yield return (array.Items[i], itemPath);
                }
            }
        }

        private bool HasErrorExactly(string path) => _errorPaths.Contains(path, StringComparer.Ordinal);

        private bool HasError(string path) => _errorPaths.Any(p =>
            p.Length == 0
            || string.Equals(p, path, StringComparison.Ordinal)
            || (p.StartsWith(path, StringComparison.Ordinal) && (p[path.Length] == '.' || p[path.Length] == '[')));

        private static JsonNode? Find(JsonObjectNode? node, string key) => node?.Find(key)?.Value;
    }
}
