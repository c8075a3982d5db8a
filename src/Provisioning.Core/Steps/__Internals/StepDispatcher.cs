using System.Collections.Frozen;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using System;

namespace Provisioning.Steps.__Internals;

/// <summary>
/// The executor's dispatch: routes each step to the handler of its type, over the dispatchers of every loaded assembly.
/// <see cref="Default"/> fills itself: each assembly with <see cref="Steps.StepHandlerAttribute"/> methods
/// registers its generated dispatcher from a module initializer, so a new step type and its handler need no other
/// registration. Each step type is routed straight to the dispatcher that handles it; dispatch allocates nothing of
/// its own.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class StepDispatcher : IStepDispatcher
{
    private readonly object _gate = new();
    private readonly bool _runsOwnHandlers;
    private volatile Routing _routing = Routing.Empty;

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

    private StepDispatcher(bool runsOwnHandlers)
    {
        _runsOwnHandlers = runsOwnHandlers;
    }

    /// <summary>
    /// The handlers of every loaded assembly, registered by generated module initializers. A step of a partial step
    /// type goes straight to the handler the generator wrote into it, without looking up a route.
    /// </summary>
    public static StepDispatcher Default { get; } = new(runsOwnHandlers: true);

    /// <inheritdoc />
    public IReadOnlyList<Type> StepTypes => _routing.Dispatchers.SelectMany(d => d.StepTypes).Distinct().ToArray();

    /// <summary>
    /// Step types that more than one registered dispatcher handles, one sentence each; the first registered wins.
    /// Empty when every step type has one handler (the analyzers make that a build error within one project: PRV0007).
    /// </summary>
    public IReadOnlyList<string> Conflicts =>
        _routing.Dispatchers
            .SelectMany(d => d.StepTypes)
            .GroupBy(t => t)
            .Where(g => g.Count() > 1)
            .Select(g => $"Step type {g.Key.FullName} has {g.Count()} handlers in different assemblies; the first registered runs. Keep one [StepHandler] for it.")
            .ToArray();

    /// <summary>
    /// Adds a dispatcher, asked after those already registered. Registering the same one again changes nothing.
    /// Thread-safe, also while other threads dispatch.
    /// </summary>
    public void Register(IStepDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        lock (_gate)
        {
            var current = _routing;
            if (current.Dispatchers.Contains(dispatcher))
            {
                return;
            }

            // Routes already learned stay right: a new dispatcher is asked after the one each route names.
            _routing = new Routing([.. current.Dispatchers, dispatcher], current.Routes);
        }
    }

    /// <summary>True when some registered dispatcher handles steps of <paramref name="stepType"/>.</summary>
    public bool CanDispatch(Type stepType)
    {
        ArgumentNullException.ThrowIfNull(stepType);
        foreach (var dispatcher in _routing.Dispatchers)
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
    /// <remarks>
    /// The first step of each type asks the registered dispatchers in turn and remembers the one that ran it; later
    /// steps of that type go straight to it. A dispatcher's answer must depend only on the step's type, as the
    /// generated ones' does.
    /// </remarks>
    public bool TryDispatch(ProvisioningStep step, StepContext context, out ValueTask<StepResult> outcome)
    {
        ArgumentNullException.ThrowIfNull(step);

        // Only the default dispatch takes the step's own handler first: a dispatcher composed over others (a test's,
        // failing a step on purpose) still asks them in order.
        return (_runsOwnHandlers && step.TryRunOwnHandler(context, out outcome)) || TryDispatchRouted(step, context, out outcome);
    }

    private bool TryDispatchRouted(ProvisioningStep step, StepContext context, out ValueTask<StepResult> outcome)
    {
        var routing = _routing;
        if (routing.Routes.TryGetValue(step.GetType(), out var routed))
        {
            return routed.TryDispatch(step, context, out outcome) || AskInTurn(routing, routed, step, context, out outcome);
        }

        return AskInTurn(routing, alreadyAsked: null, step, context, out outcome);
    }

    /// <summary>
    /// Runs the handler of <paramref name="step"/>'s type; a failed outcome naming the step type when no handler is
    /// registered for it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ValueTask<StepResult> DispatchAsync(ProvisioningStep step, StepContext context)
    {
        // The step's own handler inline at the caller; everything else out of line.
        ArgumentNullException.ThrowIfNull(step);
        return _runsOwnHandlers && step.TryRunOwnHandler(context, out var own) ? own : DispatchRouted(step, context);
    }

    private ValueTask<StepResult> DispatchRouted(ProvisioningStep step, StepContext context) =>
        TryDispatchRouted(step, context, out var outcome)
            ? outcome
            : new ValueTask<StepResult>(StepResult.Fail(
                $"No [StepHandler] method handles {step.GetType().FullName} steps; add one static method taking ({step.GetType().Name} step, StepContext context)."));

    private bool AskInTurn(
        Routing routing, IStepDispatcher? alreadyAsked, ProvisioningStep step, StepContext context, out ValueTask<StepResult> outcome)
    {
        foreach (var dispatcher in routing.Dispatchers)
        {
            if (dispatcher != alreadyAsked && dispatcher.TryDispatch(step, context, out outcome))
            {
                Remember(step.GetType(), dispatcher);
                return true;
            }
        }

        outcome = default;
        return false;
    }

    private void Remember(Type stepType, IStepDispatcher dispatcher)
    {
        // Copy on write, once per step type. The route holds across registrations, since registering only appends
        // dispatchers after the one that ran the step.
        lock (_gate)
        {
            var current = _routing;
            if (current.Routes.ContainsKey(stepType))
            {
                return;
            }

            var routes = new Dictionary<Type, IStepDispatcher>(current.Routes) { [stepType] = dispatcher };
            _routing = new Routing(current.Dispatchers, routes.ToFrozenDictionary());
        }
    }

    /// <summary>
    /// The registered dispatchers and the routes learned over them (step type to the dispatcher that ran it), replaced
    /// whole on every change and never modified once published.
    /// </summary>
    private sealed class Routing(IStepDispatcher[] dispatchers, FrozenDictionary<Type, IStepDispatcher> routes)
    {
        public static readonly Routing Empty = new([], FrozenDictionary<Type, IStepDispatcher>.Empty);

        public IStepDispatcher[] Dispatchers { get; } = dispatchers;

        public FrozenDictionary<Type, IStepDispatcher> Routes { get; } = routes;
    }
}
