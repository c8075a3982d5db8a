using System;
using System.Linq;

namespace Provisioning.IntegrationTests.Cli;

public sealed class HelpTests
{
    [Fact]
    public void Root_help_lists_the_commands_a_quick_start_and_the_exit_codes()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);

        // The command list System.CommandLine prints (two spaces, the name, a column gap, its description), not the
        // quick start below it, which names every command too.
        var commands = run.Output.Split('\n')
            .SkipWhile(line => !line.StartsWith("Commands:", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal))
            .Select(line => line.Trim().Split(' ')[0])
            .ToArray();
        Assert.Equal(["plan", "validate", "run", "sample-data"], commands);
        Assert.Contains("provision sample-data --out demo", run.Output);
        Assert.Contains("Exit codes:", run.Output);
        Assert.Contains("3  unexpected error", run.Output);
    }

    [Theory]
    [InlineData("plan", "provision plan --config session.json --at 2024-11-26T09:30")]
    [InlineData("validate", "--min-quality 99.5")]
    [InlineData("run", "provision run --config session.json --date 2024-11-26")]
    [InlineData("sample-data", "provision sample-data --out demo")]
    public void Command_help_teaches_with_examples_and_needs_no_other_option(string command, string example)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Output);
        Assert.Contains(example, run.Output);
        Assert.Equal(string.Empty, run.Error);
    }
}
