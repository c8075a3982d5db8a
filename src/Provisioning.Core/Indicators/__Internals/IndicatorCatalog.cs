using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Provisioning.Indicators.Registry;
using Provisioning.Intervals;
using Provisioning.Text;

namespace Provisioning.Indicators.__Internals;

/// <summary>
/// Every indicator the running program declares, by name: looks them up, checks parameters against their declared
/// ranges, and creates them, without reflection. <see cref="Default"/> fills itself: each assembly that declares
/// indicators (Core's built-ins included) registers its generated descriptors from a module initializer when it loads.
/// Names match case-insensitively. Failures are <see cref="IndicatorResult{T}"/>s with a reason, never exceptions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class IndicatorCatalog
{
    private readonly object _gate = new();
    private volatile Contents _contents = Contents.Empty;

    /// <summary>An empty catalog; fill it with <see cref="Register"/>.</summary>
    public IndicatorCatalog()
    {
    }

    /// <summary>A catalog of the given indicators (for tests and hosts that choose their own set).</summary>
    public IndicatorCatalog(IEnumerable<IndicatorDescriptor> descriptors)
    {
        Register(descriptors);
    }

    /// <summary>The indicators of every loaded assembly, registered by generated module initializers.</summary>
    public static IndicatorCatalog Default { get; } = new();

    /// <summary>The registered indicators, ordered by name.</summary>
    public IReadOnlyList<IndicatorDescriptor> Descriptors => _contents.Ordered;

    /// <summary>
    /// Registrations refused because another indicator type already has the name, one sentence each. Empty when every
    /// name is unique (the analyzers make that a build error within one project: PRV0005).
    /// </summary>
    public IReadOnlyList<string> Conflicts => _contents.Conflicts;

    /// <summary>
    /// Adds indicators. A name that is already registered for another type is refused and listed in
    /// <see cref="Conflicts"/>; registering the same type again changes nothing. Thread-safe.
    /// </summary>
    public void Register(IEnumerable<IndicatorDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        lock (_gate)
        {
            var current = _contents;
            var byName = new Dictionary<string, IndicatorDescriptor>(current.ByName, StringComparer.OrdinalIgnoreCase);
            var conflicts = current.Conflicts.ToList();
            foreach (var descriptor in descriptors)
            {
                ArgumentNullException.ThrowIfNull(descriptor);
                if (!byName.TryGetValue(descriptor.Name, out var existing))
                {
                    byName.Add(descriptor.Name, descriptor);
                }
                else if (existing.IndicatorType != descriptor.IndicatorType)
                {
                    conflicts.Add(
                        $"Indicator name \"{descriptor.Name}\" of {descriptor.IndicatorType.FullName} is already used by "
                        + $"{existing.IndicatorType.FullName}; {descriptor.IndicatorType.Name} is not registered. Give one of them another name.");
                }
            }

            _contents = new Contents(byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), conflicts.ToArray());
        }
    }

    /// <summary>The indicator named <paramref name="name"/> (case-insensitive).</summary>
    internal bool TryGet(string? name, [NotNullWhen(true)] out IndicatorDescriptor? descriptor)
    {
        descriptor = null;
        if (name is null)
        {
            return false;
        }

        // Names are unique ignoring case, so a name spelled as declared finds the same indicator the case-insensitive
        // lookup would; the ordinal lookup is the cheaper one, and the usual spelling.
        var contents = _contents;
        return contents.ByExactName.TryGetValue(name, out descriptor) || contents.ByName.TryGetValue(name, out descriptor);
    }

    /// <summary>The indicator named <paramref name="name"/>, or why there is none (with the closest declared name).</summary>
    internal IndicatorResult<IndicatorDescriptor> Find(string? name)
    {
        if (TryGet(name, out var descriptor))
        {
            return IndicatorResult<IndicatorDescriptor>.Ok(descriptor);
        }

        var contents = _contents;
        var known = contents.Ordered.Count == 0 ? "none" : string.Join(", ", contents.Ordered.Select(d => d.Name));
        var closest = name is null ? null : Closest(name, contents.Ordered);
        return IndicatorResult<IndicatorDescriptor>.Fail(
            IndicatorError.UnknownName,
            $"No indicator is named {EchoedText.Quote(name)}{(closest is null ? string.Empty : $"; did you mean \"{closest}\"?")} Declared indicators: {known}.");
    }

    /// <summary>
    /// The spec of indicator <paramref name="name"/> with named parameter values on bars of an interval written as text:
    /// the path of session configs and generated <c>Add…Async</c> methods. Every problem is reported at once.
    /// </summary>
    internal IndicatorResult<IndicatorSpec> ResolveSpec(string? name, IReadOnlyList<IndicatorParameter> parameters, string? interval)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var parsed = IntervalParser.Parse(interval);
        var found = Find(name);
        if (!found.Success)
        {
            return parsed.Success
                ? found.AsFailure<IndicatorSpec>()
                : IndicatorResult<IndicatorSpec>.Fail(found.Error, found.Reason + " " + parsed.Reason);
        }

        var bound = found.Value.Bind(parameters);
        if (!bound.Success)
        {
            return parsed.Success
                ? bound.AsFailure<IndicatorSpec>()
                : IndicatorResult<IndicatorSpec>.Fail(bound.Error, bound.Reason + " " + parsed.Reason);
        }

        return parsed.Success
            ? IndicatorResult<IndicatorSpec>.Ok(bound.Value.On(parsed.Interval))
            : IndicatorResult<IndicatorSpec>.Fail(IndicatorError.InvalidInterval, parsed.Reason!);
    }

    /// <summary>The spec of indicator <paramref name="name"/> with named parameter values on bars of <paramref name="interval"/>.</summary>
    internal IndicatorResult<IndicatorSpec> ResolveSpec(string? name, IReadOnlyList<IndicatorParameter> parameters, Interval interval)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (interval.IsDefault)
        {
            return IndicatorResult<IndicatorSpec>.Fail(IndicatorError.InvalidInterval, "An interval is required, such as 5m.");
        }

        var found = Find(name);
        if (!found.Success)
        {
            return found.AsFailure<IndicatorSpec>();
        }

        var bound = found.Value.Bind(parameters);
        return bound.Success ? IndicatorResult<IndicatorSpec>.Ok(bound.Value.On(interval)) : bound.AsFailure<IndicatorSpec>();
    }

    /// <summary>
    /// Checks a spec built elsewhere (by hand, or loaded) against the declaration: the name is registered, the
    /// parameters are valid, and the warm-up and input are what the declaration computes. Gives the declared spec.
    /// </summary>
    internal IndicatorResult<IndicatorSpec> Validate(IndicatorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var resolved = ResolveSpec(spec.Name, spec.Parameters, spec.Interval);
        if (!resolved.Success)
        {
            return resolved;
        }

        if (resolved.Value.WarmupBars != spec.WarmupBars || resolved.Value.Input != spec.Input)
        {
            return IndicatorResult<IndicatorSpec>.Fail(
                IndicatorError.SpecMismatch,
                $"{EchoedText.Inline(spec.Key)} says warm-up {spec.WarmupBars} bars on {spec.Input}, but its declaration gives "
                + $"{resolved.Value.WarmupBars} bars on {resolved.Value.Input}; build specs with {EchoedText.Inline(spec.Name)}'s generated Spec(...).");
        }

        return resolved;
    }

    /// <summary>Creates the indicator a spec describes (for the step that registers it).</summary>
    internal IndicatorResult<IIndicator> Create(IndicatorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Create(spec.Name, spec.Parameters);
    }

    /// <summary>Creates indicator <paramref name="name"/> from named parameter values.</summary>
    internal IndicatorResult<IIndicator> Create(string? name, IReadOnlyList<IndicatorParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return TryGet(name, out var descriptor) ? descriptor.Create(parameters) : Find(name).AsFailure<IIndicator>();
    }

    private static string? Closest(string name, IReadOnlyList<IndicatorDescriptor> known) =>
        NameSuggestion.Closest(name, known.Select(d => d.Name));

    private sealed class Contents
    {
        public static readonly Contents Empty = new(
            FrozenDictionary<string, IndicatorDescriptor>.Empty.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            []);

        public Contents(FrozenDictionary<string, IndicatorDescriptor> byName, string[] conflicts)
        {
            ByName = byName;
            ByExactName = byName.ToFrozenDictionary(entry => entry.Value.Name, entry => entry.Value, StringComparer.Ordinal);
            Conflicts = conflicts;
            Ordered = byName.Values.OrderBy(d => d.Name, StringComparer.Ordinal).ToArray();
        }

        public FrozenDictionary<string, IndicatorDescriptor> ByName { get; }

        /// <summary>The same indicators by their names exactly as declared.</summary>
        public FrozenDictionary<string, IndicatorDescriptor> ByExactName { get; }

        public IReadOnlyList<IndicatorDescriptor> Ordered { get; }

        public IReadOnlyList<string> Conflicts { get; }
    }
}
