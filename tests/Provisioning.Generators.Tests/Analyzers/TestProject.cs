using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Analyzers;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Analyzers;

/// <summary>
/// What every analyzer and code fix test compiles against: the references of <see cref="TestCompilation"/> (the running
/// .NET 10 shared framework and the real Provisioning.Core assembly), so attributes and APIs resolve exactly as in a
/// user's project and nothing is downloaded while tests run.
/// </summary>
internal static class TestProject
{
    /// <summary>No reference package: the framework comes from <see cref="Apply"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    /// <summary>Every analyzer the package ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
        new IntervalLiteralAnalyzer(),
        new ParameterRangeAnalyzer(),
        new IndicatorDeclarationAnalyzer(),
        new StrategyDeclarationAnalyzer(),
        new StepHandlerAnalyzer(),
        new SessionConfigAnalyzer(),
        new CalendarDefinitionAnalyzer());

    /// <summary>Sets the references of a test's project state.</summary>
    public static void Apply(SolutionState state)
    {
        state.AdditionalReferences.AddRange(TestCompilation.References);
    }

    /// <summary>An indicator declaration that satisfies every rule, for tests about something else.</summary>
    public const string ValidIndicator = """
        using Provisioning.Steps;
        using Provisioning.Data;
        using Provisioning.Indicators;

        namespace Sample;

        [Indicator("spread")]
        public sealed partial class Spread : IIndicator
        {
            public Spread([Parameter(Min = 1, Max = 500)] int period, [Parameter(Min = 0.5, Max = 4)] double width = 2)
            {
                Period = period;
                Width = width;
            }

            public int Period { get; }

            public double Width { get; }

            public bool IsReady => false;

            public double Value => double.NaN;

            public static int WarmupBars(int period) => period;

            public void Update(in Bar bar)
            {
            }

            public void Reset()
            {
            }
        }
        """;
}
