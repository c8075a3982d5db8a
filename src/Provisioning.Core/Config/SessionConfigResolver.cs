using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Provisioning.Collections;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Symbols;
using Provisioning.Text;

namespace Provisioning.Config;

/// <summary>Turns a <see cref="SessionConfig"/> into a <see cref="ResolvedSessionConfig"/>, reading it without changing it.</summary>
internal static class SessionConfigResolver
{
    public static ResolvedSessionConfig Resolve(SessionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var errors = new List<SessionConfigError>();

        var exchange = ResolveExchange(config.Exchange, errors);
        var symbols = ResolveSymbols(config.Symbols, errors);
        var bases = ResolveStreams(config.Streams, errors);
        var derived = ResolveDerived(config.DerivedIntervals, bases, errors);
        var historical = ResolveHistorical(config.Historical, bases, errors);
        var multiplier = ResolveMultiplier(config.WarmupMultiplier, errors);
        var indicators = ResolveIndicators(config.Indicators, bases, errors);
        var dataRoot = ResolveDataRoot(config.Data, errors);

        return new ResolvedSessionConfig(
            exchange,
            symbols,
            bases,
            derived,
            historical,
            multiplier,
            indicators,
            dataRoot,
            EquatableArray<SessionConfigError>.FromOwnedArray(errors.ToArray()));
    }

    private static string ResolveExchange(string? exchange, List<SessionConfigError> errors)
    {
        var text = exchange?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(new("exchange", "An exchange is required: write its ISO 10383 MIC, such as \"XNYS\"."));
            return string.Empty;
        }

        if (text.Length != 4 || !text.All(c => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
        {
            errors.Add(new("exchange", EchoedText.Quote(text) + " is not an ISO 10383 MIC (four letters or digits, such as \"XNYS\")."));
            return string.Empty;
        }

        return text.ToUpperInvariant();
    }

    private static EquatableArray<string> ResolveSymbols(List<string>? symbols, List<SessionConfigError> errors)
    {
        var resolved = new List<string>();
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = symbols ?? new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = Indexed("symbols", i);
            if (!SymbolName.TryNormalize(items[i], out var symbol, out var reason))
            {
                errors.Add(new(path, reason!));
                continue;
            }

            if (firstIndex.TryGetValue(symbol, out var first))
            {
                errors.Add(new(path, symbol + " is listed twice (also at " + Indexed("symbols", first) + "); list each symbol once."));
                continue;
            }

            firstIndex.Add(symbol, i);
            resolved.Add(symbol);
        }

        return EquatableArray<string>.FromOwnedArray(resolved.ToArray());
    }

    private static EquatableArray<Interval> ResolveStreams(List<string>? streams, List<SessionConfigError> errors)
    {
        var items = streams ?? new List<string>();
        if (items.Count == 0)
        {
            return ResolvedSessionConfig.DefaultStreams;
        }

        var resolved = ParseDistinct(items, "streams", errors);
        return EquatableArray<Interval>.FromOwnedArray(resolved.Select(p => p.Interval).OrderBy(i => i).ToArray());
    }

    private static EquatableArray<DerivedInterval> ResolveDerived(
        List<string>? derivedIntervals,
        EquatableArray<Interval> bases,
        List<SessionConfigError> errors)
    {
        var resolved = new List<DerivedInterval>();
        foreach (var (interval, index) in ParseDistinct(derivedIntervals ?? new List<string>(), "derivedIntervals", errors))
        {
            var path = Indexed("derivedIntervals", index);
            if (bases.Contains(interval))
            {
                errors.Add(new(path, interval + " is already a stream; list it under streams or derivedIntervals, not both."));
                continue;
            }

            var resolution = BaseIntervalResolver.Resolve(interval, bases);
            if (!resolution.Success)
            {
                errors.Add(new(path, resolution.Reason!));
                continue;
            }

            resolved.Add(new DerivedInterval(interval, resolution.Base));
        }

        return EquatableArray<DerivedInterval>.FromOwnedArray(resolved.OrderBy(d => d.Interval).ToArray());
    }

    private static HistoricalSettings ResolveHistorical(HistoricalConfig? historical, EquatableArray<Interval> bases, List<SessionConfigError> errors)
    {
        if (historical is null)
        {
            return HistoricalSettings.Disabled;
        }

        var valid = true;
        if (historical.TrailingDays < 0 || (historical.Enabled && historical.TrailingDays == 0))
        {
            errors.Add(new(
                "historical.trailingDays",
                historical.TrailingDays.ToString(CultureInfo.InvariantCulture)
                + " is not a number of trading days to load: write at least 1, or set historical.enabled to false."));
            valid = false;
        }

        var intervals = new SortedSet<Interval>();
        var listed = historical.Intervals ?? new List<string>();
        foreach (var (interval, index) in ParseDistinct(listed, "historical.intervals", errors))
        {
            var resolution = BaseIntervalResolver.Resolve(interval, bases);
            if (!resolution.Success)
            {
                errors.Add(new(Indexed("historical.intervals", index), resolution.Reason!));
                continue;
            }

            intervals.Add(resolution.Base);
        }

        if (listed.Count == 0)
        {
            intervals.UnionWith(bases);
        }

        return historical.Enabled && valid
            ? new HistoricalSettings(true, historical.TrailingDays, EquatableArray<Interval>.FromOwnedArray(intervals.ToArray()))
            : HistoricalSettings.Disabled;
    }

