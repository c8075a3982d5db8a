using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Execution.Dispatch;
using Provisioning.Planning;

namespace Provisioning.Core.Tests.Execution.Dispatch;

/// <summary>The immutable route table behind <see cref="StepDispatcher"/>: growth, probing, copies.</summary>
public sealed class StepRouteTableTests
{
    [Fact]
    public void Finds_every_route_of_a_table_grown_well_past_its_first_capacity()
    {
        // 300 distinct types: the table starts at 8 slots, so it grows several times and probes past collisions.
        var types = typeof(object).Assembly.GetExportedTypes().Where(t => !t.IsGenericTypeDefinition).Take(300).ToArray();
        Assert.Equal(300, types.Length);
        var dispatchers = types.Select(_ => new NoDispatcher()).ToArray();

        var table = StepRouteTable.Empty;
        for (var i = 0; i < types.Length; i++)
        {
            table = table.With(types[i], dispatchers[i]);
        }

        Assert.Equal(300, table.Count);
        for (var i = 0; i < types.Length; i++)
        {
            Assert.Same(dispatchers[i], table.Find(types[i].TypeHandle.Value));
        }

        Assert.Null(table.Find(typeof(StepRouteTableTests).TypeHandle.Value));
    }

    [Fact]
    public void Adding_a_route_leaves_the_table_it_was_added_to_unchanged()
    {
        var dispatcher = new NoDispatcher();
        var one = StepRouteTable.Empty.With(typeof(RoutingAlpha), dispatcher);

        var two = one.With(typeof(RoutingBeta), dispatcher);

        Assert.Null(StepRouteTable.Empty.Find(typeof(RoutingAlpha).TypeHandle.Value));
        Assert.Null(one.Find(typeof(RoutingBeta).TypeHandle.Value));
        Assert.Same(dispatcher, two.Find(typeof(RoutingAlpha).TypeHandle.Value));
        Assert.Same(dispatcher, two.Find(typeof(RoutingBeta).TypeHandle.Value));
        Assert.Equal((0, 1, 2), (StepRouteTable.Empty.Count, one.Count, two.Count));
    }

    private sealed class NoDispatcher : IStepDispatcher
    {
        public IReadOnlyList<Type> StepTypes { get; } = [];

        public bool TryDispatch(ProvisioningStep step, StepContext context, out ValueTask<StepOutcome> outcome)
        {
            outcome = default;
            return false;
        }
    }
}
