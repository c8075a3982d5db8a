using System.Collections.Generic;
using System.Threading;
using Provisioning.Execution;
using Provisioning.Steps;
using Spectre.Console;

namespace Provisioning.Cli.Running;

/// <summary>Progress bars on a terminal: one per history load and one for the replay clock; outcomes printed above them.</summary>
internal sealed class LiveRunDisplay : IRunDisplay
{
    private readonly ProgressContext _progress;
    private readonly IAnsiConsole _console;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Symbol, string Interval), ProgressTask> _loads = [];

    public LiveRunDisplay(ProgressContext progress, IAnsiConsole console)
    {
        _progress = progress;
        _console = console;
    }

    public void HistoryProgress(HistoryLoadProgress progress)
    {
        lock (_gate)
        {
            var key = (progress.Symbol, progress.Interval.ToString());
            if (!_loads.TryGetValue(key, out var task))
            {
                task = _progress.AddTask(Markup.Escape($"{progress.Symbol} {progress.Interval} history"), maxValue: System.Math.Max(1, progress.BarsExpected));
                _loads.Add(key, task);
            }

            task.Value = progress.Completed ? task.MaxValue : System.Math.Min(progress.BarsLoaded, task.MaxValue);
        }
    }

    public void Result(AdditionResult result)
    {
        lock (_gate)
        {
            var color = result.Succeeded ? "green" : "red";
            _console.MarkupLine($"[{color}]{Markup.Escape(RunText.Outcome(result))}[/]");
        }
    }

    public void Phase(string text)
    {
        lock (_gate)
        {
            _console.MarkupLine("[bold]" + Markup.Escape(text) + "[/]");
        }
    }

    /// <summary>A bar for the replay clock from the open to the close, in minutes.</summary>
    public ProgressTask AddReplayTask(string description, double minutes)
    {
        lock (_gate)
        {
            return _progress.AddTask(Markup.Escape(description), maxValue: minutes);
        }
    }
}
