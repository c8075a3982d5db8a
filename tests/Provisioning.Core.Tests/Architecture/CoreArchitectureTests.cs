using System;
using System.Collections.Generic;
using System.Linq;
using NetArchTest.Rules;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Architecture;

/// <summary>
/// Rules on Provisioning.Core's folders (the namespaces under <c>Provisioning.</c>, sub-namespaces counted with their
/// folder): no two folders depend on each other, directly or around a loop, and step handlers reach the session only
/// through the Steps workspace abstraction.
/// </summary>
public sealed class CoreArchitectureTests
{
    private static readonly System.Reflection.Assembly Core = typeof(ProvisioningStep).Assembly;

    [Fact]
    public void Core_has_no_namespace_cycle()
    {
        var cycles = NamespaceCycles.Find(Core, []);

        Assert.True(cycles.Count == 0, "Namespace cycles in Provisioning.Core:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void Step_handlers_do_not_reach_into_the_session()
    {
        var result = Types.InAssembly(Core)
            .That().ResideInNamespace("Provisioning.Steps")
            .ShouldNot().HaveDependencyOn("Provisioning.Session")
            .GetResult();

        Assert.True(result.IsSuccessful, "Steps types that use Provisioning.Session: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_cycle_finder_reports_a_loop_and_the_types_that_close_it()
    {
        // A graph with Execution -> Session -> Execution and Planning -> Steps (no loop).
        var edges = new Dictionary<string, IReadOnlyList<string>>
        {
            ["Provisioning.Execution"] = ["Provisioning.Session"],
            ["Provisioning.Session"] = ["Provisioning.Execution"],
            ["Provisioning.Planning"] = ["Provisioning.Steps"],
            ["Provisioning.Steps"] = [],
        };

        var cycles = NamespaceCycles.InGraph(edges);

        Assert.Equal(["Provisioning.Execution -> Provisioning.Session -> Provisioning.Execution"], cycles);
    }
}
