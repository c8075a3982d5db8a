using System.ComponentModel;
using System.Threading.Tasks;
using Provisioning.State;
using Provisioning.Steps.__Internals;

namespace Provisioning.Steps;

/// <summary>
/// One typed step of a provisioning plan. Each built-in step kind keeps everything about it in its folder under
/// <c>Steps/</c>: this record, its <see cref="Steps.StepHandlerAttribute"/> handler and undo, its plan text
/// (<see cref="Describe"/>) and its dry-run projection (<see cref="Project"/>). A user-defined step is a record deriving
/// from this one with one <c>[StepHandler]</c> method, and gets the same hooks.
/// </summary>
/// <param name="Symbol">The symbol the step works on.</param>
public abstract record ProvisioningStep(string Symbol)
{
    /// <summary>A one-line description for plans, logs and the CLI ("add interval 5m (from 1m)").</summary>
    public abstract string Describe();

    /// <summary>
    /// What the session would hold after this step ran, for a dry run that plans the next addition without running
    /// anything. The default changes nothing: right for a step whose effect the planner does not read (a notification,
    /// an audit record). Override it when later plans should see the step's effect.
    /// </summary>
    public virtual SessionStateSnapshot Project(SessionStateSnapshot state) => state;

    /// <summary>
    /// For generated code: runs this step's <c>[StepHandler]</c>. The generator overrides it in a partial step type
    /// declared beside its handler, so the default dispatch is this one virtual call; the base sends the step to the
    /// handlers registered in <see cref="StepDispatcher.Default"/> (a failed outcome when none handles its type).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual ValueTask<StepResult> RunHandler(StepContext context) => StepDispatcher.Default.DispatchRouted(this, context);

    /// <summary>Runs the handler the step's type carries, or the registered one (see <see cref="RunHandler"/>).</summary>
    internal ValueTask<StepResult> RunOwnHandler(StepContext context) => RunHandler(context);
}
