using System.Collections.Generic;
using System.ComponentModel;
using System.Threading.Tasks;
using System;

namespace Provisioning.Steps.__Internals;

/// <summary>
/// Runs the handler of a step's type. The generator implements it once per assembly as a <c>switch</c> over the step
/// types of that assembly's <see cref="Steps.StepHandlerAttribute"/> methods; <see cref="StepDispatcher"/>
/// combines them. Tests implement it to make a step fail on purpose.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IStepDispatcher
{
    /// <summary>The step types this dispatcher has a handler for.</summary>
    IReadOnlyList<Type> StepTypes { get; }

    /// <summary>
    /// Starts the handler of <paramref name="step"/>'s type; false (and a default <paramref name="outcome"/>) when this
    /// dispatcher has none. Whether it handles a step must depend only on the step's type: <see cref="StepDispatcher"/>
    /// sends every later step of a type to the dispatcher that ran the first one.
    /// </summary>
    bool TryDispatch(ProvisioningStep step, StepContext context, out ValueTask<StepResult> outcome);
}
