using System.Linq;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Robustness;

/// <summary>
/// Malformed and invalid declarations: the generator neither throws nor generates code that fails to compile; it
/// skips the declaration (the analyzers report it) and still generates for the valid ones beside it.
/// </summary>
public sealed class MalformedDeclarationTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Provisioning.Data;
        using Provisioning.Steps.__Internals;
        using Provisioning.Steps;
        using Provisioning.Indicators;
        using Provisioning.Planning;
        using Provisioning.Strategies;

        """;

    private const string Support = """
        namespace Support
        {
            public abstract class Base : Provisioning.Indicators.IIndicator
            {
                public bool IsReady => true;
                public double Value => 0;
                public void Update(in Provisioning.Data.Bar bar) { }
                public void Reset() { }
            }

            [Provisioning.Indicators.Indicator("valid")]
            public sealed partial class Valid : Base
            {
                public Valid([Provisioning.Indicators.Parameter(Min = 1)] int period) { }
                public static int WarmupBars(int period) => period;
            }

            public sealed record Known(string Symbol) : Provisioning.Steps.ProvisioningStep(Symbol)
            {
                public override string Describe() => "known";
            }
        }
        """;

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "indicator without arguments", "[Indicator] public sealed partial class X : Support.Base { public static int WarmupBars() => 1; }", "" },
        { "indicator with a null name", "[Indicator(null)] public sealed partial class X : Support.Base { public static int WarmupBars() => 1; }", "" },
        { "indicator with a number for a name", "[Indicator(42)] public sealed partial class X : Support.Base { public static int WarmupBars() => 1; }", "" },
        { "indicator with an unknown input", "[Indicator(\"x\", Input = (PriceInput)99)] public sealed partial class X : Support.Base { public static int WarmupBars() => 1; }", "" },
        { "indicator twice on one class", "[Indicator(\"x\")][Indicator(\"y\")] public sealed partial class X : Support.Base { public static int WarmupBars() => 1; }", "X.Indicator.g.cs|X.SessionExtensions.g.cs" },
        { "indicator on a struct", "[Indicator(\"x\")] public partial struct X { public static int WarmupBars() => 1; }", "" },
        { "indicator on a record struct", "[Indicator(\"x\")] public partial record struct X { public static int WarmupBars() => 1; }", "" },
        { "indicator on a static class", "[Indicator(\"x\")] public static partial class X { public static int WarmupBars() => 1; }", "" },
        { "generic indicator", "[Indicator(\"x\")] public sealed partial class X<T> : Support.Base { public static int WarmupBars() => 1; }", "" },
        { "indicator in a generic type", "public partial class Outer<T> { [Indicator(\"x\")] public sealed partial class X : Support.Base { public static int WarmupBars() => 1; } }", "" },
        { "indicator in a non-partial type", "public class Outer { [Indicator(\"x\")] public sealed partial class X : Support.Base { public static int WarmupBars() => 1; } }", "" },
        { "indicator in a private nested type", "public partial class Outer { [Indicator(\"x\")] private sealed partial class X : Support.Base { public static int WarmupBars() => 1; } }", "" },
        { "indicator without IIndicator", "[Indicator(\"x\")] public sealed partial class X { public static int WarmupBars() => 1; }", "" },
        { "indicator with a params parameter", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public X(params int[] periods) { } public static int WarmupBars() => 1; }", "" },
        { "indicator with a ref parameter", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public X(ref int period) { } public static int WarmupBars() => 1; }", "" },
        { "indicator with a string parameter", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public X(string name) { } public static int WarmupBars() => 1; }", "" },
        { "indicator with two public constructors", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public X(int a) { } public X(double b) { } public static int WarmupBars() => 1; }", "" },
        { "indicator with no public constructor", "[Indicator(\"x\")] public sealed partial class X : Support.Base { private X() { } public static int WarmupBars() => 1; }", "" },
        { "indicator with a NaN bound", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public X([Parameter(Min = double.NaN)] int period) { } public static int WarmupBars(int period) => period; }", "" },
        { "indicator with a default outside its range", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public X([Parameter(Min = 1)] int period = 0) { } public static int WarmupBars(int period) => period; }", "" },
        { "indicator with a reserved parameter name", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public X(int interval) { } public static int WarmupBars(int interval) => interval; }", "" },
        { "indicator with parameters differing by case", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public X(int period, int Period) { } public static int WarmupBars(int period) => period; }", "" },
        { "indicator declaring Spec", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public static int Spec; public static int WarmupBars() => 1; }", "" },
        { "warm-up as a property", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public static int WarmupBars => 1; }", "" },
        { "warm-up not static", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public int WarmupBars() => 1; }", "" },
        { "warm-up returning long", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public static long WarmupBars() => 1; }", "" },
        { "warm-up overloaded", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public X(int p) { } public static int WarmupBars() => 1; public static int WarmupBars(int p) => p; }", "" },
        { "warm-up generic", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public static int WarmupBars<T>() => 1; }", "" },
        { "warm-up narrowing double to int", "[Indicator(\"x\")] public sealed partial class X : Support.Base { public X(double k) { } public static int WarmupBars(int k) => k; }", "" },
        { "bars without arguments", "[Bars] public sealed partial class S : Strategy { }", "S.Strategy.g.cs" },
        { "bars with a null interval", "[Bars(null)] public sealed partial class S : Strategy { }", "S.Strategy.g.cs" },
        { "bars with negative history", "[Bars(\"1m\", Base = true, HistoricalDays = -1)] public sealed partial class S : Strategy { }", "S.Strategy.g.cs" },
        { "bars on a non-strategy", "[Bars(\"1m\", Base = true)] public sealed partial class S { }", "" },
        { "bars on a generic strategy", "[Bars(\"1m\", Base = true)] public sealed partial class S<T> : Strategy { }", "" },
        { "strategy declaring Manifest", "[Bars(\"1m\", Base = true)] public sealed partial class S : Strategy { public override StrategyManifest Manifest => StrategyManifest.Empty(\"S\"); }", "" },
        { "uses a type that is not an indicator", "[UsesIndicator<Support.Base>(\"5m\", 1)] public sealed partial class S : Strategy { }", "S.Strategy.g.cs" },
        { "uses an unknown type", "[UsesIndicator<Missing>(\"5m\", 1)] public sealed partial class S : Strategy { }", "S.Strategy.g.cs" },
        { "uses int as an indicator", "[UsesIndicator<int>(\"5m\", 1)] public sealed partial class S : Strategy { }", "S.Strategy.g.cs" },
        { "uses with too many arguments", "[Bars(\"1m\", Base = true)][UsesIndicator<Support.Valid>(\"5m\", 1, 2)] public sealed partial class S : Strategy { }", "S.Strategy.g.cs" },
        { "uses with a missing argument", "[Bars(\"1m\", Base = true)][UsesIndicator<Support.Valid>(\"5m\")] public sealed partial class S : Strategy { }", "S.Strategy.g.cs" },
        { "uses with a string argument", "[Bars(\"1m\", Base = true)][UsesIndicator<Support.Valid>(\"5m\", \"20\")] public sealed partial class S : Strategy { }", "S.Strategy.g.cs" },
        { "uses with a null argument list", "[Bars(\"1m\", Base = true)][UsesIndicator<Support.Valid>(\"5m\", null)] public sealed partial class S : Strategy { }", "S.Strategy.g.cs" },
        { "uses with an explicit array", "[Bars(\"1m\", Base = true)][UsesIndicator<Support.Valid>(\"5m\", new object[] { 0 })] public sealed partial class S : Strategy { }", "S.Strategy.g.cs" },
        { "handler without parameters", "public static class H { [StepHandler] public static ValueTask<StepResult> M() => default; }", "" },
        { "handler returning void", "public static class H { [StepHandler] public static void M(Support.Known step, StepContext context) { } }", "" },
        { "handler of an unknown step type", "public static class H { [StepHandler] public static ValueTask<StepResult> M(Missing step, StepContext context) => default; }", "" },
        { "handler with ref parameters", "public static class H { [StepHandler] public static ValueTask<StepResult> M(ref Support.Known step, StepContext context) => default; }", "" },
        { "generic handler", "public static class H { [StepHandler] public static ValueTask<StepResult> M<T>(Support.Known step, StepContext context) => default; }", "" },
        { "handler in a generic type", "public static class H<T> { [StepHandler] public static ValueTask<StepResult> M(Support.Known step, StepContext context) => default; }", "" },
        { "handler in a private type", "public static class Outer { private static class H { [StepHandler] public static ValueTask<StepResult> M(Support.Known step, StepContext context) => default; } }", "" },
        { "handler on a local function", "public static class H { public static void Run() { [StepHandler] static ValueTask<StepResult> M(Support.Known step, StepContext context) => default; } }", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_skipped_without_failing_the_generator_or_the_generated_code(string name, string declaration, string otherFiles)
    {
        var run = GeneratorRun.Start(TestCompilation.Create(Usings + declaration, Support));

        TypingRobustnessTests.AssertNoGeneratorFailure(run, declaration.Length);
        var generatedErrors = run.Output.GetDiagnostics()
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && !run.Input.SyntaxTrees.Contains(d.Location.SourceTree))
            .Select(d => d.ToString());
        Assert.Empty(generatedErrors);

        // The valid indicator beside the malformed declaration gets its code; a malformed indicator or handler gets
        // none; a strategy that can take a manifest gets one without the malformed entries (which here are all of them).
        string[] expected =
        [
            "Provisioning.IndicatorRegistration.g.cs", "Support.Valid.Indicator.g.cs", "Support.Valid.SessionExtensions.g.cs",
            .. otherFiles.Split('|', System.StringSplitOptions.RemoveEmptyEntries),
        ];
        Assert.Equal(expected.Order(System.StringComparer.Ordinal), run.Sources.Keys.Order(System.StringComparer.Ordinal));
        if (run.Sources.TryGetValue("S.Strategy.g.cs", out var manifest))
        {
            Assert.Contains("EquatableArray<global::Provisioning.Indicators.IndicatorSpec>.Empty", manifest, System.StringComparison.Ordinal);
            Assert.DoesNotContain("HistoricalDays: -1", manifest, System.StringComparison.Ordinal);
        }

        Assert.NotNull(name);
    }
}
