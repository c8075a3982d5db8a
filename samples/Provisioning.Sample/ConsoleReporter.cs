using System.Globalization;
using Provisioning.Planning;

namespace Provisioning.Sample;

/// <summary>
/// Prints each addition as one block: the requirement analysis, the plan, progress while history loads, each step's
/// outcome and the result. Additions for one symbol run one at a time, so lines are gathered per symbol and printed
/// when the addition ends, keeping blocks whole while symbols provision in parallel.
/// </summary>
internal sealed class ConsoleReporter(TimeProvider clock) : IProvisioningObserver
{
    private readonly object _gate = new();
    private readonly Dictionary<string, List<string>> _pending = new(StringComparer.Ordinal);

    public void OnRequirements(ProvisioningRequirements r)
    {
        Add(r.Symbol, $"{Time()} {r.Symbol} · {r.Operation.ToString().ToLowerInvariant()} from {r.Source}");
        Add(r.Symbol, $"    needs: {r.Reason}");
        if (r.History is { } history)
        {
            Add(r.Symbol, string.Create(CultureInfo.InvariantCulture,
                $"    history: {history.Bars} × {history.Interval} bars = {r.HistoricalDays} trading days, {r.HistoricalCalendarDays} calendar days, from {history.StartUtc:yyyy-MM-dd HH:mm}Z"));
        }

        foreach (var error in r.ValidationErrors)
        {
            Add(r.Symbol, $"    ✗ {error}");
        }
    }

    public void OnPlan(ProvisioningPlan plan)
    {
        if (plan.IsEmpty)
        {
            Add(plan.Symbol, "    plan: nothing to do, the session already has everything");
            return;
        }

        Add(plan.Symbol, "    plan:");
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            Add(plan.Symbol, $"      {i + 1}. {plan.Steps[i].Describe()}");
        }
    }

    public void OnHistoryProgress(HistoryLoadProgress p)
    {
        if (p.Completed)
        {
            Add(p.Symbol, string.Create(CultureInfo.InvariantCulture,
                $"    loading {p.Interval} history {Bar(p.Fraction)} {p.BarsLoaded}/{p.BarsExpected} bars"));
        }
    }

    public void OnStep(string symbol, StepResult report)
    {
        var mark = report.Status switch
        {
            StepStatus.Succeeded => "✓",
            StepStatus.Failed => "✗",
            StepStatus.Compensated => "↺",
            _ => "·",
        };
        Add(symbol, string.Create(CultureInfo.InvariantCulture,
            $"    {mark} {report.Step.Describe()} ({report.Duration.TotalMilliseconds:0.0} ms): {report.Message}"));
    }

    public void OnResult(AdditionResult result)
    {
        var symbol = result.Requirements.Symbol;
        Add(symbol, $"    → {result.Status}{(result.Reason is null ? string.Empty : ": " + result.Reason)}");
        List<string> lines;
        lock (_gate)
        {
            lines = _pending.Remove(symbol, out var pending) ? pending : [];
        }

        lock (Console.Out)
        {
            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }
        }
    }

    private void Add(string symbol, string line)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(symbol, out var lines))
            {
                lines = [];
                _pending[symbol] = lines;
            }

            lines.Add(line);
        }
    }

    private string Time() => clock.GetUtcNow().UtcDateTime.ToString("HH:mm'Z'", CultureInfo.InvariantCulture);

    private static string Bar(double fraction)
    {
        var filled = (int)Math.Round(fraction * 20);
        return "[" + new string('#', filled) + new string('.', 20 - filled) + "]";
    }
}
