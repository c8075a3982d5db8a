using Provisioning.Execution;
using Provisioning.Steps;

namespace Provisioning.Cli.Running;

/// <summary>Shows nothing (with <c>--json</c>, standard output carries only the document).</summary>
internal sealed class SilentRunDisplay : IRunDisplay
{
    public static SilentRunDisplay Instance { get; } = new();

    public void HistoryProgress(HistoryLoadProgress progress)
    {
    }

    public void Result(AdditionResult result)
    {
    }

    public void Phase(string text)
    {
    }
}
