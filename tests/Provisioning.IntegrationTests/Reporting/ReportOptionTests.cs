using System;
using System.IO;
using Provisioning.IntegrationTests.Cli;

namespace Provisioning.IntegrationTests.Reporting;

/// <summary><c>provision run --report</c> where the report cannot be written: the run's output, then one clear line.</summary>
[Collection(SampleDataCollection.Name)]
public sealed class ReportOptionTests(SampleDataFixture sample)
{
    [Fact]
    public void A_report_path_under_a_file_is_exit_code_3_with_one_line_naming_the_path_and_no_stack_trace()
    {
        var file = sample.NewPath("not-a-folder");
        File.WriteAllText(file, "a file, not a folder");
        var report = Path.Combine(file, "run.html");
        var config = sample.WriteConfig("""{ "symbols": ["AAPL"], "streams": ["1m"] }""");

        var run = CliRun.Of("run", "--config", config, "--data", sample.DataRoot, "--date", "2024-11-29", "--report", report);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("Replayed 2024-11-29", run.Output, StringComparison.Ordinal);
        // The path is echoed quoted and clipped (EchoedText), the whole message on one line.
        Assert.StartsWith("error: could not write the report to \"" + report[..20], run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', run.Error.TrimEnd());
        Assert.False(run.HasStackTrace, run.ToString());
        Assert.False(File.Exists(report + ".partial"));
    }
}
