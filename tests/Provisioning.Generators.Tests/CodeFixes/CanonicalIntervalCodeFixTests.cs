using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.CodeFixes;
using Provisioning.Generators.Analyzers;

namespace Provisioning.Generators.Tests.CodeFixes;

public sealed class CanonicalIntervalCodeFixTests
{
    [Fact]
    public async Task Rewrites_attribute_and_call_site_literals_in_canonical_form_keeping_the_layout()
    {
        var test = new CodeFixTest<IntervalLiteralAnalyzer, CanonicalIntervalCodeFix>(
            """
            using System.Threading.Tasks;
            using Provisioning.Strategies;
            using Provisioning.Session;

            [Bars({|PRV0009:"60m"|}) /* hourly */]
            public sealed class Strategy1
            {
                public static Task Run(IProvisioningSession session) =>
                    session.AddBarsAsync("AAPL", interval: {|PRV0009:@"5min"|}).AsTask();
            }
            """,
            """
            using System.Threading.Tasks;
            using Provisioning.Strategies;
            using Provisioning.Session;

            [Bars("1h") /* hourly */]
            public sealed class Strategy1
            {
                public static Task Run(IProvisioningSession session) =>
                    session.AddBarsAsync("AAPL", interval: "5m").AsTask();
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_rewrites_every_literal_in_one_pass()
    {
        var test = new CodeFixTest<IntervalLiteralAnalyzer, CanonicalIntervalCodeFix>(
            """
            using Provisioning.Strategies;

            [Bars({|PRV0009:"60s"|}, Base = true)]
            [Bars({|PRV0009:"300s"|})]
            [Bars({|PRV0009:"2 hours"|})]
            public sealed class Strategy1 { }
            """,
            """
            using Provisioning.Strategies;

            [Bars("1m", Base = true)]
            [Bars("5m")]
            [Bars("2h")]
            public sealed class Strategy1 { }
            """);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task A_constant_from_a_field_is_reported_but_not_rewritten_at_the_use()
    {
        const string source = """
            using Provisioning.Intervals;

            public static class Runner
            {
                private const string Hourly = "60m";

                public static Interval Run() => Interval.Parse({|PRV0009:Hourly|});
            }
            """;
        var test = new CodeFixTest<IntervalLiteralAnalyzer, CanonicalIntervalCodeFix>(source, source);
        await test.RunAsync();
    }
}
