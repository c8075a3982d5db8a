using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Provisioning.Cli.CommandLine;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// With <c>--json</c>, every exit of every command writes exactly one JSON document on standard output, carrying the exit
/// code: usage errors, failures at run time (a Step 0 rejection, a bug, a folder that cannot be written) and successes.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class JsonOnEveryExitTests
{
    private const string Config = """
        {
          "symbols": ["AAPL"],
          "streams": ["1m"],
          "historical": { "enabled": true, "trailingDays": 1 }
        }
        """;

    private readonly SampleDataFixture _sample;

    public JsonOnEveryExitTests(SampleDataFixture sample)
    {
        _sample = sample;
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("validate")]
    [InlineData("run")]
    [InlineData("sample-data")]
    public void A_usage_error_prints_one_json_document(string command)
    {
        var run = CliRun.Of(command, "--bogus", "--json");

        AssertOneDocument(run.Output, command, 2);
        Assert.Contains("--bogus", run.Error);
    }

    [Fact]
    public void An_unknown_command_prints_one_json_document()
    {
        var run = CliRun.Of("launch", "--json");

        AssertOneDocument(run.Output, "provision", 2);
    }

    [Theory]
    [InlineData("plan", "--at")]
    [InlineData("validate", "--at")]
    [InlineData("run", "--date")]
    public void A_Step_0_rejection_prints_one_json_document(string command, string clock)
    {
        var config = _sample.WriteConfig(Config);

        // The sample's 1m bars start 2024-11-01: the history of 2024-10-15 is not stored.
        var run = CliRun.Of(command, "--config", config, "--data", _sample.DataRoot, clock, "2024-10-15", "--json");

        AssertOneDocument(run.Output, command, 1);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("validate")]
    [InlineData("run")]
    public async Task An_unexpected_error_prints_one_json_document(string command)
    {
        var config = _sample.WriteConfig(Config);
        using var output = new StringWriter();
        using var error = new StringWriter();

        // Without --at or --date the command asks the clock for "now"; this clock fails as a bug would.
        var exitCode = await new ProvisionCommandLine(output, error, new FailingClock())
            .InvokeAsync([command, "--config", config, "--data", _sample.DataRoot, "--json"], default);

        Assert.Equal(3, exitCode);
        var document = AssertOneDocument(output.ToString(), command, 3);
        Assert.Contains("the clock broke", document.GetProperty("error").GetString());
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Sample_data_that_cannot_be_written_prints_one_json_document()
    {
        var file = _sample.NewPath("a-file");
        File.WriteAllText(file, "not a folder");

        var run = CliRun.Of("sample-data", "--out", Path.Combine(file, "demo"), "--json");

        AssertOneDocument(run.Output, "sample-data", 3);
    }

    [Theory]
    [InlineData("plan", "--at", "2024-11-26T09:30")]
    [InlineData("validate", "--at", "2024-11-26T09:30")]
    [InlineData("run", "--date", "2024-11-26")]
    public void Success_prints_one_json_document(string command, string clock, string value)
    {
        var config = _sample.WriteConfig(Config);

        var run = CliRun.Of(command, "--config", config, "--data", _sample.DataRoot, clock, value, "--json");

        AssertOneDocument(run.Output, command, 0);
    }

    [Fact]
    public void Sample_data_success_prints_one_json_document()
    {
        var run = CliRun.Of("sample-data", "--out", _sample.NewPath("sample"), "--json");

        AssertOneDocument(run.Output, "sample-data", 0);
    }

    // JsonDocument.Parse refuses anything after the first document, so this proves there is exactly one.
    private static JsonElement AssertOneDocument(string output, string command, int exitCode)
    {
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(command, root.GetProperty("command").GetString());
        Assert.Equal(exitCode, root.GetProperty("exitCode").GetInt32());
        Assert.Equal(exitCode == 0, root.GetProperty("ok").GetBoolean());
        return root.Clone();
    }

    private sealed class FailingClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("the clock broke");
    }
}
