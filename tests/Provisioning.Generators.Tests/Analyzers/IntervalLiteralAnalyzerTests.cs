using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Analyzers;

namespace Provisioning.Generators.Tests.Analyzers;

public sealed class IntervalLiteralAnalyzerTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Provisioning.Strategies;
        using Provisioning.Intervals;
        using Provisioning.Session;

        """;

    [Fact]
    public async Task Unknown_unit_in_a_bars_attribute_is_reported_at_the_literal_with_the_fix_in_the_message()
    {
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(Usings + """
            [Bars({|#0:"7x"|})]
            public sealed class Strategy1 { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0001", DiagnosticSeverity.Error)
            .WithLocation(0)
            .WithMessage("\"7x\" has an unknown unit \"x\": use s (seconds), m (minutes), h (hours), d (days) or w (weeks), for example \"7m\"."));
        await test.RunAsync();
    }

    [Fact]
    public async Task Unsupported_intervals_in_attributes_are_reported_whatever_the_reason()
    {
        // zero count, longer than a day (no session config, so no market's cap), fractional, empty, null, ambiguous "M".
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(Usings + """
            [Bars({|PRV0001:"0m"|})]
            [Bars({|PRV0001:"25h"|})]
            [Bars({|PRV0001:"1.5h"|})]
            [Bars({|PRV0001:""|})]
            [Bars({|PRV0001:null|})]
            [Bars({|PRV0001:"5M"|}, Base = true)]
            public sealed class Strategy1 { }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Interval_of_an_indicator_use_is_checked_but_its_parameter_values_are_not_intervals()
    {
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(
            TestProject.ValidIndicator,
            Usings + """
            [UsesIndicator<Sample.Spread>({|PRV0001:"15x"|}, 20)]
            [UsesIndicator<Sample.Spread>(interval: {|PRV0001:"-5m"|}, 20, 2.5)]
            [UsesIndicator<Sample.Spread>("5m", 20)]
            public sealed class Strategy1 { }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Non_canonical_interval_is_a_warning_naming_the_canonical_form()
    {
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(Usings + """
            [Bars({|#0:"60m"|})]
            [Bars({|#1:"5min"|})]
            [Bars({|#2:"1D"|}, Base = true)]
            public sealed class Strategy1 { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0009", DiagnosticSeverity.Warning)
            .WithLocation(0).WithMessage("\"60m\" is written \"1h\" in canonical form: write \"1h\""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0009", DiagnosticSeverity.Warning)
            .WithLocation(1).WithMessage("\"5min\" is written \"5m\" in canonical form: write \"5m\""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0009", DiagnosticSeverity.Warning)
            .WithLocation(2).WithMessage("\"1D\" is written \"1d\" in canonical form: write \"1d\""));
        await test.RunAsync();
    }

    [Fact]
    public async Task Constant_arguments_at_session_call_sites_are_checked_positional_and_named()
    {
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(Usings + """
            public static class Runner
            {
                private const string Bad = "7x";

                public static async Task Run(IProvisioningSession session, string fromUser)
                {
                    await session.AddBarsAsync("AAPL", {|PRV0001:"7x"|});
                    await session.AddBarsAsync("AAPL", days: 5, interval: {|PRV0001:"0m"|});
                    await session.AddBarsAsync("AAPL", {|PRV0009:"300s"|});
                    await session.AddBarsAsync("AAPL", {|PRV0001:Bad|});
                    await session.AddBarsAsync("AAPL", "5m");
                    await session.AddBarsAsync("AAPL", fromUser);
                    await session.AddBarsAsync("7x", "1d");
                }
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Interval_parse_and_the_unit_factories_are_checked_but_try_parse_is_a_question()
    {
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(Usings + """
            public static class Runner
            {
                public static void Run()
                {
                    _ = Interval.Parse({|PRV0001:"7x"|});
                    _ = Interval.Parse({|PRV0009:"60m"|});
                    _ = Interval.TryParse("7x", out _);
                    _ = Interval.Minutes({|PRV0001:0|});
                    _ = Interval.Hours({|PRV0001:25|});
                    _ = Interval.Seconds({|PRV0001:-1|});
                    _ = Interval.Days({|PRV0001:367|});
                    _ = Interval.Minutes(390);
                    _ = Interval.Weeks(1);
                    _ = Interval.Parse("15m");
                }
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Extension_methods_on_provisioning_types_with_an_interval_parameter_are_checked_like_generated_add_methods()
    {
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(Usings + """
            public static class SessionExtensions
            {
                public static Task AddSpreadAsync(this IProvisioningSession session, string symbol, int period, string interval) => Task.CompletedTask;
            }

            public static class Mine
            {
                public static void Plot(string interval) { }
            }

            public static class Runner
            {
                public static async Task Run(IProvisioningSession session)
                {
                    await session.AddSpreadAsync("AAPL", 20, {|PRV0001:"7x"|});
                    await SessionExtensions.AddSpreadAsync(session, "AAPL", 20, interval: {|PRV0009:"1H"|});
                    Mine.Plot("7x");
                }
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Generated_indicator_methods_and_spec_builders_are_checked_but_the_generated_code_itself_is_not()
    {
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(TestProject.ValidIndicator, Usings + """
            using Sample;

            public static class Runner
            {
                public static async Task Run(IProvisioningSession session)
                {
                    await session.AddSpreadAsync("AAPL", 20, {|PRV0001:"7x"|});
                    await session.AddSpreadAsync("AAPL", 20, interval: {|PRV0009:"60m"|});
                    _ = Spread.Spec(20).On({|PRV0001:"0m"|});
                    _ = Spread.Spec(20).On("15m");
                }
            }
            """).WithGenerator();
        await test.RunAsync();
    }

    [Fact]
    public async Task Generated_code_is_not_analyzed()
    {
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>("""
            // <auto-generated/>
            using Provisioning.Strategies;

            [Bars("7x")]
            public sealed class Strategy1 { }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_provisioning_the_conventional_parameter_name_means_nothing()
    {
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>("""
            namespace Charts;

            public sealed class BarsAttribute : System.Attribute
            {
                public BarsAttribute(string interval) { }
            }

            [Bars("7x")]
            public sealed class Chart
            {
                public static void Draw(string interval) => Draw("7x");
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task An_interval_parameter_of_an_internal_provisioning_helper_is_not_interval_text()
    {
        // Core's own internal helpers take "interval" filters where null means any; only the public API is checked.
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>("""
            namespace Provisioning.Data.Store
            {
                internal static class Layout
                {
                    internal static int Walk(string root, string? interval) => 0;
                }

                public static class Caller
                {
                    public static int Run() => Layout.Walk("root", null) + Layout.Walk("root", "7x");
                }
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_a_session_config_any_interval_up_to_a_day_is_accepted()
    {
        // 1440 minutes is 24 hours, a 24/7 day; 7h and 12h fit it.
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(Usings + """
            [Bars("7h")]
            [Bars("12h")]
            [Bars("24h")]
            [Bars({|PRV0009:"1440m"|})]
            public sealed class Strategy1 { }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_session_config_on_xnys_caps_intraday_intervals_at_its_390_minute_session()
    {
        // XNYS 09:30-16:00 = 6h30m = 390 minutes; 7h = 420 minutes does not fit, 390m does; XNYS is the default exchange.
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(Usings + """
            [Bars({|#0:"7h"|})]
            [Bars("390m")]
            public sealed class Strategy1
            {
                public static void Run() => _ = Interval.Minutes({|#1:391|});
            }
            """);
        test.TestState.AdditionalFiles.Add(("/desk/session.json", """{ "symbols": ["AAPL"] }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0001", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
            "\"7h\" is longer than the longest XNYS session (390 minutes, 6h30m): use \"1d\" for one bar per session, or an interval of at most \"390m\"."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0001", DiagnosticSeverity.Error).WithLocation(1).WithMessage(
            "\"391m\" is longer than the longest XNYS session (390 minutes, 6h30m): use \"1d\" for one bar per session, or an interval of at most \"390m\"."));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_mixed_session_caps_at_its_longest_market_so_24_7_bars_are_accepted_beside_xnys()
    {
        // XNYS (390 minutes) and a 24/7 symbol (1440): 4h, 12h and 24h fit the 24/7 symbol; 25h fits nothing.
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(Usings + """
            [Bars("4h")]
            [Bars("12h")]
            [Bars("24h")]
            [Bars({|PRV0001:"25h"|})]
            public sealed class Strategy1 { }
            """);
        test.TestState.AdditionalFiles.Add(("/desk/session.json", """{ "exchange": "XNYS", "symbols": ["AAPL", { "symbol": "BTCUSD", "exchange": "24/7" }] }"""));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_session_config_on_xlon_caps_at_510_minutes()
    {
        // XLON 08:00-16:30 = 8h30m = 510 minutes.
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>(Usings + """
            [Bars("510m")]
            [Bars({|#0:"9h"|})]
            public sealed class Strategy1 { }
            """);
        test.TestState.AdditionalFiles.Add(("/desk/session.json", """{ "exchange": "XLON" }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0001", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
            "\"9h\" is longer than the longest XLON session (510 minutes, 8h30m): use \"1d\" for one bar per session, or an interval of at most \"510m\"."));
        await test.RunAsync();
    }
}
