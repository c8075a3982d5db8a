using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using Provisioning.Config;
using Provisioning.Json;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// The longest intraday interval the build accepts in code: the build has no calendar, so it follows the exchanges
/// the project's session configs name (an interval that fits no market of the session is refused). Without a session
/// config, or with a market not known here (a definition file), any interval up to a day is accepted.
/// </summary>
internal readonly struct SessionIntervalCap
{
    private SessionIntervalCap(string exchange, int minutes)
    {
        Exchange = exchange;
        Minutes = minutes;
    }

    /// <summary>The exchange whose sessions are longest among those named, shown in the reason.</summary>
    public string Exchange { get; }

    /// <summary>That exchange's longest session in minutes; 0 when no cap applies beyond a day.</summary>
    public int Minutes { get; }

    /// <summary>True when a session config names only exchanges whose sessions are known here.</summary>
    public bool Applies => Minutes > 0;

    /// <summary>Reads the session configs among the additional files. Never throws on bad text.</summary>
    public static SessionIntervalCap Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var cap = default(SessionIntervalCap);
        foreach (var file in options.AdditionalFiles)
        {
            if (!SessionConfigFiles.IsSessionConfig(file, options.AnalyzerConfigOptionsProvider)
                || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            var parsed = JsonDocumentParser.Parse(text.ToString());
            foreach (var exchange in SessionConfigExchanges.Read(parsed.Root))
            {
                if (!ShippedExchangeLimits.TryGetMaxIntradayMinutes(exchange, out var minutes))
                {
                    return default;
                }

                if (minutes > cap.Minutes)
                {
                    cap = new SessionIntervalCap(exchange.Trim().ToUpperInvariant(), minutes);
                }
            }
        }

        return cap;
    }
}
