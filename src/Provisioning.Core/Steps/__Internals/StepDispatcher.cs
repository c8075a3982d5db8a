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
    /// The handlers of every loaded assembly, registered by generated module initializers. Its
    /// <see cref="DispatchAsync"/> runs the handler the generator wrote into a partial step type with one virtual call,
    /// without looking up a route.
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
    /// Asks the registered dispatchers: the first step of each type asks them in turn and remembers the one that ran
    /// it; later steps of that type go straight to it. A dispatcher's answer must depend only on the step's type, as
    /// the generated ones' does. The handler a partial step type carries is also in its assembly's dispatcher, so the
    /// answer is the one <see cref="DispatchAsync"/> runs, unless two assemblies handle the type (<see cref="Conflicts"/>).
    /// </remarks>
    public bool TryDispatch(ProvisioningStep step, StepContext context, out ValueTask<StepResult> outcome)
    {
        ArgumentNullException.ThrowIfNull(step);
        return TryDispatchRouted(step, context, out outcome);
    }

    /// <summary>
    /// Runs the handler of <paramref name="step"/>'s type; a failed outcome naming the step type when no handler is
    /// registered for it. On <see cref="Default"/> this is one virtual call into the step, which runs the handler the
    /// generator wrote into a partial step type and otherwise comes back to <see cref="DispatchRouted"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ValueTask<StepResult> DispatchAsync(ProvisioningStep step, StepContext context)
    {
        ArgumentNullException.ThrowIfNull(step);
        return _runsOwnHandlers ? step.RunOwnHandler(context) : DispatchInOrder(step, context);
    }

    // Out of line: DispatchRouted is inlined into the step's base handler call, and must not also be inlined here, so
    // that DispatchAsync at its callers stays the one virtual call (and a few instructions) the benchmark measures.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ValueTask<StepResult> DispatchInOrder(ProvisioningStep step, StepContext context) => DispatchRouted(step, context);

    /// <summary>
    /// Runs the handler a registered dispatcher has for <paramref name="step"/>'s type, through the learned route; a
    /// failed outcome naming the step type when none has one. Where a step type carrying no handler lands.
    /// </summary>
    /// <remarks>Inlined into <see cref="ProvisioningStep"/>'s base handler call, so a step type carrying no handler pays
    /// the virtual call into the step and nothing more before the lookup.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ValueTask<StepResult> DispatchRouted(ProvisioningStep step, StepContext context) =>
        TryDispatchRouted(step, context, out var outcome) ? outcome : NoHandlerOutcome(step);

    private static ValueTask<StepResult> NoHandlerOutcome(ProvisioningStep step) =>
        new(StepResult.Fail(NoHandler(step.GetType())));

    /// <summary>Why a step of <paramref name="stepType"/> failed when no handler is registered for it, and what to do.</summary>
    internal static string NoHandler(Type stepType) =>
        $"No [StepHandler] method handles {stepType.FullName} steps; add one static method taking ({stepType.Name} step, StepContext context).";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryDispatchRouted(ProvisioningStep step, StepContext context, out ValueTask<StepResult> outcome)
    {
        var routing = _routing;
        if (routing.Routes.TryGetValue(step.GetType(), out var routed))
        {
            return routed.TryDispatch(step, context, out outcome) || AskInTurn(routing, routed, step, context, out outcome);
        }

        return AskInTurn(routing, alreadyAsked: null, step, context, out outcome);
    }

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
