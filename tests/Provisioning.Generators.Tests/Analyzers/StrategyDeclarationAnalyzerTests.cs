using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Analyzers;

namespace Provisioning.Generators.Tests.Analyzers;

public sealed class StrategyDeclarationAnalyzerTests
{
    private static string Strategy(string declaration) => """
        using Provisioning.Attributes;
        using Provisioning.Strategies;
        using Sample;

        namespace Desk;

        """ + declaration;

    [Fact]
    public async Task A_derived_interval_only_a_daily_base_cannot_build_is_reported_at_each_literal()
    {
        var test = new AnalyzerTest<StrategyDeclarationAnalyzer>(TestProject.ValidIndicator, Strategy("""
            [Bars("1d", Base = true)]
            [Bars({|#0:"15m"|})]
            [UsesIndicator<Spread>({|#1:"15m"|}, 20)]
            [UsesIndicator<Spread>("1w", 20)]
            public sealed partial class Swing : Strategy { }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0002", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Swing: No base interval can build 15m bars (bases: 1d); add a base such as 1m. Declare it with [Bars(\"1m\", Base = true)]."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0002", DiagnosticSeverity.Error).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_strategy_declaring_no_base_at_all_is_told_which_base_to_add()
    {
        var test = new AnalyzerTest<StrategyDeclarationAnalyzer>(TestProject.ValidIndicator, Strategy("""
            [UsesIndicator<Spread>({|PRV0002:"30s"|}, 20)]
            public sealed partial class Scalper : Strategy { }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Indicator_use_values_are_checked_for_range_kind_and_count()
    {
        // Spread(int period in [1, 500], double width in [0.5, 4] = 2).
        var test = new AnalyzerTest<StrategyDeclarationAnalyzer>(TestProject.ValidIndicator, Strategy("""
            [Bars("1m", Base = true)]
            [UsesIndicator<Spread>("5m", {|#0:0|})]
            [UsesIndicator<Spread>("5m", {|#1:2.5|})]
            [UsesIndicator<Spread>("5m", {|#2:"20"|})]
            [UsesIndicator<Spread>("5m", 20, 2, {|#3:7|})]
            [{|#4:UsesIndicator<Spread>("5m")|}]
            [UsesIndicator<Spread>("5m", 20)]
            [UsesIndicator<Spread>("5m", 20, 0.5)]
            public sealed partial class Checked : Strategy { }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("spread period = 0 is outside its declared range [1, 500]."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("spread period must be a constant int, such as 20."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error).WithLocation(2));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error).WithLocation(3)
            .WithMessage("spread takes 2 parameter(s), spread(int period, double width), but 3 are given."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0006", DiagnosticSeverity.Error).WithLocation(4)
            .WithMessage("spread needs a value for period: give its parameters in constructor order, spread(int period, double width)."));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_strategy_shape_is_reported_as_PRV0010_and_repeated_bars_as_a_warning()
    {
        var test = new AnalyzerTest<StrategyDeclarationAnalyzer>(TestProject.ValidIndicator, Strategy("""
            [Bars("1m", Base = true)]
            public sealed class {|#0:NotPartial|} : Strategy { }

            [Bars("1m", Base = true)]
            public sealed partial class {|#1:NotAStrategy|} { }

            [Bars("1m", Base = true)]
            [Bars({|#2:"1m"|}, Base = true)]
            [Bars("5m", HistoricalDays = {|#3:-1|})]
            public sealed partial class Repeats : Strategy { }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0010", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Strategy NotPartial must be partial: the generator adds its Manifest to it."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0010", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("NotAStrategy declares bars or indicators but is not a strategy: derive it from Provisioning.Strategies.Strategy."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0010", DiagnosticSeverity.Warning).WithLocation(2)
            .WithMessage("Repeats declares 1m bars more than once; keep one [Bars(\"1m\")]."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0010", DiagnosticSeverity.Error).WithLocation(3));
        await test.RunAsync();
    }

    [Fact]
    public async Task Using_an_invalid_indicator_is_reported_at_the_use()
    {
        var test = new AnalyzerTest<StrategyDeclarationAnalyzer>(Strategy("""
            [Indicator("broken")]
            public sealed class Broken : Provisioning.Indicators.IIndicator
            {
                public bool IsReady => false;
                public double Value => 0;
                public void Update(in Provisioning.Data.Bar bar) { }
                public void Reset() { }
            }

            [Bars("1m", Base = true)]
            [{|PRV0003:UsesIndicator<Broken>("5m")|}]
            public sealed partial class UsesBroken : Strategy { }
            """).Replace("using Sample;\n", string.Empty));
        await test.RunAsync();
    }

    [Fact]
    public async Task Interval_text_problems_are_left_to_the_interval_analyzer()
    {
        var test = new AnalyzerTest<StrategyDeclarationAnalyzer>(TestProject.ValidIndicator, Strategy("""
            [Bars("1m", Base = true)]
            [Bars("7x")]
            [Bars("60m")]
            public sealed partial class Typos : Strategy { }
            """));
        await test.RunAsync();
    }
}
