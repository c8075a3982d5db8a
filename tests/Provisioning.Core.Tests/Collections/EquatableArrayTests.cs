using System;
using System.Collections.Generic;
using Provisioning.Collections;

namespace Provisioning.Core.Tests.Collections;

public sealed class EquatableArrayTests
{
    private sealed record Holder(string Name, EquatableArray<string> Items);

    [Fact]
    public void Arrays_with_the_same_elements_are_equal_and_hash_alike()
    {
        var left = new EquatableArray<string>(new List<string> { "1m", "5m" });
        var right = EquatableArray<string>.Of("1m", "5m");

        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.False(left != right);
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Order_and_length_matter()
    {
        var ab = EquatableArray<string>.Of("a", "b");

        Assert.NotEqual(ab, EquatableArray<string>.Of("b", "a"));
        Assert.NotEqual(ab, EquatableArray<string>.Of("a"));
        Assert.NotEqual(ab, EquatableArray<string>.Of("a", "b", "c"));
        Assert.False(ab.Equals("a,b"));
    }

    [Fact]
    public void Default_empty_and_an_empty_copy_are_the_same_value()
    {
        var fromDefault = default(EquatableArray<int>);
        var fromEmptyList = new EquatableArray<int>(new List<int>());

        Assert.Equal(EquatableArray<int>.Empty, fromDefault);
        Assert.Equal(fromDefault, fromEmptyList);
        Assert.Equal(fromDefault.GetHashCode(), fromEmptyList.GetHashCode());
        Assert.True(fromDefault.IsEmpty);
        Assert.Empty(fromDefault);
        Assert.Equal("[]", fromDefault.ToString());
    }

    [Fact]
    public void Records_holding_arrays_compare_by_value()
    {
        var first = new Holder("AAPL", EquatableArray<string>.Of("1m", "5m"));
        var second = new Holder("AAPL", new EquatableArray<string>(new[] { "1m", "5m" }));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Items = second.Items.Append("15m") });
    }

    [Fact]
    public void The_array_does_not_change_when_its_source_or_a_copy_changes()
    {
        var source = new List<string> { "1m" };
        var parameters = new[] { "a", "b" };
        var fromList = new EquatableArray<string>(source);
        var fromParams = EquatableArray<string>.Of(parameters);

        source.Add("5m");
        parameters[0] = "z";
        var longer = fromList.Append("15m");

        Assert.Equal(new[] { "1m" }, fromList);
        Assert.Equal(new[] { "a", "b" }, fromParams);
        Assert.Equal(new[] { "1m", "15m" }, longer);
    }

    [Fact]
    public void Indexer_reads_elements_and_refuses_out_of_range()
    {
        var array = EquatableArray<int>.Of(3, 4);

        Assert.Equal(3, array[0]);
        Assert.Equal(4, array[1]);
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => EquatableArray<int>.Empty[0]);
        Assert.ThrowsAny<IndexOutOfRangeException>(() => array[2]);
    }

    [Fact]
    public void ToString_lists_the_elements()
    {
        Assert.Equal("[1m, 5m]", EquatableArray<string>.Of("1m", "5m").ToString());
    }

    [Fact]
    public void A_collection_expression_holds_its_elements()
    {
        EquatableArray<string> symbols = ["AAPL", "MSFT"];
        EquatableArray<string> none = [];

        Assert.Equal(new[] { "AAPL", "MSFT" }, symbols);
        Assert.True(none.IsEmpty);
    }
}
