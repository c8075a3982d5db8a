namespace Provisioning.Cli.Sample;

/// <summary>The session config <c>provision sample-data</c> writes next to the sample data, so the other commands run on it at once.</summary>
internal static class SampleConfig
{
    public const string FileName = "session.json";

    /// <summary><see cref="Text"/> on <paramref name="exchange"/> (a calendar name or definition file), as JSON text.</summary>
    public static string For(string exchange) =>
        Text.Replace("\"exchange\": \"XNYS\"", "\"exchange\": " + System.Text.Json.JsonSerializer.Serialize(exchange), System.StringComparison.Ordinal);

    /// <summary>A config over the sample symbols, with its data root the folder it is written in.</summary>
    public const string Text = """
        {
          // Written by `provision sample-data`. Sample 1m bars cover 2024-11-01..2024-12-31, 1d bars 2023-01-03..2024-12-31.
          "exchange": "XNYS",
          "symbols": ["AAPL", "MSFT", "SPY"],
          "streams": ["1m", "1d"],
          "derivedIntervals": ["5m", "15m"],
          "historical": { "enabled": true, "trailingDays": 5, "intervals": ["1m", "1d"] },
          "warmupMultiplier": 2.0,
          "indicators": [
            { "name": "sma", "interval": "5m", "parameters": { "period": 20 } },
            { "name": "rsi", "interval": "15m", "parameters": { "period": 14 } }
          ],
          "data": { "root": "." }
        }

        """;
}
