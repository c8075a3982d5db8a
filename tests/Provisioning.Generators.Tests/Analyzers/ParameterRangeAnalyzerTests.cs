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
            .WithMessage("Parameter 'period' of 'Spread' is 0, outside its declared range (between 1 and 500): pass a value in that range."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error)
            .WithLocation(1)
            .WithMessage("Parameter 'width' of 'Spread' is 4.5, outside its declared range (between 0.5 and 4): pass a value in that range."));
        await test.RunAsync();
    }

    [Fact]
    public async Task Spec_methods_of_an_indicator_are_matched_to_the_constructor_parameters_by_name()
    {
        var test = new AnalyzerTest<ParameterRangeAnalyzer>(TestProject.ValidIndicator, """
            namespace Sample;

            public sealed partial class Spread
            {
                public static string Spec(int period, double width = 2) => "spread";
            }

            public static class Runner
            {
                public static void Run()
                {
                    _ = Spread.Spec(period: {|PRV0006:0|});
                    _ = Spread.Spec(width: {|PRV0006:0.1|}, period: 3);
                    _ = Spread.Spec(20);
                }
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Uses_indicator_values_are_checked_for_range_kind_and_count()
    {
        var test = new AnalyzerTest<ParameterRangeAnalyzer>(TestProject.ValidIndicator, """
            using Provisioning.Attributes;
            using Sample;

            [UsesIndicator<Spread>("5m", {|#0:0|})]
            [UsesIndicator<Spread>("5m", {|#1:2.5|})]
            [UsesIndicator<Spread>("5m", {|#2:"20"|})]
            [UsesIndicator<Spread>("5m", 20, 2, {|#3:7|})]
            [{|#4:UsesIndicator<Spread>("5m")|}]
            [UsesIndicator<Spread>("5m", 20)]
            [UsesIndicator<Spread>("5m", 20, 0.5)]
            public sealed class Strategy1 { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Parameter 'period' of 'Spread' is 0, outside its declared range (between 1 and 500): pass a value in that range."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("Parameter 'period' of 'Spread' is a whole number, not 2.5: write a whole number."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error).WithLocation(2)
            .WithMessage("Parameter 'period' of 'Spread' takes a number, not \"20\": write the value without quotes."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error).WithLocation(3)
            .WithMessage("'Spread' takes 2 parameters (period, width), so this value has no parameter: remove it."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error).WithLocation(4)
            .WithMessage("'Spread' needs a value for 'period': add it after the interval, in constructor order."));
        await test.RunAsync();
    }

    [Fact]
    public async Task Parameters_without_a_declared_range_are_not_checked()
    {
        var test = new AnalyzerTest<ParameterRangeAnalyzer>("""
            public sealed class Plain
            {
                public Plain(int period) { }
            }

            public static class Runner
            {
                public static void Run() => _ = new Plain(-5);
            }
            """);
        await test.RunAsync();
    }
}
