using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Provisioning.Config;

/// <summary>
/// How a session is configured, as written in <c>session.json</c> and bound through <c>IOptions&lt;SessionConfig&gt;</c>.
/// A plain mutable options class: nothing here is checked. Call <see cref="Resolve"/> to get checked, typed values
/// (<see cref="ResolvedSessionConfig"/>) and the list of what is wrong.
/// </summary>
/// <remarks>
/// List properties start empty because the configuration binder appends to a list that already has items; an empty
/// list means "not given" (see each property for what that means). JSON key names are camelCase.
/// </remarks>
internal sealed class SessionConfig
{
    /// <summary>The exchange whose trading calendar the session follows, as an ISO 10383 MIC. Default "XNYS".</summary>
    [JsonPropertyName("exchange")]
    public string Exchange { get; set; } = SessionConfigSchema.DefaultExchange;

    /// <summary>The symbols every session starts with ("AAPL", "BRK.B"); each gets the intervals and history below.</summary>
    [JsonPropertyName("symbols")]
    public List<string> Symbols { get; set; } = new();

    /// <summary>
    /// The symbols of <see cref="Symbols"/> that trade on another exchange than <see cref="Exchange"/>, symbol to exchange
    /// (<c>["7203"] = "XTKS"</c>); written in session.json as <c>{ "symbol": "7203", "exchange": "XTKS" }</c>.
    /// </summary>
    [JsonIgnore]
    public Dictionary<string, string> SymbolExchanges { get; set; } = new(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How history is adjusted for corporate actions: "Raw" (as stored, the default), "SplitAdjusted" or "Adjusted"
    /// (splits and cash dividends), backward as of the session date.
    /// </summary>
    [JsonPropertyName("normalization")]
    public string Normalization { get; set; } = SessionConfigSchema.DefaultNormalization;

    /// <summary>
    /// The symbols of <see cref="Symbols"/> with their own normalization, symbol to mode; written in session.json as
    /// <c>{ "symbol": "NVDA", "normalization": "SplitAdjusted" }</c>.
    /// </summary>
    [JsonIgnore]
    public Dictionary<string, string> SymbolNormalizations { get; set; } = new(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The base intervals the feed streams or the store holds, such as ["1m", "1d"]. When empty, the session uses
    /// <see cref="ResolvedSessionConfig.DefaultStreams"/> (1m and 1d).
    /// </summary>
    [JsonPropertyName("streams")]
    public List<string> Streams { get; set; } = new();

    /// <summary>Intervals aggregated from a base for every config symbol, such as ["5m", "15m"].</summary>
    [JsonPropertyName("derivedIntervals")]
    public List<string> DerivedIntervals { get; set; } = new();

    /// <summary>The history every config symbol loads before the session.</summary>
    [JsonPropertyName("historical")]
    public HistoricalConfig Historical { get; set; } = new();

    /// <summary>Historical bars an indicator loads per warm-up bar. Default 2.0; at least 1.</summary>
    [JsonPropertyName("warmupMultiplier")]
    public double WarmupMultiplier { get; set; } = ResolvedSessionConfig.DefaultWarmupMultiplier;

    /// <summary>Indicators every config symbol gets, such as { "name": "sma", "interval": "5m", "parameters": { "period": 20 } }.</summary>
    [JsonPropertyName("indicators")]
    public List<IndicatorConfig> Indicators { get; set; } = new();

    /// <summary>Where the session's stored bars live.</summary>
    [JsonPropertyName("data")]
    public DataConfig Data { get; set; } = new();

    /// <summary>
    /// Checks every value and turns the config into typed values: parsed intervals, normalised symbols, resolved bases.
    /// Never throws on bad values and never changes this object; what is wrong is listed in
    /// <see cref="ResolvedSessionConfig.Errors"/> and the offending entries are left out of the result.
    /// </summary>
    public ResolvedSessionConfig Resolve() => SessionConfigResolver.Resolve(this);

    /// <summary>
    /// Checks session config text (a session.json) with the rules the build's analyzer and the CLI use and turns it into
    /// typed values; each error carries its line and column. Never throws on bad text.
    /// </summary>
    /// <param name="json">The config's text.</param>
    /// <param name="context">The indicators and exchanges names are checked against; only the text when null.</param>
    internal static ResolvedSessionConfig ResolveJson(string? json, SessionConfigValidationContext? context = null) =>
        SessionConfigResolver.ResolveJson(json, context);

    // What the options binder found wrong in the configuration it read; the options validator reports these first.
    internal IReadOnlyList<SessionConfigError> BindingErrors { get; set; } = [];
}
