using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Incremental;

/// <summary>
/// The generator re-runs on every keystroke in an IDE, so each pipeline step must come back Cached or Unchanged
/// unless what it models really changed, and the emit step must only run for changed models.
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string Unrelated = """
        namespace Demo.Other
        {
            /// <summary>Nothing to do with provisioning.</summary>
            public static class Clock
            {
                /// <summary>A number.</summary>
                public static int Hour => 9;
            }
        }
        """;

    private static readonly string Input = SnapshotInput.Read("MeanReversion");

    [Fact]
    public void The_realistic_input_exercises_every_tracked_step()
    {
        var run = GeneratorRun.Start(TestCompilation.Create(Input, Unrelated));

        foreach (var name in TrackingNames.All)
        {
            Assert.True(run.Single.TrackedSteps.ContainsKey(name), $"step {name} did not run");
            Assert.NotEmpty(run.Single.TrackedSteps[name].SelectMany(s => s.Outputs));
        }
    }

    [Fact]
    public void Editing_an_unrelated_file_leaves_every_step_cached_and_emits_nothing()
    {
        var compilation = TestCompilation.Create(Input, Unrelated);
        var first = GeneratorRun.Start(compilation);

        var edited = ReplaceTree(compilation, 1, Unrelated.Replace("=> 9;", "=> 10;", StringComparison.Ordinal));
        var second = GeneratorRun.Continue(first.Driver, edited);

        AssertAllStepsCachedOrUnchanged(second);
        AssertNothingEmitted(second);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Adding_an_unrelated_type_to_an_annotated_file_leaves_every_step_cached_and_emits_nothing()
    {
        var compilation = TestCompilation.Create(Input, Unrelated);
        var first = GeneratorRun.Start(compilation);

        var edited = ReplaceTree(compilation, 0, Input + "\nnamespace Demo.More { internal sealed class Note { } }\n");
        var second = GeneratorRun.Continue(first.Driver, edited);

        AssertAllStepsCachedOrUnchanged(second);
        AssertNothingEmitted(second);
    }

    [Fact]
    public void Editing_a_method_body_does_not_re_emit()
    {
        var compilation = TestCompilation.Create(Input, Unrelated);
        var first = GeneratorRun.Start(compilation);

        // WarmupBars' body, and the body of Update: code the generated files call, not declarations they are made of.
        var edited = ReplaceTree(
            compilation,
            0,
            Input
                .Replace("public static int WarmupBars(int period) => period;", "public static int WarmupBars(int period) => period + 1;", StringComparison.Ordinal)
                .Replace("_count++;", "_count += 1;", StringComparison.Ordinal));
        Assert.NotEqual(Input, edited.SyntaxTrees.First().ToString());
        var second = GeneratorRun.Continue(first.Driver, edited);

        AssertAllStepsCachedOrUnchanged(second);
        AssertNothingEmitted(second);
    }

    [Fact]
    public void Changing_a_parameter_range_re_emits_that_indicator_only()
    {
        var compilation = TestCompilation.Create(Input, Unrelated);
        var first = GeneratorRun.Start(compilation);

        var edited = ReplaceTree(compilation, 0, Input.Replace("[Parameter(Min = 1, Max = 100000)] int period", "[Parameter(Min = 1, Max = 500)] int period", StringComparison.Ordinal));
        var second = GeneratorRun.Continue(first.Driver, edited);

        Assert.Equal([IncrementalStepRunReason.Modified], ReasonsOf(second, TrackingNames.Indicators).Where(r => r != IncrementalStepRunReason.Unchanged && r != IncrementalStepRunReason.Cached));
        Assert.Contains("1d, 500d, null", second.Sources["Demo.Indicators.Sma.Indicator.g.cs"], StringComparison.Ordinal);
        Assert.Contains("from 1 to 500", second.Sources["Demo.Indicators.Sma.SessionExtensions.g.cs"], StringComparison.Ordinal);

        // The registration lists names and types only, and the strategy's use of sma(20) is unchanged: neither re-runs.
        Assert.All(ReasonsOf(second, TrackingNames.IndicatorRegistrations), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(ReasonsOf(second, TrackingNames.Strategies), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(first.Sources["Demo.Indicators.Bollinger.Indicator.g.cs"], second.Sources["Demo.Indicators.Bollinger.Indicator.g.cs"]);
        Assert.Equal(1, EmittedCount(second));
    }

    [Fact]
    public void Changing_the_warm_up_declaration_re_emits_that_indicator()
    {
        var compilation = TestCompilation.Create(Input, Unrelated);
        var first = GeneratorRun.Start(compilation);

        var edited = ReplaceTree(
            compilation,
            0,
            Input.Replace("public static int WarmupBars(int period) => period;\n\n        /// <inheritdoc />\n        public bool IsReady => false;", "public static int WarmupBars(int period, double k) => period + (int)k;\n\n        /// <inheritdoc />\n        public bool IsReady => false;", StringComparison.Ordinal));
        Assert.NotEqual(Input, edited.SyntaxTrees.First().ToString());
        var second = GeneratorRun.Continue(first.Driver, edited);

        Assert.Contains(IncrementalStepRunReason.Modified, ReasonsOf(second, TrackingNames.Indicators));
        Assert.Contains(
            "WarmupBars(period: arguments.Int32(0), k: arguments.Double(1))",
            second.Sources["Demo.Indicators.Bollinger.Indicator.g.cs"],
            StringComparison.Ordinal);
        Assert.Equal(first.Sources["Demo.Indicators.Sma.Indicator.g.cs"], second.Sources["Demo.Indicators.Sma.Indicator.g.cs"]);
        Assert.Equal(1, EmittedCount(second));
    }

    [Fact]
    public void Changing_a_strategy_declaration_re_emits_that_manifest_only()
    {
        var compilation = TestCompilation.Create(Input, Unrelated);
        var first = GeneratorRun.Start(compilation);

        var edited = ReplaceTree(compilation, 0, Input.Replace("[UsesIndicator<Sma>(\"5m\", 20)]", "[UsesIndicator<Sma>(\"5m\", 30)]", StringComparison.Ordinal));
        var second = GeneratorRun.Continue(first.Driver, edited);

        Assert.Contains("Sma.Spec(period: 30)", second.Sources["Demo.Strategies.MeanReversion.Strategy.g.cs"], StringComparison.Ordinal);
        Assert.All(ReasonsOf(second, TrackingNames.Indicators), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(1, EmittedCount(second));
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_syntax_locations_or_compilations()
    {
        var run = GeneratorRun.Start(TestCompilation.Create(Input, Unrelated));

        var walker = new ModelWalker();
        foreach (var name in TrackingNames.All)
        {
            foreach (var step in run.Single.TrackedSteps[name])
            {
                foreach (var (value, _) in step.Outputs)
                {
                    walker.Visit(value, name);
                }
            }
        }

        Assert.Empty(walker.Forbidden);

        // The walk reached the models themselves, not just their containers.
        Assert.Contains(typeof(Model.IndicatorModel), walker.TypesSeen);
        Assert.Contains(typeof(Model.StrategyModel), walker.TypesSeen);
        Assert.Contains(typeof(Model.StepHandlerModel), walker.TypesSeen);
        Assert.Contains(typeof(Model.IndicatorParameterModel), walker.TypesSeen);
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_of_files()
    {
        const string first = """
            using Provisioning.Indicators;
            using Provisioning.Steps;
            using Provisioning.Strategies;
            namespace A { [Indicator("zeta")] public sealed partial class Zeta : Shared.Base { public static int WarmupBars() => 1; } }
            """;
        const string second = """
            using Provisioning.Indicators;
            using Provisioning.Steps;
            using Provisioning.Strategies;
            namespace B { [Indicator("alpha")] public sealed partial class Alpha : Shared.Base { public static int WarmupBars() => 1; } }
            """;
        const string shared = """
            namespace Shared
            {
                public abstract class Base : Provisioning.Indicators.IIndicator
                {
                    public bool IsReady => true;
                    public double Value => 0;
                    public void Update(in Provisioning.Data.Bar bar) { }
                    public void Reset() { }
                }
            }
            """;

        var forward = GeneratorRun.Start(TestCompilation.Create(first, second, shared)).Sources;
        var backward = GeneratorRun.Start(TestCompilation.Create(shared, second, first)).Sources;

        Assert.Equal(forward.OrderBy(p => p.Key, StringComparer.Ordinal), backward.OrderBy(p => p.Key, StringComparer.Ordinal));
        var registration = forward["Provisioning.IndicatorRegistration.g.cs"];
        Assert.True(
            registration.IndexOf("global::B.Alpha.Descriptor", StringComparison.Ordinal) < registration.IndexOf("global::A.Zeta.Descriptor", StringComparison.Ordinal),
            "indicators are registered in name order");
    }

    private static Compilation ReplaceTree(Compilation compilation, int index, string text)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, TestCompilation.ParseOptions, old.FilePath));
    }

    private static IEnumerable<IncrementalStepRunReason> ReasonsOf(GeneratorRun run, string step) =>
        run.Single.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static void AssertAllStepsCachedOrUnchanged(GeneratorRun run)
    {
        foreach (var name in TrackingNames.All)
        {
            foreach (var reason in ReasonsOf(run, name))
            {
                Assert.True(
                    reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {name} output was {reason}");
            }
        }
    }

    private static void AssertNothingEmitted(GeneratorRun run) => Assert.Equal(0, EmittedCount(run));

    /// <summary>How many source outputs ran their emit action (their input was new or modified).</summary>
    private static int EmittedCount(GeneratorRun run) =>
        run.Single.TrackedOutputSteps
            .SelectMany(p => p.Value)
            .SelectMany(s => s.Outputs)
            .Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
}
