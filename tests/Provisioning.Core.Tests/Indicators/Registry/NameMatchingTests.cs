using System;
using System.Linq;
using Provisioning.Indicators;
using Provisioning.Indicators.__Internals;
using Provisioning.Indicators.Registry;

namespace Provisioning.Core.Tests.Indicators.Registry;

/// <summary>
/// Names and parameter names match case-insensitively, in any order: spelled as declared they take the catalog's
/// ordinal lookups, spelled otherwise its case-insensitive ones, with the same results and the same failures.
/// </summary>
public sealed class NameMatchingTests
{
    [Theory]
    [InlineData("triple")]
    [InlineData("TRIPLE")]
    [InlineData("Triple")]
    [InlineData("tRiPlE")]
    public void The_indicator_name_matches_in_any_case(string name)
    {
        var triple = Triple();
        var catalog = new IndicatorCatalog([triple, Descriptor("twin", "x")]);

        Assert.True(catalog.TryGet(name, out var found));
        Assert.Same(triple, found);
        Assert.Equal([1d, 2d, 3d], Values(catalog.Create(name, [new("a", 1), new("b", 2), new("c", 3)])));
    }

    [Theory]
    [InlineData("a", "b", "c")]
    [InlineData("A", "B", "C")]
    [InlineData("a", "B", "c")]
    public void Parameter_names_match_in_any_case_and_any_order(string a, string b, string c)
    {
        var catalog = new IndicatorCatalog([Triple()]);

        Assert.Equal([1d, 2d, 3d], Values(catalog.Create("triple", [new(a, 1), new(b, 2), new(c, 3)])));
        Assert.Equal([1d, 2d, 3d], Values(catalog.Create("triple", [new(c, 3), new(a, 1), new(b, 2)])));

        // c is optional (default 30).
        Assert.Equal([1d, 2d, 30d], Values(catalog.Create("triple", [new(b, 2), new(a, 1)])));
    }

    [Fact]
    public void A_parameter_given_twice_in_different_cases_is_given_twice()
    {
        var catalog = new IndicatorCatalog([Triple()]);

        var created = catalog.Create("triple", [new("a", 1), new("b", 2), new("A", 4)]);

        Assert.Equal(IndicatorError.DuplicateParameter, created.Error);
        Assert.Equal("triple a is given more than once.", created.Reason);
    }

    [Fact]
    public void Every_problem_is_still_reported_when_names_are_spelled_as_declared()
    {
        var catalog = new IndicatorCatalog([Triple()]);

        var created = catalog.Create("triple", [new("b", 0), new("d", 1)]);

        Assert.Equal(IndicatorError.InvalidValue, created.Error);
        Assert.Equal(
            "triple b = 0 is below its minimum 1 (allowed: 1 to 10); "
            + "triple has no parameter \"d\"; its parameters are: int a [1, 10], int b [1, 10], int c = 30 [1, 100]; "
            + "triple needs a (int a [1, 10]).",
            created.Reason);
    }

    [Fact]
    public void A_descriptor_whose_parameter_names_differ_only_in_case_is_refused()
    {
        // Hand-made (the generator refuses such a declaration too): names match ignoring case, so "K" could not tell k
        // from K.
        var refused = Assert.Throws<ArgumentException>(() => Descriptor("pair", "x", "k", "K"));

        Assert.Equal("parameters", refused.ParamName);
        Assert.StartsWith(
            "Parameters k and K of indicator pair differ only by case; configs match parameter names ignoring case, so give them names that differ otherwise.",
            refused.Message);
    }

    [Fact]
    public void Names_that_share_a_length_and_their_first_and_last_letters_are_all_found()
    {
        // "a0z" … "a9z" differ only in their middle letter, which a string lookup keyed on length and ends cannot tell apart.
        var names = Enumerable.Range(0, 10).Select(i => $"a{i}z").ToArray();
        var descriptors = names.Select(n => Descriptor(n, "x")).ToArray();
        var catalog = new IndicatorCatalog(descriptors);

        for (var i = 0; i < names.Length; i++)
        {
            Assert.True(catalog.TryGet(names[i], out var exact));
            Assert.Same(descriptors[i], exact);
            Assert.True(catalog.TryGet(names[i].ToUpperInvariant(), out var upper));
            Assert.Same(descriptors[i], upper);
        }

        Assert.False(catalog.TryGet("a0y", out _));
        Assert.False(catalog.TryGet("a10z", out _));
        Assert.False(catalog.TryGet(string.Empty, out _));
        Assert.False(catalog.TryGet(null, out _));
    }

    [Fact]
    public void More_parameters_than_fit_on_the_stack_bind_by_name()
    {
        // 64 parameters p0 … p63 (the most allowed), every one given, in reverse order and upper case.
        var names = Enumerable.Range(0, IndicatorDescriptor.MaxParameters).Select(i => "p" + i).ToArray();
        var catalog = new IndicatorCatalog([Descriptor("wide", names)]);
        var given = names.Select((n, i) => new IndicatorParameter(n.ToUpperInvariant(), 1 + (i % 10))).Reverse().ToArray();

        var values = Values(catalog.Create("wide", given));

        Assert.Equal(names.Select((_, i) => 1d + (i % 10)), values);
        var missing = catalog.Create("wide", given.Skip(1).ToArray());
        Assert.Equal(IndicatorError.MissingParameter, missing.Error);
        Assert.Equal("wide needs p63 (int p63 [1, 10]).", missing.Reason);
    }

    private static IndicatorDescriptor Triple() =>
        new(
            "triple",
            typeof(Recorded),
            PriceInput.Close,
            [
                new IndicatorParameterDefinition("a", IndicatorParameterKind.Integer, 1, 10),
                new IndicatorParameterDefinition("b", IndicatorParameterKind.Integer, 1, 10),
                new IndicatorParameterDefinition("c", IndicatorParameterKind.Integer, 1, 100, 30),
            ],
            _ => 0,
            Record);

    private static IndicatorDescriptor Descriptor(string name, params string[] parameters) =>
        new(
            name,
            typeof(Recorded),
            PriceInput.Close,
            parameters.Select(p => new IndicatorParameterDefinition(p, IndicatorParameterKind.Integer, 1, 10)).ToArray(),
            _ => 0,
            Record);

    private static Recorded Record(IndicatorArguments arguments)
    {
        var values = new double[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments.Double(i);
        }

        return new Recorded(values);
    }

    private static double[] Values(IndicatorResult<IIndicator> created)
    {
        Assert.True(created.Success, created.Reason);
        return Assert.IsType<Recorded>(created.Value).Values;
    }

    private sealed class Recorded(double[] values) : IIndicator
    {
        public double[] Values { get; } = values;

        public bool IsReady => true;

        public double Value => 0;

        public void Update(in Provisioning.Data.Bar bar)
        {
        }

        public void Reset()
        {
        }
    }
}
