using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Analyzers;

namespace Provisioning.Generators.Tests.Analyzers;

/// <summary>
/// Calendar definition files named in session.json, checked at build time in a real compilation: PRV0045 inside a
/// definition that is an AdditionalFiles item, PRV0046 at the name of one that is not, PRV0008 for an unknown exchange.
/// </summary>
public sealed class CalendarDefinitionAnalyzerTests
{
    private const string Source = "public sealed class Strategy1 { }";

    private const string ValidDefinition = """
        {
          "exchange": "XASX",
          "timeZone": "Australia/Sydney",
          "firstDate": "2020-01-01",
          "lastDate": "2030-12-31",
          "hours": [ { "open": "10:00", "close": "16:00" } ]
        }
        """;

    [Fact]
    public async Task A_valid_definition_named_by_the_session_is_accepted()
    {
        var test = new AnalyzerTest<CalendarDefinitionAnalyzer>(Source);
        test.TestState.AdditionalFiles.Add(("/desk/session.json", """{ "exchange": "calendars/xasx.json", "symbols": ["BHP"] }"""));
        test.TestState.AdditionalFiles.Add(("/desk/calendars/xasx.json", ValidDefinition));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_bad_date_and_a_misspelt_key_are_reported_in_the_definition_at_their_place()
    {
        var test = new AnalyzerTest<CalendarDefinitionAnalyzer>(Source);
        test.TestState.AdditionalFiles.Add(("/desk/session.json", """{ "exchange": "calendars/xasx.json" }"""));
        test.TestState.AdditionalFiles.Add(("/desk/calendars/xasx.json", """
            {
              "exchange": "XASX",
              "timeZone": "Australia/Sydney",
              "firstDate": {|#0:"2020-1-1"|},
              "lastDate": "2030-12-31",
              {|#1:"tradingDay"|}: ["Monday"],
              "hours": [ { "open": "10:00", "close": {|#2:"25:00"|} } ]
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0045", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Calendar definition calendars/xasx.json: \"firstDate\" must be a date \"yyyy-MM-dd\", not \"2020-1-1\"."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0045", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("Calendar definition calendars/xasx.json: Unknown key \"tradingDay\" in the calendar definition: did you mean \"tradingDays\"?"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0045", DiagnosticSeverity.Error).WithLocation(2)
            .WithMessage("Calendar definition calendars/xasx.json: \"close\" must be a time \"HH:mm\" (or \"24:00\"), not \"25:00\"."));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_definition_without_required_keys_is_reported_at_its_brace_and_a_symbols_definition_is_found_relative_to_the_config()
    {
        var test = new AnalyzerTest<CalendarDefinitionAnalyzer>(Source);
        test.TestState.AdditionalFiles.Add(("/desk/app/session.json", """{ "symbols": ["AAPL", { "symbol": "BHP", "exchange": "../calendars/./xasx.json" }] }"""));
        test.TestState.AdditionalFiles.Add(("/desk/calendars/xasx.json", """{|#0:{|} "exchange": "XASX", "timeZone": "Australia/Sydney", "firstDate": "2020-01-01", "lastDate": "2030-12-31" }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0045", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Calendar definition ../calendars/./xasx.json: \"hours\" is missing: every definition has it (docs/calendars.md)."));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_definition_that_is_not_an_additional_file_is_a_warning_at_its_name()
    {
        var test = new AnalyzerTest<CalendarDefinitionAnalyzer>(Source);
        test.TestState.AdditionalFiles.Add(("/desk/session.json", """{ "exchange": {|#0:"calendars/xasx.json"|} }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0046", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("The calendar definition \"calendars/xasx.json\" is not an AdditionalFiles item of this project, so the build cannot check it (it may be missing): add <AdditionalFiles Include=\"calendars/xasx.json\" />"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_unknown_exchange_name_is_PRV0008_listing_the_known_calendars()
    {
        var test = new AnalyzerTest<SessionConfigAnalyzer>(Source);
        test.TestState.AdditionalFiles.Add(("/desk/session.json", """{ "symbols": ["AAPL", { "symbol": "7203", "exchange": {|#0:"XTKZ"|} }, {|#1:{|} "exchange": "XTKS" }] }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0008", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("No calendar is known for exchange \"XTKZ\": did you mean \"XTKS\"? Known exchanges: 24/5, 24/7, CMES, XLON, XNYS, XTKS; or name a calendar definition file (*.json, docs/calendars.md)."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0008", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("This symbol object has no \"symbol\": write it as { \"symbol\": \"7203\", \"exchange\": \"XTKS\" }, or write the symbol as a string."));
        await test.RunAsync();
    }
}
