using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Provisioning.Generators.Analyzers;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Analyzers;

/// <summary>
/// The analyzers run on half-typed code in the IDE at every key press. Over every prefix of a realistic file (and of
/// its session config) no analyzer may throw: no AD0001 from the host, and nothing swallowed by the analyzers' own guard.
/// </summary>
public sealed class AnalyzerRobustnessTests
{
    [Fact]
    public async Task Every_prefix_of_a_realistic_source_file_is_analyzed_without_an_exception()
    {
        var config = new InMemoryAdditionalText("/desk/session.json", RealisticSample.SessionJson);
        var failures = await AnalyzeAsync(
            Enumerable.Range(0, RealisticSample.Source.Length + 1).Select(length => (RealisticSample.Source.Substring(0, length), config)));

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_prefix_of_a_session_config_is_analyzed_without_an_exception()
    {
        var json = RealisticSample.SessionJson;
        var failures = await AnalyzeAsync(
            Enumerable.Range(0, json.Length + 1).Select(length => (TestProject.ValidIndicator, new InMemoryAdditionalText("/desk/session.json", json.Substring(0, length)))));

        Assert.Empty(failures);
    }

    private static async Task<string[]> AnalyzeAsync(System.Collections.Generic.IEnumerable<(string Source, InMemoryAdditionalText Config)> cases)
    {
        var failures = new ConcurrentQueue<string>();
        var swallowedBefore = AnalyzerGuard.Swallowed;
        var compilation = TestCompilation.Create(string.Empty);
        foreach (var (source, config) in cases)
        {
            var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions, "Strategy.cs");
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(config)),
                onAnalyzerException: (exception, analyzer, _) => failures.Enqueue(analyzer.GetType().Name + " at length " + source.Length + ": " + exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation
                .RemoveAllSyntaxTrees()
                .AddSyntaxTrees(tree)
                .WithAnalyzers(TestProject.AllAnalyzers, options)
                .GetAnalyzerDiagnosticsAsync();
            foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
            {
                failures.Enqueue(diagnostic.ToString());
            }
        }

        if (AnalyzerGuard.Swallowed != swallowedBefore)
        {
            failures.Enqueue("The analyzers' guard swallowed an exception: " + AnalyzerGuard.LastSwallowed);
        }

        return failures.ToArray();
    }
}
