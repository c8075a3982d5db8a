using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Provisioning.Config;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// The indicators each referenced assembly declares, read once per assembly build (its module version id) and kept for
/// later compilations in the same process: the compiler server and the IDE analyze every compilation afresh, and
/// walking a referenced assembly's types binds every type's attributes, which was most of the analyzers' time in a
/// small project's build. At most <see cref="Capacity"/> assemblies are kept (the oldest is dropped first); an
/// assembly without metadata (a project reference in the IDE) is read every time.
/// </summary>
internal sealed class ReferencedIndicatorCache
{
    private readonly object _gate = new();
    private readonly Dictionary<Guid, IReadOnlyList<ReferencedIndicator>> _byModuleVersion = [];
    private readonly Queue<Guid> _oldestFirst = new();
    private int _reads;

    public ReferencedIndicatorCache(int capacity)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "At least one assembly.");
        }

        Capacity = capacity;
    }

    /// <summary>The cache the analyzers share.</summary>
    public static ReferencedIndicatorCache Shared { get; } = new(capacity: 64);

    /// <summary>The most assemblies kept.</summary>
    public int Capacity { get; }

    /// <summary>How many assemblies are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byModuleVersion.Count;
            }
        }
    }

    /// <summary>How many times an assembly's types were walked (a kept assembly is not walked again).</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>The indicators <paramref name="assembly"/> declares, nested classes included.</summary>
    public IReadOnlyList<ReferencedIndicator> For(IAssemblySymbol assembly, CancellationToken cancellationToken)
    {
        var key = ModuleVersionId(assembly);
        if (key is { } id)
        {
            lock (_gate)
            {
                if (_byModuleVersion.TryGetValue(id, out var kept))
                {
                    return kept;
                }
            }
        }

        Interlocked.Increment(ref _reads);
        var read = Read(assembly, cancellationToken);
        if (key is { } newId)
        {
            lock (_gate)
            {
                if (!_byModuleVersion.ContainsKey(newId))
                {
                    while (_byModuleVersion.Count >= Capacity)
                    {
                        _byModuleVersion.Remove(_oldestFirst.Dequeue());
                    }

                    _byModuleVersion.Add(newId, read);
                    _oldestFirst.Enqueue(newId);
                }
            }
        }

        return read;
    }

    /// <summary>The id of the assembly's one module's build, or null when there is none to read (or several modules).</summary>
    private static Guid? ModuleVersionId(IAssemblySymbol assembly)
    {
        var modules = assembly.Modules.ToList();
        if (modules.Count != 1)
        {
            return null;
        }

        try
        {
            return modules[0].GetMetadata()?.GetModuleVersionId();
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    private static IReadOnlyList<ReferencedIndicator> Read(IAssemblySymbol assembly, CancellationToken cancellationToken)
    {
        var found = new List<ReferencedIndicator>();
        foreach (var indicator in VisibleIndicators.Declared(assembly.GlobalNamespace, fromSource: false, cancellationToken))
        {
            var declared = IndicatorDeclarationReader.Read(indicator.Type, cancellationToken).Model is { } model
                ? new DeclaredIndicator(
                    model.Name,
                    model.Parameters.Select(p => new DeclaredIndicatorParameter(p.Name, p.Min, p.Max, p.IsInteger, p.HasDefault)).ToArray())
                : null;
            found.Add(new ReferencedIndicator(indicator.Name, indicator.Type.ToDisplayString(), assembly.Name, declared));
        }

        return found.ToArray();
    }
}
