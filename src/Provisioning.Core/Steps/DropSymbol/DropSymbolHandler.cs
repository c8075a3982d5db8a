using System.Threading.Tasks;

namespace Provisioning.Steps;

/// <summary>Runs <see cref="DropSymbol"/>: stages the symbol's removal from the session. Undo: the workspace is dropped.</summary>
internal static class DropSymbolHandler
{
    [StepHandler]
    internal static ValueTask<StepResult> Handle(DropSymbol step, StepContext context)
    {
        context.RemovalWorkspace.DropSymbol();
        return new(StepResult.Done($"{step.Symbol} leaves the session at commit"));
    }
}
