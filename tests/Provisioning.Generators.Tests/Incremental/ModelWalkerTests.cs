using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Provisioning.Generators.Tests.Incremental;

/// <summary>The walker that guards pipeline models must itself find what it looks for.</summary>
public sealed class ModelWalkerTests
{
    private sealed record Holder(string Name, object Inner);

    [Fact]
    public void Finds_a_location_nested_in_a_record_in_an_array()
    {
        var walker = new ModelWalker();
        walker.Visit(new[] { new Holder("a", new Holder("b", Location.None)) }, "root");

        Assert.Equal(["root[0].<Inner>k__BackingField.<Inner>k__BackingField: " + Location.None.GetType().FullName], walker.Forbidden);
    }

    [Fact]
    public void Finds_a_syntax_node_and_a_compilation()
    {
        var walker = new ModelWalker();
        walker.Visit(new Holder("a", SyntaxFactory.IdentifierName("x")), "first");
        walker.Visit(new Holder("b", CSharpCompilation.Create("c")), "second");

        Assert.Equal(2, walker.Forbidden.Count);
    }

    [Fact]
    public void Accepts_plain_values()
    {
        var walker = new ModelWalker();
        walker.Visit(new Holder("a", new[] { 1, 2 }), "root");

        Assert.Empty(walker.Forbidden);
    }
}
