using System;
using System.IO;
using System.Linq;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// A replay in which one config symbol cannot load (its 1m file is empty): every config addition is in the report, and
/// the indicators of that symbol say they were skipped and why.
/// </summary>
public sealed class SkippedAdditionsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "provision-skipped-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    // The demo `provision sample-data` writes: 3 symbols and 2 config indicators (sma(20)@5m, rsi(14)@15m), so 3 + 3 × 2 = 9
    // config additions; then AAPL's 1m file is emptied.
    private string DemoWithEmptyAaplMinutes()
    {
        var written = CliRun.Of("sample-data", "--out", _root);
        Assert.True(written.ExitCode == 0, written.ToString());
        var aapl = Path.Combine(_root, "interval=1m", "symbol=AAPL", "year=2024.parquet");
        Assert.True(File.Exists(aapl), aapl);
        File.WriteAllBytes(aapl, []);
        return Path.Combine(_root, "session.json");
    }

    [Fact]
    public void Every_config_addition_is_reported_and_the_indicators_of_the_symbol_that_did_not_load_say_why()
    {
        var config = DemoWithEmptyAaplMinutes();

        var run = CliRun.Of("run", "--config", config, "--date", "2024-11-26", "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var report = run.Json();
        var additions = report.GetProperty("additions").EnumerateArray()
            .Select(a => (Symbol: a.GetProperty("symbol").GetString()!, Addition: a.GetProperty("addition").GetString()!, Status: a.GetProperty("status").GetString()!, Reason: a.TryGetProperty("reason", out var reason) ? reason.GetString() : null))
            .ToArray();
        Assert.Equal(9, additions.Length);
        var expected = new[] { "AAPL", "MSFT", "SPY" }
            .SelectMany(s => new[] { (s, "symbol " + s), (s, "sma(20)@5m"), (s, "rsi(14)@15m") })
            .OrderBy(a => a.Item1, StringComparer.Ordinal).ThenBy(a => a.Item2, StringComparer.Ordinal);
        Assert.Equal(expected, additions.Select(a => (a.Symbol, a.Addition)).OrderBy(a => a.Symbol, StringComparer.Ordinal).ThenBy(a => a.Addition, StringComparer.Ordinal));

        var symbol = additions.Single(a => a.Addition == "symbol AAPL");
        Assert.Equal("Rejected", symbol.Status);
        Assert.Contains("is empty (0 bytes)", symbol.Reason);
        foreach (var indicator in additions.Where(a => a.Symbol == "AAPL" && a.Addition != "symbol AAPL"))
        {
            Assert.Equal("Rejected", indicator.Status);
            Assert.Equal("Skipped: symbol AAPL did not load (Rejected: " + symbol.Reason + ")", indicator.Reason);
        }

        var summary = report.GetProperty("summary");
        Assert.Equal(9, summary.GetProperty("additions").GetInt32());
        Assert.Equal(6, summary.GetProperty("succeeded").GetInt32());
        Assert.Equal(3, summary.GetProperty("notSucceeded").GetInt32());
    }

    [Fact]
    public void The_text_report_counts_every_addition()
    {
        var config = DemoWithEmptyAaplMinutes();

        var run = CliRun.Of("run", "--config", config, "--date", "2024-11-26");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("AAPL sma(20)@5m (Config): Rejected - Skipped: symbol AAPL did not load (Rejected: ", run.Output);
        Assert.Contains("AAPL rsi(14)@15m (Config): Rejected - Skipped: symbol AAPL did not load (Rejected: ", run.Output);
        Assert.Contains("Replayed 2024-11-26: 6 additions succeeded, 3 did not (see Reason); the session ran without them.", run.Output);
    }

    [Fact]
    public void A_reason_with_a_line_break_is_echoed_on_one_line_in_the_skipped_additions()
    {
        // The store's folder name holds a line break, and the empty file's problem names its path: the symbol's reason
        // carries the break, and the additions skipped for it must show it escaped.
        var root = Path.Combine(_root, "store\nerror PRV0000: forged");
        var written = CliRun.Of("sample-data", "--out", root);
        Assert.True(written.ExitCode == 0, written.ToString());
        File.WriteAllBytes(Path.Combine(root, "interval=1m", "symbol=AAPL", "year=2024.parquet"), []);

        var run = CliRun.Of("run", "--config", Path.Combine(root, "session.json"), "--date", "2024-11-26", "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var skipped = run.Json().GetProperty("additions").EnumerateArray()
            .Where(a => a.GetProperty("symbol").GetString() == "AAPL" && a.GetProperty("addition").GetString() != "symbol AAPL")
            .Select(a => a.GetProperty("reason").GetString()!)
            .ToArray();
        Assert.Equal(2, skipped.Length);
        Assert.All(skipped, reason =>
        {
            Assert.StartsWith("Skipped: symbol AAPL did not load (Rejected: ", reason, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', reason);
            Assert.Contains("store\\nerror PRV0000: forged", reason, StringComparison.Ordinal);
        });
    }
}
