using System.Collections.Generic;

namespace Provisioning.Config;

/// <summary>
/// The keys of a session config file (camelCase) and the defaults a missing key stands for. The runtime options
/// class binds the same keys.
/// </summary>
internal static class SessionConfigSchema
{
    /// <summary>The exchange whose calendar the session follows (string, default <see cref="DefaultExchange"/>).</summary>
    public const string Exchange = "exchange";

    /// <summary>
    /// The symbols provisioned before the open: an array of symbol strings, or objects naming the symbol's own exchange
    /// (<see cref="Symbol"/>, <see cref="Exchange"/>) beside the session's default <see cref="Exchange"/>.
    /// </summary>
    public const string Symbols = "symbols";

    /// <summary>
    /// A symbol object's symbol (string, required): <c>{ "symbol": "7203", "exchange": "XTKS" }</c>; the object may
    /// also set the symbol's own <see cref="Normalization"/>.
    /// </summary>
    public const string Symbol = "symbol";

    /// <summary>The base intervals the feed streams (array of interval strings, default <see cref="DefaultStreams"/>).</summary>
    public const string Streams = "streams";

    /// <summary>Intervals aggregated from a streamed base (array of interval strings).</summary>
    public const string DerivedIntervals = "derivedIntervals";

    /// <summary>
    /// History loaded before the open (object: <see cref="Enabled"/>, and either <see cref="TrailingDays"/> with
    /// <see cref="Intervals"/> or the per-interval <see cref="HistoricalData"/>).
    /// </summary>
    public const string Historical = "historical";

    /// <summary>Whether history is loaded (boolean).</summary>
    public const string Enabled = "enabled";

    /// <summary>Trading days of history (whole number, at least 0).</summary>
    public const string TrailingDays = "trailingDays";

    /// <summary>The intervals history is loaded for (array of interval strings).</summary>
    public const string Intervals = "intervals";

    /// <summary>
    /// Trading days of history per interval (array of objects: <see cref="Interval"/>, <see cref="TrailingDays"/>), instead
    /// of one <see cref="TrailingDays"/> for every interval; writing both forms is an error.
    /// </summary>
    public const string HistoricalData = "data";

    /// <summary>History loaded per warm-up bar (number, at least 1, default <see cref="DefaultWarmupMultiplier"/>).</summary>
    public const string WarmupMultiplier = "warmupMultiplier";

    /// <summary>Indicators added to every symbol (array of objects: <see cref="Name"/>, <see cref="Interval"/>, <see cref="Parameters"/>).</summary>
    public const string Indicators = "indicators";

    /// <summary>An indicator's declared name (string, required).</summary>
    public const string Name = "name";

    /// <summary>The interval an indicator is updated on (interval string, required).</summary>
    public const string Interval = "interval";

    /// <summary>An indicator's parameters (object: parameter name to number).</summary>
    public const string Parameters = "parameters";

    /// <summary>Where the data lives (object: <see cref="Root"/>, and for object storage <see cref="Endpoint"/>, <see cref="Region"/>, <see cref="PathStyle"/>).</summary>
    public const string Data = "data";

    /// <summary>The data store's root: a folder, or object storage as <c>s3://bucket/prefix</c> (string).</summary>
    public const string Root = "root";

    /// <summary>An S3-compatible server's URL for an <c>s3://</c> root, e.g. MinIO or R2 (string, http or https).</summary>
    public const string Endpoint = "endpoint";

    /// <summary>The region (or signing region) of an <c>s3://</c> root (string).</summary>
    public const string Region = "region";

    /// <summary>Path-style addressing for an <c>s3://</c> root, which MinIO needs (boolean, default false).</summary>
    public const string PathStyle = "pathStyle";

    /// <summary>
    /// How history is adjusted for corporate actions (string: <see cref="NormalizationModes"/>, default
    /// <see cref="DefaultNormalization"/>), for the session and, in a symbol object, for one symbol.
    /// </summary>
    public const string Normalization = "normalization";

    /// <summary>The normalization used when <see cref="Normalization"/> is missing: history as stored.</summary>
    public const string DefaultNormalization = "Raw";

    /// <summary>The normalization modes, as written: as stored, split-adjusted, split- and dividend-adjusted.</summary>
    public static IReadOnlyList<string> NormalizationModes { get; } = new[] { "Raw", "SplitAdjusted", "Adjusted" };

    /// <summary>The exchange used when <see cref="Exchange"/> is missing.</summary>
    public const string DefaultExchange = "XNYS";

    /// <summary>
    /// The exchanges the library has a trading calendar for, checked when a context names none: the build, the CLI and
    /// the runtime refuse the same unknown exchange.
    /// </summary>
    public static IReadOnlyList<string> KnownExchanges { get; } = ShippedExchangeLimits.Names;

    /// <summary>The warm-up multiplier used when <see cref="WarmupMultiplier"/> is missing.</summary>
    public const double DefaultWarmupMultiplier = 2.0;

    /// <summary>The base intervals streamed when <see cref="Streams"/> is missing.</summary>
    public static IReadOnlyList<string> DefaultStreams { get; } = new[] { "1m", "1d" };

    /// <summary>The keys of the top-level object.</summary>
    public static IReadOnlyList<string> RootKeys { get; } = new[]
    {
        Exchange, Symbols, Streams, DerivedIntervals, Historical, WarmupMultiplier, Indicators, Data, Normalization,
    };

    /// <summary>The keys of a <see cref="Symbols"/> object.</summary>
    public static IReadOnlyList<string> SymbolKeys { get; } = new[] { Symbol, Exchange, Normalization };

    /// <summary>The keys of <see cref="Historical"/>.</summary>
    public static IReadOnlyList<string> HistoricalKeys { get; } = new[] { Enabled, TrailingDays, Intervals, HistoricalData };

    /// <summary>The keys of a <see cref="HistoricalData"/> entry.</summary>
    public static IReadOnlyList<string> HistoricalDataKeys { get; } = new[] { Interval, TrailingDays };

    /// <summary>The keys of an <see cref="Indicators"/> entry.</summary>
    public static IReadOnlyList<string> IndicatorKeys { get; } = new[] { Name, Interval, Parameters };

    /// <summary>The keys of <see cref="Data"/>.</summary>
    public static IReadOnlyList<string> DataKeys { get; } = new[] { Root, Endpoint, Region, PathStyle };
}
