using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading.Tasks;
using Provisioning.Steps.__Internals;
using Provisioning.Planning;
using Provisioning.Steps;

namespace Provisioning.Benchmarks.Dispatch;

/// <summary>
/// The baseline of figure 5a: dispatch as it is written without a generator. The [StepHandler] methods are found once
/// by reflection and kept by step type; each dispatch looks the step's type up and calls the handler with
/// <see cref="MethodBase.Invoke(object, object[])"/>.
/// </summary>
public sealed class ReflectionStepDispatcher
{
    private readonly Dictionary<Type, MethodInfo> _handlers = [];

    /// <summary>Finds the handlers of <paramref name="assemblies"/>.</summary>
    public ReflectionStepDispatcher(params Assembly[] assemblies)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        foreach (var assembly in assemblies)
        {
            foreach (var type in assembly.GetTypes())
            {
                foreach (var method in type.GetMethods(all))
                {
                    if (method.GetCustomAttribute<StepHandlerAttribute>() is not null)
                    {
                        _handlers[method.GetParameters()[0].ParameterType] = method;
                    }
                }
            }
        }
    }

    /// <summary>The step types with a handler.</summary>
    public IReadOnlyCollection<Type> StepTypes => _handlers.Keys;

    /// <summary>Runs the handler of <paramref name="step"/>'s type.</summary>
    public ValueTask<StepResult> DispatchAsync(ProvisioningStep step, StepContext context) =>
        _handlers.TryGetValue(step.GetType(), out var handler)
            ? (ValueTask<StepResult>)handler.Invoke(null, [step, context])!
            : new ValueTask<StepResult>(StepResult.Fail("No handler for " + step.GetType().Name));
}
