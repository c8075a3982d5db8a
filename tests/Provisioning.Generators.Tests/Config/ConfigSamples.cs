using Provisioning.Config;

namespace Provisioning.Generators.Tests.Config;

/// <summary>Session config texts and the declared indicators they are checked against.</summary>
internal static class ConfigSamples
{
    /// <summary>A realistic config with every key, valid against <see cref="Context"/>.</summary>
    public const string Valid = """
        {
          "exchange": "XNYS",
          "symbols": ["AAPL", "MSFT", "BRK.B"],
          "streams": ["1m", "1d"],
          "derivedIntervals": ["5m", "15m"],
          "historical": { "enabled": true, "trailingDays": 5, "intervals": ["1m", "1d"] },
          "warmupMultiplier": 2.0,
          "indicators": [
            { "name": "sma", "interval": "5m", "parameters": { "period": 20 } },
            { "name": "bands", "interval": "15m", "parameters": { "period": 20, "width": 2.5 } }
          ],
          "data": { "root": "data" }
        }
        """;

    /// <summary>"sma" (period: whole, at least 1) and "bands" (period: whole 2..500; width: 0.5..4, optional).</summary>
    public static SessionConfigValidationContext Context { get; } = new(
        new[]
        {
            new DeclaredIndicator("sma", new[] { new DeclaredIndicatorParameter("period", 1, double.PositiveInfinity, isWholeNumber: true, isOptional: false) }),
            new DeclaredIndicator("bands", new[]
            {
                new DeclaredIndicatorParameter("period", 2, 500, isWholeNumber: true, isOptional: false),
                new DeclaredIndicatorParameter("width", 0.5, 4, isWholeNumber: false, isOptional: true),
            }),
        },
        exchanges: null);
}
