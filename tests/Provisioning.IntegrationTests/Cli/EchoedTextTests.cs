using System;
using System.Linq;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// Text from a session config is printed escaped and clipped: a value holding "\nerror PRV0000: forged" cannot print
/// a line of its own that a build log or CI annotation would read as an error.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class EchoedTextTests
{
    private readonly SampleDataFixture _sample;

    public EchoedTextTests(SampleDataFixture sample)
    {
        _sample = sample;
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("validate")]
    public void A_derived_interval_with_a_line_break_is_reported_on_one_line(string command)
    {
        var config = _sample.WriteConfig("""
            {
              "symbols": ["AAPL"],
              "derivedIntervals": ["5m\nerror PRV0000: forged"]
            }
            """);

        var run = CliRun.Of(command, "--config", config, "--data", _sample.DataRoot);

        Assert.Equal(1, run.ExitCode);
        AssertNoForgedLine(run);
        var lines = Lines(run.Error);
        Assert.Contains(lines, l => l.StartsWith(config + ":3:24: error PRV0008: \"5m\\nerror PRV0000: forged\" has an unknown unit", StringComparison.Ordinal));
    }

    [Fact]
    public void An_interval_of_10000_characters_is_printed_clipped()
    {
        var config = _sample.WriteConfig("{ \"symbols\": [\"AAPL\"], \"derivedIntervals\": [\"5" + new string('x', 10_000) + "\"] }");

        var run = CliRun.Of("plan", "--config", config, "--data", _sample.DataRoot);

        Assert.Equal(1, run.ExitCode);
        var issue = Assert.Single(Lines(run.Error), l => l.Contains("error PRV0008", StringComparison.Ordinal));
        Assert.Contains("\"5" + new string('x', 63) + "...\" (10,001 characters)", issue, StringComparison.Ordinal);
        Assert.True(issue.Length < config.Length + 600, issue.Length + " characters");
    }

    [Fact]
    public void A_data_root_with_a_line_break_is_printed_on_one_line()
    {
        var config = _sample.WriteConfig("""
            {
              "symbols": ["AAPL"],
              "data": { "root": "nowhere\nerror PRV0000: forged" }
            }
            """);

        var run = CliRun.Of("plan", "--config", config);

        Assert.Equal(2, run.ExitCode);
        AssertNoForgedLine(run);
        Assert.Contains("nowhere\\nerror PRV0000: forged", run.Error, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    private static void AssertNoForgedLine(CliRun run)
    {
        Assert.DoesNotContain(Lines(run.Error).Concat(Lines(run.Output)), l => l.TrimStart().StartsWith("error PRV0000", StringComparison.Ordinal));
        Assert.False(run.HasStackTrace, run.ToString());
    }
}
