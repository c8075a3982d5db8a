using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Robustness;

/// <summary>
/// In an IDE the generator runs on half-typed code. Over every prefix of realistic annotated files it must never
/// throw (a thrown exception surfaces as warning CS8785 and drops all generated code).
/// </summary>
public sealed class TypingRobustnessTests
{
    /// <summary>A compact but complete file: an indicator with a range and a default, a strategy, a step and its handler.</summary>
    private const string Compact = """
        using System.Threading.Tasks;
        using Provisioning.Data;
        using Provisioning.Steps.__Internals;
        using Provisioning.Steps;
        using Provisioning.Indicators;
        using Provisioning.Planning;
        using Provisioning.Strategies;

        namespace Typed;

        [Indicator("band", Input = PriceInput.Typical)]
        public sealed partial class Band : IIndicator
        {
            public Band([Parameter(Min = 2, Max = 500)] int period, [Parameter(Min = 0.5)] double k = 2.0) { }
            public static int WarmupBars(int period) => period;
            public bool IsReady => false;
            public double Value => 0;
            public void Update(in Bar bar) { }
            public void Reset() { }
        }

        [Bars("1m", Base = true)]
        [Bars("5m", HistoricalDays = 3)]
        [UsesIndicator<Band>("15m", 20, 2.5)]
        public sealed partial class Breakout : Strategy { }

        public sealed record Ping(string Symbol) : ProvisioningStep(Symbol)
        {
            public override string Describe() => "ping";
        }

        public static class Pings
        {
            [StepHandler]
            public static ValueTask<StepResult> Handle(Ping step, StepContext context) => new(StepResult.Done());
        }
        """;

    [Fact]
    public void Every_character_prefix_of_a_compact_file_runs_cleanly()
    {
        var prefixes = Enumerable.Range(0, Compact.Length + 1).Select(n => Compact[..n]);

        var final = RunOverPrefixes(prefixes);

        // The last prefix is the whole file, which generates everything.
        Assert.Contains("Typed.Band.Indicator.g.cs", final.Sources.Keys);
        Assert.Contains("Typed.Breakout.Strategy.g.cs", final.Sources.Keys);
        Assert.Contains("Provisioning.StepDispatcher.g.cs", final.Sources.Keys);
        Assert.Empty(final.ErrorsAndGeneratedWarnings.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_token_prefix_of_the_realistic_file_runs_cleanly()
    {
        var text = SnapshotInput.Read("MeanReversion");
        var root = CSharpSyntaxTree.ParseText(text, TestCompilation.ParseOptions).GetRoot();
        var ends = root.DescendantTokens(descendIntoTrivia: false).Select(t => t.Span.End).Distinct().ToList();

        // Each token end, and the middle of each token longer than one character (a half-typed identifier or literal).
        var cuts = ends
            .Concat(root.DescendantTokens().Where(t => t.Span.Length > 1).Select(t => t.Span.Start + (t.Span.Length / 2)))
            .Append(0)
            .Append(text.Length)
            .Distinct()
            .Order();

        var final = RunOverPrefixes(cuts.Select(n => text[..n]));

        Assert.Equal(7, final.Sources.Count);
    }

    [Fact]
    public void Every_prefix_also_runs_cleanly_from_a_fresh_driver()
    {
        // A fresh driver per prefix takes the non-incremental path; token ends keep it affordable.
        var root = CSharpSyntaxTree.ParseText(Compact, TestCompilation.ParseOptions).GetRoot();
        foreach (var end in root.DescendantTokens().Select(t => t.Span.End).Distinct())
        {
            var run = GeneratorRun.Start(TestCompilation.Create(Compact[..end]));
            AssertNoGeneratorFailure(run, end);
        }
    }

    /// <summary>Runs one driver over successive versions of a single file, as an editor does while typing.</summary>
    private static GeneratorRun RunOverPrefixes(IEnumerable<string> prefixes)
    {
        var driver = GeneratorRun.NewDriver();
        var compilation = TestCompilation.Create(string.Empty);
        GeneratorRun? run = null;
        foreach (var prefix in prefixes)
        {
            var tree = compilation.SyntaxTrees.Single();
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(prefix)));
            run = GeneratorRun.Continue(driver, compilation);
            driver = run.Driver;
            AssertNoGeneratorFailure(run, prefix.Length);
        }

        return run!;
    }

    internal static void AssertNoGeneratorFailure(GeneratorRun run, int length)
    {
        var result = run.Single;
        if (result.Exception is not null)
        {
            Assert.Fail($"the generator threw at prefix length {length}: {result.Exception}");
        }

        var failures = run.GeneratorDiagnostics.Concat(result.Diagnostics).Where(d => d.Id is "CS8785" or "CS8784").ToList();
        Assert.True(failures.Count == 0, $"generator failure at prefix length {length}: {string.Join("; ", failures)}");
    }
}