    private static double ResolveMultiplier(double multiplier, List<SessionConfigError> errors)
    {
        if (double.IsNaN(multiplier) || double.IsInfinity(multiplier) || multiplier < 1.0)
        {
            errors.Add(new(
                "warmupMultiplier",
                multiplier.ToString("R", CultureInfo.InvariantCulture)
                + " is not a warm-up multiplier: history is warm-up bars × multiplier, so write a finite number of at least 1 (default "
                + ResolvedSessionConfig.DefaultWarmupMultiplier.ToString("0.0", CultureInfo.InvariantCulture) + ")."));
            return ResolvedSessionConfig.DefaultWarmupMultiplier;
        }

        return multiplier;
    }

    private static EquatableArray<ConfiguredIndicator> ResolveIndicators(
        List<IndicatorConfig>? indicators,
        EquatableArray<Interval> bases,
        List<SessionConfigError> errors)
    {
        var resolved = new List<ConfiguredIndicator>();
        var items = indicators ?? new List<IndicatorConfig>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = Indexed("indicators", i);
            var entry = items[i];
            if (entry is null)
            {
                errors.Add(new(path, "An indicator entry is empty: write { \"name\": \"sma\", \"interval\": \"5m\", \"parameters\": { \"period\": 20 } }."));
                continue;
            }

            var errorCount = errors.Count;
            var name = ResolveIndicatorName(entry.Name, path + ".name", errors);

            var interval = default(Interval);
            var baseInterval = default(Interval);
            var parsed = IntervalParser.Parse(entry.Interval);
            if (!parsed.Success)
            {
                errors.Add(new(path + ".interval", parsed.Reason!));
            }
            else
            {
                interval = parsed.Interval;
                var resolution = BaseIntervalResolver.Resolve(interval, bases);
                if (resolution.Success)
                {
                    baseInterval = resolution.Base;
                }
                else
                {
                    errors.Add(new(path + ".interval", resolution.Reason!));
                }
            }

            var parameters = new List<IndicatorParameter>();
            foreach (var pair in entry.Parameters ?? new Dictionary<string, double>())
            {
                var parameterName = pair.Key?.Trim() ?? string.Empty;
                if (parameterName.Length == 0)
                {
                    errors.Add(new(path + ".parameters", "A parameter has no name: write it as \"period\": 20."));
                }
                else if (double.IsNaN(pair.Value) || double.IsInfinity(pair.Value))
                {
                    errors.Add(new(path + ".parameters." + parameterName, "The value of " + EchoedText.Quote(parameterName) + " must be a finite number."));
                }
                else
                {
                    parameters.Add(new IndicatorParameter(parameterName, pair.Value));
                }
            }

            if (errors.Count == errorCount)
            {
                resolved.Add(new ConfiguredIndicator(name, interval, baseInterval, EquatableArray<IndicatorParameter>.FromOwnedArray(parameters.ToArray())));
            }
        }

        return EquatableArray<ConfiguredIndicator>.FromOwnedArray(resolved.ToArray());
    }

    private static string ResolveIndicatorName(string? name, string path, List<SessionConfigError> errors)
    {
        var text = name?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(new(path, "An indicator name is required, such as \"sma\"."));
            return string.Empty;
        }

        var isIdentifier = IsAsciiLetter(text[0]) && text.All(c => IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_');
        if (!isIdentifier)
        {
            errors.Add(new(path, EchoedText.Quote(text) + " is not an indicator name: names are letters, digits and '_', starting with a letter, such as \"sma\"."));
            return string.Empty;
        }

        return text.ToLowerInvariant();
    }

    private static string ResolveDataRoot(DataConfig? data, List<SessionConfigError> errors)
    {
        var root = data is null ? DataConfig.DefaultRoot : data.Root?.Trim() ?? string.Empty;
        if (root.Length == 0)
        {
            errors.Add(new("data.root", "The data root is required: write the folder of the bar store, such as \"" + DataConfig.DefaultRoot + "\"."));
            return DataConfig.DefaultRoot;
        }

        return root;
    }

    // Parses each text; reports unparsable entries and entries that repeat an earlier one (also as "60m" after "1h").
    private static List<(Interval Interval, int Index)> ParseDistinct(List<string> texts, string key, List<SessionConfigError> errors)
    {
        var resolved = new List<(Interval, int)>();
        var firstIndex = new Dictionary<Interval, int>();
        for (var i = 0; i < texts.Count; i++)
        {
            var path = Indexed(key, i);
            var parsed = IntervalParser.Parse(texts[i]);
            if (!parsed.Success)
            {
                errors.Add(new(path, parsed.Reason!));
                continue;
            }

            if (firstIndex.TryGetValue(parsed.Interval, out var first))
            {
                errors.Add(new(path, EchoedText.Quote(texts[i]) + " is " + parsed.Interval + ", already listed at " + Indexed(key, first) + "; list each interval once."));
                continue;
            }

            firstIndex.Add(parsed.Interval, i);
            resolved.Add((parsed.Interval, i));
        }

        return resolved;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static string Indexed(string key, int index) => key + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
