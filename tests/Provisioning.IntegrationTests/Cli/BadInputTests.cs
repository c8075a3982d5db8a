using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Cli.CommandLine;

namespace Provisioning.IntegrationTests.Cli;

[Collection(SampleDataCollection.Name)]
public sealed class BadInputTests
{
    private readonly SampleDataFixture _sample;

    public BadInputTests(SampleDataFixture sample)
    {
        _sample = sample;
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("validate")]
    public void A_missing_config_file_is_a_usage_error_that_names_the_file(string command)
    {
        var missing = _sample.NewPath("missing") + ".json";

        var run = CliRun.Of(command, "--config", missing, "--data", _sample.DataRoot);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
        Assert.Contains(Path.GetFileName(missing), run.Error);
        Assert.Equal(string.Empty, run.Output);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void Config_errors_are_reported_at_their_line_and_column_like_the_compiler_and_exit_with_1()
    {
        // Line 2: the key "symbls" starts at column 3. Line 3: `  "streams": ["1m", "7x"],` puts "7x" at column 21
        // (2 spaces, "streams" in quotes is 9 characters, then ": [", "1m" in quotes, ", ").
        var config = _sample.WriteConfig("""
            {
              "symbls": ["AAPL"],
              "streams": ["1m", "7x"]
            }
            """);
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, config);

        var run = CliRun.Of("plan", "--config", shown, "--data", _sample.DataRoot);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith(shown + ":2:3: error PRV0008: Unknown key \"symbls\"", StringComparison.Ordinal) && l.Contains("did you mean \"symbols\"?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(shown + ":3:21: error PRV0008: \"7x\"", StringComparison.Ordinal));
        Assert.Equal(string.Empty, run.Output);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void Config_errors_with_json_print_the_issues_as_json_on_standard_output()
    {
        var config = _sample.WriteConfig("""
            {
              "symbols": ["AAPL"],
              "indicators": [ { "name": "smaa", "interval": "5m", "parameters": { "period": 20 } } ]
            }
            """);

        var run = CliRun.Of("validate", "--config", config, "--data", _sample.DataRoot, "--json");

        Assert.Equal(1, run.ExitCode);
        var report = run.Json();
        Assert.False(report.GetProperty("ok").GetBoolean());
        Assert.Equal(1, report.GetProperty("exitCode").GetInt32());
        var issue = report.GetProperty("configIssues").EnumerateArray().Single();
        // "smaa" is on line 3 after `  "indicators": [ { "name": `: 2 spaces, "indicators" in quotes (12), ": [ { " (6),
        // "name" in quotes (6), ": " (2) = 28 characters, so the value starts at column 29.
        Assert.Equal(3, issue.GetProperty("line").GetInt32());
        Assert.Equal(29, issue.GetProperty("column").GetInt32());
        Assert.Equal("PRV0008", issue.GetProperty("code").GetString());
        Assert.Equal("indicators[0].name", issue.GetProperty("path").GetString());
        Assert.Contains("did you mean \"sma\"?", issue.GetProperty("message").GetString());
    }

    [Fact]
    public void A_config_that_is_not_json_is_reported_at_the_syntax_error()
    {
        var config = _sample.WriteConfig("{\n  \"symbols\": [\"AAPL\"\n}\n");

        var run = CliRun.Of("plan", "--config", config, "--data", _sample.DataRoot);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@":3:1: error PRV0008: ", run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void A_data_directory_that_does_not_exist_is_a_usage_error_that_names_it()
    {
        var config = _sample.WriteConfig("""{ "symbols": ["AAPL"] }""");
        var missing = _sample.NewPath("no-such-store");

        var run = CliRun.Of("validate", "--config", config, "--data", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"The data directory {missing} does not exist", run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void The_config_s_data_root_is_relative_to_the_config_file_and_reported_when_missing()
    {
        var config = _sample.WriteConfig("""{ "symbols": ["AAPL"], "data": { "root": "bars" } }""");

        var run = CliRun.Of("plan", "--config", config, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(Path.Combine(Path.GetDirectoryName(config)!, "bars"), run.Error);
        Assert.Contains("data.root \"bars\"", run.Error);
        Assert.Equal(2, run.Json().GetProperty("exitCode").GetInt32());
    }

    [Theory]
    [InlineData("yesterday", "is not a time")]
    [InlineData("2024-11-28", "is not a trading session")]
    [InlineData("1985-01-02T10:00", "outside the XNYS calendar")]
    public void A_bad_session_clock_is_a_usage_error(string at, string expected)
    {
        var config = _sample.WriteConfig("""{ "symbols": ["AAPL"] }""");

        var run = CliRun.Of("plan", "--config", config, "--data", _sample.DataRoot, "--at", at);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
    }

    [Theory]
    [InlineData("plan", "--config", "x.json", "--bogus")]
    [InlineData("plan")]
    [InlineData("launch")]
    [InlineData]
    public void Unknown_options_missing_options_and_unknown_commands_are_usage_errors_with_a_help_hint(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help` for usage and examples", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task An_unexpected_exception_is_one_line_on_standard_error_and_exit_code_3()
    {
        var config = _sample.WriteConfig("""{ "symbols": ["AAPL"] }""");
        using var output = new StringWriter();
        using var error = new StringWriter();

        // Without --at the plan asks the clock for "now"; this clock fails as a bug would.
        var exitCode = await new ProvisionCommandLine(output, error, new FailingClock())
            .InvokeAsync(["plan", "--config", config, "--data", _sample.DataRoot], default);

        Assert.Equal(3, exitCode);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("unexpected error (InvalidOperationException): the clock broke", lines[0]);
    }

    private sealed class FailingClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("the clock broke");
    }
}
