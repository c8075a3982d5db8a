using System.Linq;
using Microsoft.Extensions.Configuration;
using Provisioning.Config;
using Provisioning.Indicators.__Internals;
using Provisioning.Json;

namespace Provisioning.Hosting;

/// <summary>
/// Binds <see cref="SessionConfig"/> from configuration through the shared session config rules instead of the
/// configuration binder, which throws a bare exception on a value it cannot convert ("trailingDays": "2.5"). A
/// section the rules refuse leaves the options at their defaults and its errors in
/// <see cref="SessionConfig.BindingErrors"/>, which <see cref="SessionConfigOptionsValidator"/> reports at start.
/// </summary>
internal static class SessionConfigBinder
{
    /// <summary>What a host checks a config against: the registered indicators and the known exchanges, as the CLI does.</summary>
    public static SessionConfigValidationContext Context(IndicatorCatalog catalog) => SessionConfigContexts.WithCalendars(IndicatorDeclarations.From(catalog));

    public static void Bind(IConfiguration configuration, SessionConfig options, IndicatorCatalog catalog)
    {
        var validation = SessionConfigValidator.Validate(SessionConfigurationJson.Write(configuration), Context(catalog));
        if (validation.HasErrors || validation.Root is not JsonObjectNode root)
        {
            options.BindingErrors = validation.Issues
                .Where(issue => issue.Severity == ConfigIssueSeverity.Error)
                .Select(issue => new SessionConfigError(issue.Path, issue.Message))
                .ToArray();
            return;
        }

        if (Text(root, SessionConfigSchema.Exchange) is { } exchange)
        {
            options.Exchange = exchange;
        }

        if (Text(root, SessionConfigSchema.Normalization) is { } normalization)
        {
            options.Normalization = normalization;
        }

        options.Symbols = Texts(root, SessionConfigSchema.Symbols);
        SymbolObjects.Bind(root, options);
        options.Streams = Texts(root, SessionConfigSchema.Streams);
        options.DerivedIntervals = Texts(root, SessionConfigSchema.DerivedIntervals);
        if (root.Find(SessionConfigSchema.Historical)?.Value is JsonObjectNode historical)
        {
            options.Historical = new HistoricalConfig
            {
                Enabled = historical.Find(SessionConfigSchema.Enabled)?.Value is JsonBooleanNode { Value: true },
                TrailingDays = historical.Find(SessionConfigSchema.TrailingDays)?.Value is JsonNumberNode days ? (int)days.Value : 0,
                Intervals = Texts(historical, SessionConfigSchema.Intervals),
                Data = (historical.Find(SessionConfigSchema.HistoricalData)?.Value as JsonArrayNode)?.Items.OfType<JsonObjectNode>()
                    .Select(entry => new HistoricalDataConfig
                    {
                        Interval = Text(entry, SessionConfigSchema.Interval) ?? string.Empty,
                        TrailingDays = entry.Find(SessionConfigSchema.TrailingDays)?.Value is JsonNumberNode entryDays ? (int)entryDays.Value : 0,
                    }).ToList() ?? new(),
            };
        }

        if (root.Find(SessionConfigSchema.WarmupMultiplier)?.Value is JsonNumberNode multiplier)
        {
            options.WarmupMultiplier = multiplier.Value;
        }

        if (root.Find(SessionConfigSchema.Indicators)?.Value is JsonArrayNode indicators)
        {
            options.Indicators = indicators.Items.OfType<JsonObjectNode>().Select(entry => new IndicatorConfig
            {
                Name = Text(entry, SessionConfigSchema.Name) ?? string.Empty,
                Interval = Text(entry, SessionConfigSchema.Interval) ?? string.Empty,
                Parameters = (entry.Find(SessionConfigSchema.Parameters)?.Value as JsonObjectNode)?.Properties
                    .Where(p => p.Value is JsonNumberNode)
                    .ToDictionary(p => p.Name, p => ((JsonNumberNode)p.Value).Value) ?? new(),
            }).ToList();
        }

        if (root.Find(SessionConfigSchema.Data)?.Value is JsonObjectNode data && Text(data, SessionConfigSchema.Root) is { } dataRoot)
        {
            options.Data = new DataConfig
            {
                Root = dataRoot,
                Endpoint = Text(data, SessionConfigSchema.Endpoint),
                Region = Text(data, SessionConfigSchema.Region),
                PathStyle = (data.Find(SessionConfigSchema.PathStyle)?.Value as JsonBooleanNode)?.Value,
            };
        }
    }

    private static string? Text(JsonObjectNode node, string key) => (node.Find(key)?.Value as JsonStringNode)?.Value;

    private static System.Collections.Generic.List<string> Texts(JsonObjectNode node, string key) =>
        (node.Find(key)?.Value as JsonArrayNode)?.Items.OfType<JsonStringNode>().Select(s => s.Value).ToList() ?? new();
}
