using Provisioning.Execution;
using Provisioning.Steps;

namespace Provisioning.Cli.Running;

/// <summary>Shows a replay while it runs: history loads, each addition's outcome, and the replay clock.</summary>
internal interface IRunDisplay
{
    void HistoryProgress(HistoryLoadProgress progress);

    void Result(AdditionResult result);

    void Phase(string text);
}
