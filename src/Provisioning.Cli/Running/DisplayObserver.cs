using Provisioning.Execution;
using Provisioning.Steps;

namespace Provisioning.Cli.Running;

/// <summary>Passes the session's progress events to a display.</summary>
internal sealed class DisplayObserver : IProvisioningObserver
{
    private readonly IRunDisplay _display;

    public DisplayObserver(IRunDisplay display)
    {
        _display = display;
    }

    public void OnHistoryProgress(HistoryLoadProgress progress) => _display.HistoryProgress(progress);

    public void OnResult(AdditionResult result) => _display.Result(result);
}
