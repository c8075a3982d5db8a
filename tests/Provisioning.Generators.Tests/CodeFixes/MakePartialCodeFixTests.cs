using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.CodeFixes;
using Provisioning.Generators.Analyzers;

namespace Provisioning.Generators.Tests.CodeFixes;

public sealed class MakePartialCodeFixTests
{
    private const string Usings = """
        using Provisioning.Strategies;
        using Provisioning.Data;
        using Provisioning.Indicators;

        namespace Sample;

        """;

    private const string Body = """
        {
            public Momentum([Parameter(Min = 1)] int period) { }
            public static int WarmupBars(int period) => period;
            public bool IsReady => false;
            public double Value => double.NaN;
            public void Update(in Bar bar) { }
            public void Reset() { }
        }
        """;

    private const string StepUsings = """
        using System.Threading.Tasks;
        using Provisioning.Steps;

        namespace Desk;

        """;

    private const string StepBody = """
        {
            public override string Describe() => "audit";
        }

        public static class Handlers
        {
            [StepHandler]
            public static ValueTask<StepResult> Write(Audit step, StepContext context) => new(StepResult.Done());
        }
        """;

    [Fact]
    public async Task Adds_partial_after_the_other_modifiers()
    {
        var test = new CodeFixTest<IndicatorDeclarationAnalyzer, MakePartialCodeFix>(
            Usings + "[Indicator(\"mom\")]\npublic sealed class {|PRV0003:Momentum|} : IIndicator\n" + Body,
            Usings + "[Indicator(\"mom\")]\npublic sealed partial class Momentum : IIndicator\n" + Body);
        await test.RunAsync();
    }

    [Fact]
    public async Task Adds_partial_before_the_keyword_of_a_type_without_modifiers_keeping_its_line()
    {
        var test = new CodeFixTest<IndicatorDeclarationAnalyzer, MakePartialCodeFix>(
            Usings + "[Indicator(\"mom\")]\n    class {|PRV0003:Momentum|} : IIndicator\n" + Body,
            Usings + "[Indicator(\"mom\")]\n    partial class Momentum : IIndicator\n" + Body);
        await test.RunAsync();
    }

    [Fact]
    public async Task Makes_the_containing_type_partial_when_that_is_what_is_missing()
    {
        var nested = Body.Replace("\n", "\n    ", System.StringComparison.Ordinal);
        var test = new CodeFixTest<IndicatorDeclarationAnalyzer, MakePartialCodeFix>(
            Usings + "public static class Desk\n{\n    [Indicator(\"mom\")]\n    public sealed partial class {|PRV0003:Momentum|} : IIndicator\n    " + nested + "\n}\n",
            Usings + "public static partial class Desk\n{\n    [Indicator(\"mom\")]\n    public sealed partial class Momentum : IIndicator\n    " + nested + "\n}\n");
        await test.RunAsync();
    }

    [Fact]
    public async Task Makes_a_strategy_partial()
    {
        var test = new CodeFixTest<StrategyDeclarationAnalyzer, MakePartialCodeFix>(
            """
            using Provisioning.Indicators;
            using Provisioning.Strategies;

            [Bars("1m", Base = true)]
            public sealed class {|PRV0010:Scalper|} : Strategy { }
            """,
            """
            using Provisioning.Indicators;
            using Provisioning.Strategies;

            [Bars("1m", Base = true)]
            public sealed partial class Scalper : Strategy { }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Offers_nothing_for_shape_problems_partial_cannot_fix()
    {
        const string source = Usings + """
            [Indicator("abs")]
            public abstract partial class {|PRV0011:Abstract|} : IIndicator
            {
                public Abstract() { }
                public static int WarmupBars() => 1;
                public bool IsReady => false;
                public double Value => double.NaN;
                public void Update(in Bar bar) { }
                public void Reset() { }
            }
            """;
        await new CodeFixTest<IndicatorDeclarationAnalyzer, MakePartialCodeFix>(source, source).RunAsync();
    }

    [Fact]
    public async Task Makes_a_step_type_with_its_own_handler_partial()
    {
        var test = new CodeFixTest<StepHandlerAnalyzer, MakePartialCodeFix>(
            StepUsings + "public sealed record {|PRV0047:Audit|}(string Symbol) : ProvisioningStep(Symbol)\n" + StepBody,
            StepUsings + "public sealed partial record Audit(string Symbol) : ProvisioningStep(Symbol)\n" + StepBody);
        await test.RunAsync();
    }
}
