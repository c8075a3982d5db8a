using System.Linq;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// A session clock before the store's first bar (the sample's 1m bars start 2024-11-01): every command reports a Step 0
/// rejection that says what is stored, from when, and what would work, with exit code 1, never a crash.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class HistoryBeforeTheStoreTests
{
    private const string Config = """
        {
          "symbols": ["AAPL"],
          "streams": ["1m"],
          "historical": { "enabled": true, "trailingDays": 5 }
        }
        """;

    // Five sessions before the open of Tue 2024-10-15: Oct 8-11 and Mon Oct 14 (Columbus Day, the NYSE is open),
    // 5 × 390 = 1,950 bars. AAPL's 1m bars run from Fri 2024-11-01 09:30 EDT (13:30 UTC) to 2024-12-31; 1,950 of them are
    // stored before the open of the sixth session, Fri 2024-11-08 (09:30 EST = 14:30 UTC).
    private const string Problem =
        "history for AAPL 1m is stored from 2024-11-01 (first bar 2024-11-01 13:30 UTC) to 2024-12-31; this history of 1,950 bars "
        + "needs bars from 2024-10-08 to 2024-10-14, all before the first stored bar.";

    private static readonly string[] Suggestions =
    [
        "load AAPL 1m bars from 2024-10-08 to 2024-11-01 into the store.",
        "provision it at or after the open of the 2024-11-08 session (2024-11-08 14:30 UTC): the first session with 1,950 bars of 1m stored before its open.",
    ];

    private readonly SampleDataFixture _sample;

    public HistoryBeforeTheStoreTests(SampleDataFixture sample)
    {
        _sample = sample;
    }

    [Theory]
    [InlineData("plan", "--at")]
    [InlineData("validate", "--at")]
    public void Plan_and_validate_reject_the_symbol_in_Step_0_with_what_is_stored_and_what_would_work(string command, string clock)
    {
        var config = _sample.WriteConfig(Config);

        var run = CliRun.Of(command, "--config", config, "--data", _sample.DataRoot, clock, "2024-10-15", "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.False(run.HasStackTrace);
        Assert.DoesNotContain("unexpected error", run.Error);
        // plan lists its additions under "additions", validate under "checks".
        var addition = run.Json().GetProperty(command == "plan" ? "additions" : "checks").EnumerateArray().Single();
        Assert.False(addition.GetProperty("canProceed").GetBoolean());
        var check = addition.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("interval").GetString() == "1m");
        var problem = check.GetProperty("problems").EnumerateArray().Single();
        Assert.Equal("HistoryStartsTooLate", problem.GetProperty("kind").GetString());
        Assert.Equal(Problem, problem.GetProperty("message").GetString());
        Assert.Equal(Suggestions, check.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()).ToArray());
        Assert.Equal("2024-11-01T13:30:00Z", check.GetProperty("firstStoredUtc").GetString());
    }

    [Fact]
    public void Run_rejects_the_symbol_with_the_same_reason_and_replays_without_it()
    {
        var config = _sample.WriteConfig(Config);

        var run = CliRun.Of("run", "--config", config, "--data", _sample.DataRoot, "--date", "2024-10-15", "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.False(run.HasStackTrace);
        var report = run.Json();
        var addition = report.GetProperty("additions").EnumerateArray().Single();
        Assert.Equal("Rejected", addition.GetProperty("status").GetString());
        Assert.Equal(Problem + " Instead: " + string.Join("; or ", Suggestions.Select(s => s.TrimEnd('.'))) + ".", addition.GetProperty("reason").GetString());
        Assert.Empty(report.GetProperty("symbols").EnumerateArray());
    }

    [Fact]
    public void Text_validate_shows_the_rejection_and_its_suggestions()
    {
        var config = _sample.WriteConfig(Config);

        var run = CliRun.Of("validate", "--config", config, "--data", _sample.DataRoot, "--at", "2024-10-15");

        Assert.True(run.ExitCode == 1, run.ToString());
        var flat = string.Join(" ", run.Output.Split('│', '\n').Select(s => s.Trim()).Where(s => s.Length > 0));
        Assert.Contains("all before the first stored bar.", flat);
        Assert.Contains("instead: provision it at or after the open of the 2024-11-08 session", flat);
    }
}
