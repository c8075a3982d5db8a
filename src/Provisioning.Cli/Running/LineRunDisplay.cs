using System.Globalization;
using System.IO;
using System.Threading;
using Provisioning.Execution;
using Provisioning.Steps;

namespace Provisioning.Cli.Running;

/// <summary>
/// Progress as plain lines, for files, pipes and tests: each finished history load and each addition's outcome.
/// Additions run on several threads at once; lines are written whole.
/// </summary>
internal sealed class LineRunDisplay : IRunDisplay
{
    private readonly TextWriter _output;
    private readonly Lock _gate = new();

    public LineRunDisplay(TextWriter output)
    {
        _output = output;
    }

    public void HistoryProgress(HistoryLoadProgress progress)
    {
        if (progress.Completed)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"  loaded {progress.Symbol} {progress.Interval} history: {progress.BarsLoaded:#,0} of {progress.BarsExpected:#,0} bars"));
        }
    }

    public void Result(AdditionResult result) => Write("  " + RunText.Outcome(result));

    public void Phase(string text) => Write(text);

    private void Write(string line)
    {
        lock (_gate)
        {
            _output.WriteLine(line);
        }
    }
}
