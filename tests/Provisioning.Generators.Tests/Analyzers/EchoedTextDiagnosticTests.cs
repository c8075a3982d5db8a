using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Analyzers;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Analyzers;

/// <summary>
/// Text from source or a session config reaches a diagnostic message escaped and clipped: a literal
/// "5m\nerror PRV0000: forged" must not make the build print a line "CSC : error PRV0000: forged".
/// </summary>
public sealed class EchoedTextDiagnosticTests
{
    // The reason the interval grammar gives for the text, with the line break shown as the escape \n (written by hand).
    private const string ForgedReason =
        "\"5m\\nerror PRV0000: forged\" has an unknown unit \"m\\nerror PRV0000: forged\": use s (seconds), m (minutes), "
        + "h (hours), d (days) or w (weeks), for example \"5m\".";

    [Fact]
    public async Task A_literal_with_a_line_break_gives_a_one_line_diagnostic()
    {
        var test = new AnalyzerTest<IntervalLiteralAnalyzer>("""
            using Provisioning.Indicators;
            using Provisioning.Strategies;

            [Bars({|#0:"5m\nerror PRV0000: forged"|})]
            public sealed class Strategy1 { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0001", DiagnosticSeverity.Error).WithLocation(0).WithMessage(ForgedReason));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_session_json_value_with_a_line_break_gives_a_one_line_diagnostic()
    {
        // `{ "derivedIntervals": [` is 23 characters, so the value starts at column 24; written in the file it is 27
        // characters (2 quotes, "5m", the escape \n and the 21 of "error PRV0000: forged").
        var test = new AnalyzerTest<SessionConfigAnalyzer>(TestProject.ValidIndicator);
        test.TestState.AdditionalFiles.Add(("/app/session.json", """{ "derivedIntervals": ["5m\nerror PRV0000: forged"] }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0008", DiagnosticSeverity.Error)
            .WithSpan("/app/session.json", 1, 24, 1, 51)
            .WithMessage(ForgedReason));
        await test.RunAsync();
    }

    [Fact]
    public async Task Every_diagnostic_on_hostile_text_is_one_short_line_and_nothing_throws()
    {
        var longText = "5" + new string('x', 10_000);
        var source = $$"""
            using Provisioning.Strategies;
            using Provisioning.Data;
            using Provisioning.Indicators;

            namespace Sample
            {
                [Indicator("bad\nerror PRV0000: forged\u2028x")]
                public sealed partial class Forged : IIndicator
                {
                    public Forged([Parameter(Min = 1)] int period) { }
                    public static int WarmupBars(int period) => period;
                    public bool IsReady => false;
                    public double Value => double.NaN;
                    public void Update(in Bar bar) { }
                    public void Reset() { }
                }

                [Bars("5m\r\nerror PRV0000: forged")]
                [Bars("{{longText}}")]
                [Bars("5min\u0085", Base = true)]
                [UsesIndicator<Spread>("1h\u2029error PRV0000: forged", 20)]
                public sealed partial class Strategy1
                {
                    public static void M() => Provisioning.Intervals.Interval.Parse("7\u202Eerror PRV0000: forged");
                }
            }
            """;
        var config = new InMemoryAdditionalText(
            "/app/session.json",
            "{ \"symbols\": [\"AA\\nerror PRV0000: forged\"], \"streams\": [\"" + longText + "\"], \"exchange\": \"X\\u2028\", "
            + "\"indicators\": [ { \"name\": \"spread\\nerror\", \"interval\": \"5m\" }, "
            + "{ \"name\": \"spread\", \"interval\": \"5m\", \"parameters\": { \"period\": 20, \"per\\niod\": 1 } } ] }");
        var compilation = TestCompilation.Create(TestProject.ValidIndicator, source);
        var swallowedBefore = AnalyzerGuard.Swallowed;

        var generator = GeneratorRun.Start(compilation);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(config)),
            onAnalyzerException: (exception, analyzer, _) => failures.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await generator.Output.WithAnalyzers(TestProject.AllAnalyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(failures);
        Assert.Equal(swallowedBefore, AnalyzerGuard.Swallowed);
        Assert.Null(generator.Single.Exception);
        Assert.DoesNotContain(generator.GeneratorDiagnostics, d => d.Id == "CS8785");
        var provisioning = diagnostics.Where(d => d.Id.StartsWith("PRV", StringComparison.Ordinal)).ToArray();

        // Each hostile text above gives at least one diagnostic: the indicator name, three bars, the indicator use's
        // interval, Interval.Parse, and in the config the symbol, the stream, the exchange, the name and the parameter.
        Assert.True(provisioning.Length >= 11, string.Join(Environment.NewLine, provisioning.Select(d => d.ToString())));
        Assert.All(provisioning, d =>
        {
            var message = d.GetMessage(CultureInfo.InvariantCulture);
            Assert.True(message.Length <= 600, message.Length + " characters: " + d.Id);
            Assert.DoesNotContain(message, c => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
        });
        Assert.Contains(provisioning, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("is \"bad\\nerror PRV0000: forged\\u2028x\", but", StringComparison.Ordinal));
    }
}
