using System;
using System.Globalization;
using System.Linq;
using Provisioning.Execution;
using Provisioning.Requirements;
using Provisioning.Text;

namespace Provisioning.Cli.Running;

/// <summary>How a replay names additions and their outcomes in text.</summary>
internal static class RunText
{
    /// <summary>"symbol AAPL", "sma(20)@5m", "5m bars".</summary>
    public static string Addition(ProvisioningRequirements requirements) => requirements.Operation switch
    {
        OperationType.Symbol => "symbol " + requirements.Symbol,
        OperationType.Indicator => requirements.IndicatorKey ?? "indicator",
        _ => string.Join(", ", requirements.RequiredIntervals.Select(i => i.ToString()).DefaultIfEmpty("?")) + " bars",
    };

    /// <summary>
    /// "AAPL sma(20)@5m (Config): Succeeded, 1 step in 3 ms" (then the short history loads of a partial success), or
    /// the reason it did not.
    /// </summary>
    public static string Outcome(AdditionResult result)
    {
        var requirements = result.Requirements;
        var head = $"{EchoedText.Inline(requirements.Symbol)} {Addition(requirements)} ({requirements.Source}): {result.Status}";
        if (!result.Succeeded)
        {
            return head + " - " + EchoedText.OneLine(result.Reason ?? string.Join(" ", result.Errors));
        }

        var time = TimeSpan.FromTicks(result.Steps.Sum(s => s.Duration.Ticks));
        return head + ", " + CountText.Of(result.Steps.Count, "step", "steps") + string.Create(CultureInfo.InvariantCulture, $" in {time.TotalMilliseconds:0} ms")
            + (result.HasPartialHistory ? " - " + EchoedText.OneLine(result.Reason ?? string.Empty) : string.Empty);
    }
}
