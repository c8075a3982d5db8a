namespace Provisioning.IntegrationTests.Cli;

public sealed class HelpTests
{
    [Fact]
    public void Root_help_lists_the_commands_a_quick_start_and_the_exit_codes()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("plan", run.Output);
        Assert.Contains("validate", run.Output);
        Assert.Contains("sample-data", run.Output);
        Assert.Contains("run", run.Output);
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
