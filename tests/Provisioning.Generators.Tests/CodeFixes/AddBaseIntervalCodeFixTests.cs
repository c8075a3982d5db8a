using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.CodeFixes;
using Provisioning.Generators.Analyzers;
using Provisioning.Generators.Tests.Analyzers;

namespace Provisioning.Generators.Tests.CodeFixes;

public sealed class AddBaseIntervalCodeFixTests
{
    [Fact]
    public async Task Declares_the_missing_minute_base_before_the_strategy_s_attributes()
    {
        var test = new CodeFixTest<StrategyDeclarationAnalyzer, AddBaseIntervalCodeFix>(
            """
            using Provisioning.Strategies;

            namespace Desk;

            /// <summary>Swing trades.</summary>
            [Bars("1d", Base = true)]
            [Bars({|PRV0002:"15m"|})]
            public sealed partial class Swing : Strategy { }
            """,
            """
            using Provisioning.Strategies;

            namespace Desk;

            /// <summary>Swing trades.</summary>
            [Bars("1m", Base = true)]
            [Bars("1d", Base = true)]
            [Bars("15m")]
            public sealed partial class Swing : Strategy { }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Turns_declared_bars_of_the_base_interval_into_the_base()
    {
        var test = new CodeFixTest<StrategyDeclarationAnalyzer, AddBaseIntervalCodeFix>(
            """
            using Provisioning.Strategies;

            [Bars({|PRV0002:"1m"|}, HistoricalDays = 2)] [Bars({|PRV0002:"5m"|})]
            public sealed partial class Scalper : Strategy { }
            """,
            """
            using Provisioning.Strategies;

            [Bars("1m", HistoricalDays = 2, Base = true)] [Bars("5m")]
            public sealed partial class Scalper : Strategy { }
            """);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Writes_the_attribute_the_way_the_strategy_writes_its_attributes()
    {
        var test = new CodeFixTest<StrategyDeclarationAnalyzer, AddBaseIntervalCodeFix>(new[]
        {
            TestProject.ValidIndicator,
            """
            [Provisioning.Strategies.UsesIndicator<Sample.Spread>({|PRV0002:"30s"|}, 20)]
            public sealed partial class Fast : Provisioning.Strategies.Strategy { }
            """,
        });
        test.FixedState.Sources.Add(TestProject.ValidIndicator);
        test.FixedState.Sources.Add("""
            [Provisioning.Strategies.Bars("1s", Base = true)]
            [Provisioning.Strategies.UsesIndicator<Sample.Spread>("30s", 20)]
            public sealed partial class Fast : Provisioning.Strategies.Strategy { }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_declares_one_base_for_several_intervals_that_need_it()
    {
        var test = new CodeFixTest<StrategyDeclarationAnalyzer, AddBaseIntervalCodeFix>(new[]
        {
            TestProject.ValidIndicator,
            """
            using Provisioning.Strategies;
            using Sample;

            [Bars({|PRV0002:"5m"|})]
            [UsesIndicator<Spread>({|PRV0002:"15m"|}, 20)]
            public sealed partial class Intraday : Strategy { }
            """,
        });
        test.FixedState.Sources.Add(TestProject.ValidIndicator);
        test.FixedState.Sources.Add("""
            using Provisioning.Strategies;
            using Sample;

            [Bars("1m", Base = true)]
            [Bars("5m")]
            [UsesIndicator<Spread>("15m", 20)]
            public sealed partial class Intraday : Strategy { }
            """);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }
}
