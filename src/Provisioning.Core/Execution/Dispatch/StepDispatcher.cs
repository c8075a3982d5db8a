using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Planning;

namespace Provisioning.Execution.Dispatch;

/// <summary>
/// The executor's dispatch: routes each step to the handler of its type, over the dispatchers of every loaded assembly.
/// <see cref="Default"/> fills itself: each assembly with <see cref="Attributes.StepHandlerAttribute"/> methods
/// registers its generated dispatcher from a module initializer, so a new step type and its handler need no other
/// registration. Dispatch allocates nothing of its own.
/// </summary>
public sealed class StepDispatcher : IStepDispatcher
{
    private readonly object _gate = new();
    private volatile IStepDispatcher[] _dispatchers = [];

    /// <summary>A dispatcher over no handlers; add some with <see cref="Register"/>.</summary>
    public StepDispatcher()
    {
    }

    /// <summary>A dispatcher over the given dispatchers, asked in order.</summary>
    public StepDispatcher(IEnumerable<IStepDispatcher> dispatchers)
    {
        ArgumentNullException.ThrowIfNull(dispatchers);
        foreach (var dispatcher in dispatchers)
        {
            Register(dispatcher);
        }
    }

    /// <summary>The handlers of every loaded assembly, registered by generated module initializers.</summary>
    public static StepDispatcher Default { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<Type> StepTypes => _dispatchers.SelectMany(d => d.StepTypes).Distinct().ToArray();

    /// <summary>
    /// Step types that more than one registered dispatcher handles, one sentence each; the first registered wins.
    /// Empty when every step type has one handler (the analyzers make that a build error within one project: PRV0007).
    /// </summary>
    public IReadOnlyList<string> Conflicts =>
        _dispatchers
            .SelectMany(d => d.StepTypes)
            .GroupBy(t => t)
            .Where(g => g.Count() > 1)
            .Select(g => $"Step type {g.Key.FullName} has {g.Count()} handlers in different assemblies; the first registered runs. Keep one [StepHandler] for it.")
            .ToArray();

    /// <summary>Adds a dispatcher, asked after those already registered. Registering the same one again changes nothing.</summary>
    public void Register(IStepDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        lock (_gate)
        {
            if (!_dispatchers.Contains(dispatcher))
            {
                _dispatchers = [.. _dispatchers, dispatcher];
            }
        }
    }

    /// <summary>True when some registered dispatcher handles steps of <paramref name="stepType"/>.</summary>
    public bool CanDispatch(Type stepType)
    {
        ArgumentNullException.ThrowIfNull(stepType);
        foreach (var dispatcher in _dispatchers)
        {
            foreach (var handled in dispatcher.StepTypes)
            {
                if (handled == stepType)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool TryDispatch(ProvisioningStep step, StepContext context, out ValueTask<StepOutcome> outcome)
    {
        ArgumentNullException.ThrowIfNull(step);
        foreach (var dispatcher in _dispatchers)
        {
            if (dispatcher.TryDispatch(step, context, out outcome))
            {
                return true;
            }
        }

        outcome = default;
        return false;
    }

    /// <summary>
    /// Runs the handler of <paramref name="step"/>'s type; a failed outcome naming the step type when no handler is
    /// registered for it.
    /// </summary>
    public ValueTask<StepOutcome> DispatchAsync(ProvisioningStep step, StepContext context) =>
        TryDispatch(step, context, out var outcome)
            ? outcome
            : new ValueTask<StepOutcome>(StepOutcome.Failure(
                $"No [StepHandler] method handles {step.GetType().FullName} steps; add one static method taking ({step.GetType().Name} step, StepContext context)."));
}
