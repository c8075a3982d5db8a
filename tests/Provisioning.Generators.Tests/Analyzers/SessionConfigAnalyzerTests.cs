using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Analyzers;

namespace Provisioning.Generators.Tests.Analyzers;

public sealed class SessionConfigAnalyzerTests
{
    private const string Typo = "{\n  \"symbol\": [\"AAPL\"]\n}\n";

    private static AnalyzerTest<SessionConfigAnalyzer> Test(params (string Path, string Text)[] files)
    {
        var test = new AnalyzerTest<SessionConfigAnalyzer>(TestProject.ValidIndicator);
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test;
    }

    [Fact]
    public async Task Session_json_with_a_typo_is_reported_at_the_key_in_the_file()
    {
        var test = Test(("/app/session.json", Typo));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0008", DiagnosticSeverity.Error)
            .WithSpan("/app/session.json", 2, 3, 2, 11)
            .WithMessage("Unknown key \"symbol\" in the session config: did you mean \"symbols\"?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Files_named_by_the_suffix_convention_are_checked_and_other_json_files_are_not()
    {
        var test = Test(("/app/prod.session.json", Typo), ("/app/appsettings.json", Typo), ("/app/session.json.bak", Typo));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0008", DiagnosticSeverity.Error).WithSpan("/app/prod.session.json", 2, 3, 2, 11));
        await test.RunAsync();
    }

    [Fact]
    public async Task Item_metadata_opts_a_file_in_or_a_conventionally_named_file_out()
    {
        var test = Test(("/app/config/trading.json", Typo), ("/app/session.json", Typo));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true

            [/app/config/trading.json]
            build_metadata.AdditionalFiles.ProvisioningConfig = true

            [/app/session.json]
            build_metadata.AdditionalFiles.ProvisioningConfig = false
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0008", DiagnosticSeverity.Error).WithSpan("/app/config/trading.json", 2, 3, 2, 11));
        await test.RunAsync();
    }

    [Fact]
    public async Task Indicator_names_and_parameter_ranges_come_from_the_declarations_in_the_compilation()
    {
        // Spread (TestProject.ValidIndicator): period whole 1..500, width 0.5..4 with a default.
        const string config = """
            {
              "streams": ["1m"],
              "indicators": [
                { "name": "spread", "interval": "5m", "parameters": { "period": 20 } },
                { "name": "spraed", "interval": "5m", "parameters": { "period": 20 } },
                { "name": "spread", "interval": "5m", "parameters": { "period": 0, "width": 2.5 } }
              ]
            }
            """;
        var test = Test(("/app/session.json", config));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0008", DiagnosticSeverity.Error).WithSpan("/app/session.json", 5, 15, 5, 23));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0008", DiagnosticSeverity.Error)
            .WithSpan("/app/session.json", 6, 69, 6, 70)
            .WithMessage("\"period\" of \"spread\" is 0 but must be between 1 and 500."));
        await test.RunAsync();
    }

    [Fact]
    public async Task Non_canonical_intervals_are_warnings_and_repeated_symbols_errors_in_the_file()
    {
        const string config = "{\n  \"symbols\": [\"AAPL\", \"AAPL\"],\n  \"streams\": [\"60s\"]\n}\n";
        var test = Test(("/app/session.json", config));
        // A repeated symbol is an error, as at run time (one rule set, issue #13), with its own id.
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0044", DiagnosticSeverity.Error)
            .WithSpan("/app/session.json", 2, 23, 2, 29));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0009", DiagnosticSeverity.Warning)
            .WithSpan("/app/session.json", 3, 15, 3, 20)
            .WithMessage("\"60s\" is written \"1m\" in canonical form: write \"1m\""));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_syntax_error_is_reported_once_at_its_place()
    {
        var test = Test(("/app/session.json", "{\n  \"symbols\": [\"AAPL\",\n}\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0008", DiagnosticSeverity.Error).WithSpan("/app/session.json", 3, 1, 3, 2));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_clean_config_gives_no_diagnostic()
    {
        const string config = """
            {
              "exchange": "XNYS",
              "symbols": ["AAPL", "MSFT"],
              "streams": ["1m", "1d"],
              "derivedIntervals": ["5m", "15m"],
              "historical": { "enabled": true, "trailingDays": 5, "intervals": ["1m", "1d"] },
              "warmupMultiplier": 2,
              "indicators": [ { "name": "spread", "interval": "15m", "parameters": { "period": 20, "width": 2 } } ],
              "data": { "root": "data" }
            }
            """;
        await Test(("/app/session.json", config)).RunAsync();
    }
}
