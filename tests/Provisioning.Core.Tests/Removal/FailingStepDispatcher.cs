using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Provisioning.Steps;
using Provisioning.Steps.__Internals;

namespace Provisioning.Core.Tests.Removal;

/// <summary>Fails every step of one type on purpose; the session's other steps go to the generated dispatch.</summary>
internal sealed class FailingStepDispatcher(Type failing) : IStepDispatcher
{
    public IReadOnlyList<Type> StepTypes => [failing];

    public int Failures { get; private set; }

    public bool TryDispatch(ProvisioningStep step, StepContext context, out ValueTask<StepResult> outcome)
    {
        if (step.GetType() != failing)
        {
            outcome = default;
            return false;
        }

        Failures++;
        outcome = new(StepResult.Fail($"{failing.Name} fails on purpose"));
        return true;
    }

    /// <summary>The session's dispatch with <paramref name="failing"/> steps failing.</summary>
    public static StepDispatcher Around(FailingStepDispatcher failing) => new([failing, StepDispatcher.Default]);
}
