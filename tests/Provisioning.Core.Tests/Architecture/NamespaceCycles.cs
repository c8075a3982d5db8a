using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NetArchTest.Rules;

namespace Provisioning.Core.Tests.Architecture;

/// <summary>
/// Finds loops between an assembly's folders: the namespaces one level under <c>Provisioning.</c> (a sub-namespace
/// such as <c>Provisioning.Steps.__Internals</c> counts with its folder). Edges come from NetArchTest's dependency
/// search over the IL, so a <c>cref</c> in a doc comment does not count and a type named in a signature does.
/// </summary>
internal static class NamespaceCycles
{
    /// <summary>
    /// Each loop in <paramref name="assembly"/> as "A -> B -> A", with the types of each edge; the edges in
    /// <paramref name="ignored"/> (from, to) are left out of the graph.
    /// </summary>
    public static IReadOnlyList<string> Find(Assembly assembly, IReadOnlyCollection<(string From, string To)> ignored)
    {
        var folders = Types.InAssembly(assembly).GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith("Provisioning.", System.StringComparison.Ordinal))
            .Select(n => "Provisioning." + n!.Split('.')[1])
            .Distinct()
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToList();
        var edges = new Dictionary<string, IReadOnlyList<string>>();
        var why = new Dictionary<(string, string), string>();
        foreach (var from in folders)
        {
            var targets = new List<string>();
            foreach (var to in folders.Where(f => f != from && !ignored.Contains((from, f))))
            {
                var result = Types.InAssembly(assembly)
                    .That().ResideInNamespace(from)
                    .ShouldNot().HaveDependencyOn(to)
                    .GetResult();
                if (!result.IsSuccessful)
                {
                    targets.Add(to);
                    why[(from, to)] = string.Join(", ", result.FailingTypeNames.Take(3));
                }
            }

            edges[from] = targets;
        }

        return InGraph(edges).Select(cycle => cycle + "  (" + string.Join("; ", Pairs(cycle).Select(p => p.From + " -> " + p.To + ": " + why[p])) + ")").ToList();
    }

    /// <summary>Each elementary loop of <paramref name="edges"/> once, starting at its smallest node, as "A -> B -> A".</summary>
    public static IReadOnlyList<string> InGraph(IReadOnlyDictionary<string, IReadOnlyList<string>> edges)
    {
        var cycles = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var start in edges.Keys)
        {
            Walk(start, start, [start], edges, cycles);
        }

        return cycles.ToList();
    }

    // Depth-first from start over nodes greater than start, so each loop is found once, from its smallest node.
    private static void Walk(string start, string at, List<string> path, IReadOnlyDictionary<string, IReadOnlyList<string>> edges, SortedSet<string> cycles)
    {
        foreach (var next in edges.TryGetValue(at, out var targets) ? targets : [])
        {
            if (next == start)
            {
                cycles.Add(string.Join(" -> ", path) + " -> " + start);
            }
            else if (string.CompareOrdinal(next, start) > 0 && !path.Contains(next))
            {
                path.Add(next);
                Walk(start, next, path, edges, cycles);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private static IEnumerable<(string From, string To)> Pairs(string cycle)
    {
        var nodes = cycle.Split(" -> ");
        for (var i = 0; i + 1 < nodes.Length; i++)
        {
            yield return (nodes[i], nodes[i + 1]);
        }
    }
}
