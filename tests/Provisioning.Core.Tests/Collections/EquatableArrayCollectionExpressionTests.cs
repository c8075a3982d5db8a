using Provisioning.Collections;

namespace Provisioning.Core.Tests.Collections;

/// <summary>Collection expressions build equatable arrays with their elements (not through the non-mutating Add).</summary>
public sealed class EquatableArrayCollectionExpressionTests
{
    [Fact]
    public void A_collection_expression_keeps_its_elements_in_order()
    {
        EquatableArray<int> array = [3, 1, 2];

        Assert.Equal(3, array.Count);
        Assert.Equal([3, 1, 2], array);
        Assert.Equal(EquatableArray<int>.Of(3, 1, 2), array);
    }

    [Fact]
    public void An_empty_collection_expression_is_the_empty_array()
    {
        EquatableArray<string> array = [];

        Assert.True(array.IsEmpty);
        Assert.Equal(EquatableArray<string>.Empty, array);
    }
}
