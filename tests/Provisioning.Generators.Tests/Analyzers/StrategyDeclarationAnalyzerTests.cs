using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Analyzers;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Analyzers;

public sealed class StrategyDeclarationAnalyzerTests
{
    private static string Strategy(string declaration) => """
        using Provisioning.Indicators;
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
            .WithMessage("Strategy Swing declares no base interval that can build its 15m bars (bases: 1d): declare one with [Bars(\"1m\", Base = true)]"));
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
            .WithMessage("Parameter 'period' of indicator 'spread' is 0, outside its declared range (between 1 and 500): pass a value in that range"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0028", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("Indicator spread parameter period must be a constant int, such as 20"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0028", DiagnosticSeverity.Error).WithLocation(2));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0026", DiagnosticSeverity.Error).WithLocation(3)
            .WithMessage("[UsesIndicator] gives indicator spread more values (3) than its constructor spread(int period, double width) has parameters (2)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0027", DiagnosticSeverity.Error).WithLocation(4)
            .WithMessage("Indicator spread needs a value for period: give its parameters in constructor order, spread(int period, double width)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Each_strategy_shape_problem_has_its_own_id_and_only_repeats_are_warnings()
    {
        var test = new AnalyzerTest<StrategyDeclarationAnalyzer>(TestProject.ValidIndicator, Strategy("""
            [Bars("1m", Base = true)]
            public sealed class {|#0:NotPartial|} : Strategy { }

            [Bars("1m", Base = true)]
            public sealed partial class {|#1:NotAStrategy|} { }

            [Bars("1m", Base = true)]
            [Bars({|#2:"1m"|}, Base = true)]
            [Bars("5m", HistoricalDays = {|#3:-1|})]
            [UsesIndicator<Spread>("5m", 20)]
            [{|#4:UsesIndicator<Spread>("5m", 20)|}]
            public sealed partial class Repeats : Strategy { }

            [Bars("1m", Base = true)]
            public sealed partial class {|#5:Generic|}<T> : Strategy { }

            [Bars("1m", Base = true)]
            public sealed partial class Declares : Strategy
            {
                public static int {|#6:Manifest|} => 0;
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0010", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Type NotPartial must be partial: the generator adds the Manifest of strategy NotPartial"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0032", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("NotAStrategy declares bars or indicators but is not a strategy: derive it from Provisioning.Strategies.Strategy"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0036", DiagnosticSeverity.Warning).WithLocation(2)
            .WithMessage("Repeats declares 1m bars more than once; keep one [Bars(\"1m\")]"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0035", DiagnosticSeverity.Error).WithLocation(3)
            .WithMessage("HistoricalDays of Repeats's 5m bars is -1; give 0 for no history or a positive number of trading days"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0037", DiagnosticSeverity.Warning).WithLocation(4)
            .WithMessage("Repeats declares spread with these arguments on 5m more than once; keep one"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0033", DiagnosticSeverity.Error).WithLocation(5)
            .WithMessage("Strategy Generic must not be generic or nested in a generic type to get a generated manifest"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0034", DiagnosticSeverity.Error).WithLocation(6)
            .WithMessage("Strategy Declares declares Manifest, which the generator adds from its attributes; remove it"));
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
            [{|#0:UsesIndicator<Broken>("5m")|}]
            public sealed partial class UsesBroken : Strategy { }
            """).Replace("using Sample;\n", string.Empty));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0023", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Broken is not a valid indicator, so UsesBroken cannot use it; see the problems reported at Broken"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Using_an_indicator_built_without_the_generator_is_reported_at_the_use()
    {
        // A library compiled without the generator: the indicator has no generated Spec(...) or Descriptor.
        var library = TestCompilation.Create(TestProject.ValidIndicator).WithAssemblyName("Vendor.Indicators");
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        var test = new AnalyzerTest<StrategyDeclarationAnalyzer>(Strategy("""
            [Bars("1m", Base = true)]
            [{|#0:UsesIndicator<Spread>("5m", 20)|}]
            public sealed partial class UsesVendor : Strategy { }
            """));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0022", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Indicator Spread was compiled without the Provisioning generator, so it has no Spec(...) to build it from"));
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
