using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Analyzers;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Analyzers;

public sealed class IndicatorDeclarationAnalyzerTests
{
    private const string Members = """
            public bool IsReady => false;
            public double Value => double.NaN;
            public void Update(in Bar bar) { }
            public void Reset() { }
        """;

    private static string Indicators(string body) => """
        using Provisioning.Data;
        using Provisioning.Indicators;

        namespace Sample;

        """ + body;

    [Fact]
    public async Task A_valid_indicator_has_no_diagnostic() =>
        await new AnalyzerTest<IndicatorDeclarationAnalyzer>(TestProject.ValidIndicator).RunAsync();

    [Fact]
    public async Task A_non_partial_indicator_is_reported_at_its_name_saying_why()
    {
        var test = new AnalyzerTest<IndicatorDeclarationAnalyzer>(Indicators($$"""
            [Indicator("mom")]
            public sealed class {|#0:Momentum|} : IIndicator
            {
                public Momentum([Parameter(Min = 1)] int period) { }
                public static int WarmupBars(int period) => period + 1;
            {{Members}}
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0003", DiagnosticSeverity.Error)
            .WithLocation(0)
            .WithMessage("Type Momentum must be partial: the generator adds Spec(...) and Descriptor to indicator Momentum"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Shape_problems_are_each_reported_where_they_are_and_a_non_partial_container_at_the_indicator_pointing_to_it()
    {
        var test = new AnalyzerTest<IndicatorDeclarationAnalyzer>(Indicators($$"""
            public static class {|#1:Outer|}
            {
                [Indicator("nested")]
                public sealed partial class {|#0:Nested|} : IIndicator
                {
                    public Nested() { }
                    public static int WarmupBars() => 1;
            {{Members}}
                }
            }

            [Indicator("gen")]
            public sealed partial class {|PRV0012:Generic|}<T> : IIndicator
            {
                public Generic() { }
                public static int WarmupBars() => 1;
            {{Members}}
            }

            [Indicator("abs")]
            public abstract partial class {|PRV0011:Abstract|} : IIndicator
            {
                public Abstract() { }
                public static int WarmupBars() => 1;
            {{Members}}
            }

            [Indicator("plain")]
            public sealed partial class {|PRV0013:NotAnIndicator|}
            {
                public NotAnIndicator() { }
                public static int WarmupBars() => 1;
            }

            [Indicator({|PRV0015:"Bad Name"|})]
            public sealed partial class BadName : IIndicator
            {
                public BadName() { }
                public static int WarmupBars() => 1;
            {{Members}}
            }

            [Indicator("two")]
            public sealed partial class TwoConstructors : IIndicator
            {
                public TwoConstructors(int period) { }
                public {|PRV0018:TwoConstructors|}(double width) { }
                public static int WarmupBars() => 1;
            {{Members}}
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0003", DiagnosticSeverity.Error)
            .WithLocation(0)
            .WithLocation(1)
            .WithMessage("Type Outer must be partial: the generator adds Spec(...) and Descriptor to indicator Nested"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Warmup_that_cannot_be_computed_is_reported_at_the_type_or_the_parameter()
    {
        var test = new AnalyzerTest<IndicatorDeclarationAnalyzer>(Indicators($$"""
            [Indicator("nowarmup")]
            public sealed partial class {|#0:NoWarmup|} : IIndicator
            {
                public NoWarmup(int period) { }
            {{Members}}
            }

            [Indicator("misnamed")]
            public sealed partial class Misnamed : IIndicator
            {
                public Misnamed(int period) { }
                public static int WarmupBars(int {|#1:length|}) => length;
            {{Members}}
            }

            [Indicator("instance")]
            public sealed partial class Instance : IIndicator
            {
                public Instance(int period) { }
                public int {|#2:WarmupBars|}(int period) => period;
            {{Members}}
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0004", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Indicator NoWarmup needs a method \"public static int WarmupBars(...)\" taking some of its constructor parameters by name, which says how many bars it needs before it is ready"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0030", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("WarmupBars parameter length of indicator Misnamed is not a constructor parameter; WarmupBars may take only constructor parameters, by the same name"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0029", DiagnosticSeverity.Error).WithLocation(2)
            .WithMessage("WarmupBars of indicator Instance must be one static, non-generic method returning int, with no overloads"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_empty_range_and_a_default_outside_it_each_have_their_own_id()
    {
        var test = new AnalyzerTest<IndicatorDeclarationAnalyzer>(Indicators($$"""
            [Indicator("ranges")]
            public sealed partial class Ranges : IIndicator
            {
                public Ranges([Parameter(Min = 5, Max = {|#0:1|})] int period, [Parameter(Min = 1)] double {|#1:k|} = 0.5) { }
                public static int WarmupBars(int period) => period;
            {{Members}}
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0024", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("The range of parameter period of indicator Ranges is empty (Min = 5, Max = 1); Min must be at most Max"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0025", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("The default value 0.5 of parameter k of indicator Ranges is outside its declared range (at least 1): change the default or the range"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Reach_input_members_and_parameters_each_have_their_own_id_at_the_offending_place()
    {
        var wide = string.Join(", ", Enumerable.Range(1, 65).Select(i => "int p" + i));
        var test = new AnalyzerTest<IndicatorDeclarationAnalyzer>(Indicators($$"""
            public sealed partial class Desk
            {
                [Indicator("hidden")]
                private sealed partial class {|#0:Hidden|} : IIndicator
                {
                    public Hidden() { }
                    public static int WarmupBars() => 1;
            {{Members}}
                }
            }

            [Indicator("hl", Input = {|#1:(PriceInput)42|})]
            public sealed partial class HighLow : IIndicator
            {
                public HighLow() { }
                public static int WarmupBars() => 1;
                public static string {|#2:Descriptor|} => "hl";
            {{Members}}
            }

            [Indicator("label")]
            public sealed partial class Label : IIndicator
            {
                public Label(string {|#3:text|}, ref int {|#4:count|}) { }
                public static int WarmupBars() => 1;
            {{Members}}
            }

            [Indicator("wide")]
            public sealed partial class Wide : IIndicator
            {
                public {|#5:Wide|}({{wide}}) { }
                public static int WarmupBars() => 1;
            {{Members}}
            }

            [Indicator("taken")]
            public sealed partial class Taken : IIndicator
            {
                public Taken(int {|#6:interval|}) { }
                public static int WarmupBars() => 1;
            {{Members}}
            }

            [Indicator("band")]
            public sealed partial class Band : IIndicator
            {
                public Band(double width) { }
                public static int WarmupBars(int {|#7:width|}) => 1;
            {{Members}}
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0014", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Indicator Hidden must be reachable from its namespace (public or internal, in public or internal types)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0016", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("Indicator HighLow's Input must be a member of PriceInput, such as PriceInput.Close"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0017", DiagnosticSeverity.Error).WithLocation(2)
            .WithMessage("Indicator HighLow declares a member named Descriptor, which the generator adds; rename it"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0019", DiagnosticSeverity.Error).WithLocation(3)
            .WithMessage("Parameter text of indicator Label must be a plain int or double, not string: configs give parameters as numbers"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0019", DiagnosticSeverity.Error).WithLocation(4)
            .WithMessage("Parameter count of indicator Label must be a plain int or double, not ref int: configs give parameters as numbers"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0020", DiagnosticSeverity.Error).WithLocation(5)
            .WithMessage("Indicator Wide has 65 constructor parameters; an indicator declares at most 64"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0021", DiagnosticSeverity.Error).WithLocation(6)
            .WithMessage("Parameter interval of indicator Taken needs another name: it is taken by the generated Add method (session, symbol, interval, source, cancellationToken) or differs from another parameter only by case"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0031", DiagnosticSeverity.Error).WithLocation(7)
            .WithMessage("WarmupBars parameter width of indicator Band must have the constructor parameter's type (double)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Two_indicators_with_one_name_are_both_reported_at_the_name_whatever_the_case()
    {
        var test = new AnalyzerTest<IndicatorDeclarationAnalyzer>(Indicators($$"""
            [Indicator({|#0:"trend"|})]
            public sealed partial class Trend : IIndicator
            {
                public Trend() { }
                public static int WarmupBars() => 1;
            {{Members}}
            }

            public static partial class Desk
            {
                [Indicator({|#1:"trend"|})]
                public sealed partial class Trend : IIndicator
                {
                    public Trend() { }
                    public static int WarmupBars() => 1;
            {{Members}}
                }
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0005", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Indicator name \"trend\" is declared by both 'Sample.Trend' and 'Sample.Desk.Trend': names must be unique (configs and keys use them), so rename one"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0005", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("Indicator name \"trend\" is declared by both 'Sample.Desk.Trend' and 'Sample.Trend': names must be unique (configs and keys use them), so rename one"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_name_taken_by_an_indicator_of_a_referenced_assembly_is_reported()
    {
        var library = TestCompilation.Create(Indicators($$"""
            [Indicator("zscore")]
            public sealed partial class ZScore : IIndicator
            {
                public ZScore() { }
                public static int WarmupBars() => 1;
            {{Members}}
            }
            """)).WithAssemblyName("Desk.Library");
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);

        var test = new AnalyzerTest<IndicatorDeclarationAnalyzer>(Indicators($$"""
            [Indicator({|#0:"zscore"|})]
            public sealed partial class MyZScore : IIndicator
            {
                public MyZScore() { }
                public static int WarmupBars() => 1;
            {{Members}}
            }
            """));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0005", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Indicator name \"zscore\" is declared by both 'Sample.MyZScore' and 'Sample.ZScore (in Desk.Library)': names must be unique (configs and keys use them), so rename one"));
        await test.RunAsync();
    }
}
