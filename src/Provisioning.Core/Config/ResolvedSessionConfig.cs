using System.Collections.Generic;
using System.Linq;
using Provisioning.Collections;
using Provisioning.Data.CorporateActions;
using Provisioning.Intervals;

namespace Provisioning.Config;

/// <summary>
/// A session config after <see cref="SessionConfig.Resolve"/>: immutable, typed and checked. Entries that were wrong are
/// left out and described in <see cref="Errors"/>; the rest is usable as is. Requirement analysis reads this, never
/// the mutable <see cref="SessionConfig"/>.
/// </summary>
public sealed record ResolvedSessionConfig
{
    /// <summary>The warm-up multiplier when the config does not set one.</summary>
    public const double DefaultWarmupMultiplier = SessionConfigSchema.DefaultWarmupMultiplier;

    internal ResolvedSessionConfig(
        string exchange,
        EquatableArray<string> symbols,
        EquatableArray<Interval> baseIntervals,
        EquatableArray<DerivedInterval> derivedIntervals,
        HistoricalSettings historical,
        double warmupMultiplier,
        EquatableArray<ConfiguredIndicator> indicators,
        string dataRoot,
        EquatableArray<SessionConfigError> errors)
    {
        Exchange = exchange;
        Symbols = symbols;
        BaseIntervals = baseIntervals;
        DerivedIntervals = derivedIntervals;
        Historical = historical;
        WarmupMultiplier = warmupMultiplier;
        Indicators = indicators;
        DataRoot = dataRoot;
        Errors = errors;
    }

    /// <summary>The streams a session uses when the config lists none (<see cref="SessionConfigSchema.DefaultStreams"/>: 1m and 1d).</summary>
    internal static EquatableArray<Interval> DefaultStreams { get; } =
        new(SessionConfigSchema.DefaultStreams.Select(text => IntervalParser.Parse(text).Interval));

    /// <summary>The session's default exchange ("XNYS"): the calendar of every symbol that names none.</summary>
    public string Exchange { get; }

    /// <summary>The config symbols that name their own exchange, in config order.</summary>
    internal EquatableArray<SymbolExchange> SymbolExchanges { get; init; } = EquatableArray<SymbolExchange>.Empty;

    /// <summary>Every exchange the session's config symbols trade on: the default first, then each symbol's own, each once.</summary>
    public IReadOnlyList<string> Exchanges =>
        new[] { Exchange }.Concat(SymbolExchanges.Select(s => s.Exchange)).Distinct(System.StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>
    /// The exchange whose calendar <paramref name="symbol"/> follows: its own when the config names one for it, else the
    /// session's default <see cref="Exchange"/>. Symbols are compared in upper case.
    /// </summary>
    public string ExchangeOf(string symbol)
    {
        foreach (var own in SymbolExchanges)
        {
            if (string.Equals(own.Symbol, symbol?.Trim(), System.StringComparison.OrdinalIgnoreCase))
            {
                return own.Exchange;
            }
        }

        return Exchange;
    }

    /// <summary>How history is adjusted for corporate actions, for every symbol without its own mode (default Raw).</summary>
    internal NormalizationMode Normalization { get; init; }

    /// <summary>The config symbols with their own normalization, in config order.</summary>
    internal EquatableArray<SymbolNormalization> SymbolNormalizations { get; init; } = EquatableArray<SymbolNormalization>.Empty;

    /// <summary>
    /// The normalization of <paramref name="symbol"/>: its own when the config sets one for it, else the session's
    /// <see cref="Normalization"/> (symbols added during the day too). Symbols are compared in upper case.
    /// </summary>
    internal NormalizationMode NormalizationOf(string symbol)
    {
        foreach (var own in SymbolNormalizations)
        {
            if (string.Equals(own.Symbol, symbol?.Trim(), System.StringComparison.OrdinalIgnoreCase))
            {
                return own.Mode;
            }
        }

        return Normalization;
    }

    /// <summary>The config symbols, normalised (upper case), in config order, each once.</summary>
    public EquatableArray<string> Symbols { get; }

    /// <summary>The base intervals the feed streams or the store holds, ascending.</summary>
    public EquatableArray<Interval> BaseIntervals { get; }

    /// <summary>The derived intervals every config symbol gets, ascending, each with its base.</summary>
    internal EquatableArray<DerivedInterval> DerivedIntervals { get; }

    /// <summary>The history config symbols load.</summary>
    internal HistoricalSettings Historical { get; }

    /// <summary>Historical bars per warm-up bar (at least 1).</summary>
    public double WarmupMultiplier { get; }

    /// <summary>The indicators every config symbol gets, in config order.</summary>
    internal EquatableArray<ConfiguredIndicator> Indicators { get; }

    /// <summary>The bar store's root folder as written in the config.</summary>
    public string DataRoot { get; }

    /// <summary>How to reach an object-storage root (<c>s3://</c>); null when the root is a folder.</summary>
    internal ObjectStorageSettings? ObjectStorage { get; init; }

    /// <summary>What is wrong with the config; empty when it is valid.</summary>
    internal EquatableArray<SessionConfigError> Errors { get; }

    /// <summary>True when the config has no errors.</summary>
    public bool IsValid => Errors.IsEmpty;

    /// <summary>Every interval a config symbol gets: the bases (ascending), then the derived intervals (ascending).</summary>
    public IEnumerable<Interval> AllIntervals => BaseIntervals.Concat(DerivedIntervals.Select(d => d.Interval));

}
