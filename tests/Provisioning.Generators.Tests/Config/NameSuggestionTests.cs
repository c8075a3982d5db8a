using Provisioning.Config;
using Provisioning.Text;

namespace Provisioning.Generators.Tests.Config;

public sealed class NameSuggestionTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("symbol", "symbols", 1)]
    [InlineData("warmupMultipler", "warmupMultiplier", 1)]
    [InlineData("sterams", "streams", 1)] // adjacent swap counts once
    [InlineData("", "data", 4)]
    public void Distance_counts_edits(string a, string b, int expected) =>
        Assert.Equal(expected, NameSuggestion.Distance(a, b));

    [Theory]
    [InlineData("derived_intervals", "derivedIntervals")]
    [InlineData("SYMBOLS", "symbols")]
    [InlineData("histroical", "historical")]
    public void Closest_finds_the_intended_key(string typed, string expected) =>
        Assert.Equal(expected, NameSuggestion.Closest(typed, new[] { "symbols", "derivedIntervals", "historical", "data" }));

    [Fact]
    public void Nothing_is_suggested_when_nothing_is_close() =>
        Assert.Null(NameSuggestion.Closest("venue", new[] { "symbols", "streams", "data" }));
}
