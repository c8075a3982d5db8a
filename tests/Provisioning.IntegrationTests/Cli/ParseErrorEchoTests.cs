using System;
using System.Linq;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// System.CommandLine's parse errors quote the argument as typed: the CLI prints them escaped on one line and clipped,
/// so an argument holding "\nerror PRV0000: forged" cannot print a line a build log would read as an error.
/// </summary>
public sealed class ParseErrorEchoTests
{
    private const string Forged = "--x\nerror PRV0000: forged";

    [Fact]
    public void An_unknown_argument_with_a_line_break_is_reported_on_one_line()
    {
        var run = CliRun.Of("plan", Forged);

        Assert.True(run.ExitCode == 2, run.ToString());
        AssertNoForgedLine(run.Error);
        Assert.Contains("--x\\nerror PRV0000: forged", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_json_the_failure_text_holds_the_argument_escaped()
    {
        var run = CliRun.Of("plan", Forged, "--json");

        Assert.True(run.ExitCode == 2, run.ToString());
        AssertNoForgedLine(run.Error);
        var error = run.Json().GetProperty("error").GetString()!;
        Assert.DoesNotContain('\n', error);
        Assert.Contains("--x\\nerror PRV0000: forged", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_of_10000_characters_is_printed_clipped()
    {
        var run = CliRun.Of("plan", "--" + new string('x', 10_000));

        Assert.True(run.ExitCode == 2, run.ToString());
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        // "provision: " (11) + at most 200 characters of the message + "... (10,0xx characters)": well under 300.
        Assert.All(lines, l => Assert.True(l.Length < 300, l.Length + " characters"));
        Assert.Contains(lines, l => l.Contains("characters)", StringComparison.Ordinal));
    }

    private static void AssertNoForgedLine(string error) =>
        Assert.DoesNotContain(error.Split('\n').Select(l => l.TrimStart()), l => l.StartsWith("error PRV0000", StringComparison.Ordinal));
}
