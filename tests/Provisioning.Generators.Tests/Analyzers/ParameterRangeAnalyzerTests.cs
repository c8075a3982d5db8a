using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Analyzers;

namespace Provisioning.Generators.Tests.Analyzers;

public sealed class ParameterRangeAnalyzerTests
{
    [Fact]
    public async Task Constructor_arguments_outside_the_declared_range_are_reported_at_the_value()
    {
        // Spread: period in [1, 500], width in [0.5, 4].
        var test = new AnalyzerTest<ParameterRangeAnalyzer>(TestProject.ValidIndicator, """
            using Sample;

            public static class Runner
            {
                public static void Run(int fromUser)
                {
                    _ = new Spread({|#0:0|});
                    _ = new Spread(501 - 1, width: {|#1:4.5|});
                    _ = new Spread(fromUser, 0.5);
                    _ = new Spread(1, 4);
                }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error)
            .WithLocation(0)
            .WithMessage("Parameter 'period' of indicator 'spread' is 0, outside its declared range (between 1 and 500): pass a value in that range"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error)
            .WithLocation(1)
            .WithMessage("Parameter 'width' of indicator 'spread' is 4.5, outside its declared range (between 0.5 and 4): pass a value in that range"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_built_ins_shared_session_class_is_checked_through_the_mark_on_each_method()
    {
        // Core emits every built-in Add…Async into one partial class (BuiltInIndicatorExtensions), so the mark naming
        // the indicator is on each method, read here from Core's metadata.
        var test = new AnalyzerTest<ParameterRangeAnalyzer>("""
            using System.Threading.Tasks;
            using Provisioning.Session;

            public static class Runner
            {
                public static async Task Run(IProvisioningSession session)
                {
                    await session.AddSmaAsync("AAPL", {|PRV0006:0|}, "5m");
                    await session.AddSmaAsync("AAPL", period: 20, interval: "5m");
                    await session.AddRsiAsync("AAPL", period: {|PRV0006:-3|}, interval: "15m");
                }
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Generated_spec_and_session_methods_are_checked_by_parameter_name()
    {
        var test = new AnalyzerTest<ParameterRangeAnalyzer>(TestProject.ValidIndicator, """
            using System.Threading.Tasks;
            using Provisioning.Session;
            using Sample;

            public static class Runner
            {
                public static async Task Run(IProvisioningSession session)
                {
                    _ = Spread.Spec(period: {|PRV0006:0|});
                    _ = Spread.Spec(width: {|PRV0006:0.1|}, period: 3);
                    _ = Spread.Spec(20).On("5m");
                    await session.AddSpreadAsync("AAPL", {|PRV0006:600|}, "5m", 2);
                    await session.AddSpreadAsync("AAPL", period: 20, width: 3.5, interval: "15m");
                }
            }
            """).WithGenerator();
        await test.RunAsync();
    }

    [Fact]
    public async Task Methods_that_are_not_an_indicator_api_are_not_checked()
    {
        var test = new AnalyzerTest<ParameterRangeAnalyzer>(TestProject.ValidIndicator, """
            public sealed class Plain
            {
                public Plain(int period) { }

                public static void Spec(int period) { }
            }

            public static class Runner
            {
                public static void Run()
                {
                    _ = new Plain(-5);
                    Plain.Spec(0);
                }
            }
            """);
        await test.RunAsync();
    }
}
