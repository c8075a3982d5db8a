extern alias GeneratorAssembly;

using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Provisioning.Benchmarks.Infrastructure;
using ProvisioningGenerator = GeneratorAssembly::Provisioning.Generators.ProvisioningGenerator;

namespace Provisioning.Benchmarks.Generator;

/// <summary>
/// Figure 6: what the generator adds to a build of <see cref="SyntheticProject"/> (1,000 indicators; 50 in the smoke
/// run). "Build": parse every file, compile, run the generator over a real <see cref="CSharpCompilation"/> with
/// <see cref="CSharpGeneratorDriver"/>, and emit the assembly (Emit reports every diagnostic: a real compile), against
/// the same build without the generator. "Edit": after an unrelated edit (a method body in Desk.cs), the unchanged trees
/// kept as the IDE and the compiler server keep them, the driver of the previous run reused, against recompiling the
/// edited project without the generator.
/// </summary>
[Config(typeof(RatioConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MemoryDiagnoser]
public class GeneratorCostBenchmarks
{
    private readonly MemoryStream _assembly = new();
    private SyntheticProject _project = null!;
    private CSharpCompilation _compiled = null!;
    private SyntaxTree _desk = null!;
    private GeneratorDriver _warmDriver = null!;
    private int _edits;

    /// <summary>The indicators of the project.</summary>
    public static int Indicators => SmokeMode.IsOn ? 50 : 1_000;

    /// <summary>Writes the project and checks that both builds succeed and the generator makes its files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _project = SyntheticProject.Create(Indicators);
        _compiled = SyntheticProject.Compile(_project.Parse());
        _desk = _compiled.SyntaxTrees.Single(t => t.FilePath == SyntheticProject.DeskPath);
        _warmDriver = NewDriver().RunGeneratorsAndUpdateCompilation(_compiled, out var output, out var problems);
        var generated = _warmDriver.GetRunResult().GeneratedTrees.Length;
        if (problems.Length > 0 || generated != (2 * Indicators) + 1)
        {
            throw new InvalidOperationException($"The generator made {generated} files (expected {(2 * Indicators) + 1}); {string.Join("; ", problems)}");
        }

        Check(_compiled, "without the generator");
        Check(output, "with the generator");
    }

    /// <summary>Build baseline: parse, compile and emit without the generator.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Build")]
    public long BuildWithoutGenerator() => Emit(SyntheticProject.Compile(_project.Parse()));

    /// <summary>Parse, run the generator, compile and emit.</summary>
    [Benchmark]
    [BenchmarkCategory("Build")]
    public long BuildWithGenerator()
    {
        NewDriver().RunGeneratorsAndUpdateCompilation(SyntheticProject.Compile(_project.Parse()), out var output, out _);
        return Emit(output);
    }

    /// <summary>Edit baseline: the edited project recompiled and emitted without the generator.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Edit")]
    public long RebuildAfterEditWithoutGenerator() => Emit(Edited());

    /// <summary>The edited project: the previous run's driver run again (cached steps), then compile and emit.</summary>
    [Benchmark]
    [BenchmarkCategory("Edit")]
    public long RebuildAfterEditWithGenerator()
    {
        _warmDriver.RunGeneratorsAndUpdateCompilation(Edited(), out var output, out _);
        return Emit(output);
    }

    /// <summary>The generator alone, first run on a fresh compilation (the share of "Build" it takes).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Generator alone")]
    public int GeneratorFirstRun() =>
        NewDriver().RunGenerators(SyntheticProject.Compile(_project.Parse())).GetRunResult().GeneratedTrees.Length;

    /// <summary>The generator alone, re-run after the unrelated edit with the previous run's driver.</summary>
    [Benchmark]
    [BenchmarkCategory("Generator alone")]
    public int GeneratorRerunAfterEdit() => _warmDriver.RunGenerators(Edited()).GetRunResult().GeneratedTrees.Length;

    /// <summary>Frees the emitted image.</summary>
    [GlobalCleanup]
    public void Cleanup() => _assembly.Dispose();

    private static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            [new ProvisioningGenerator().AsSourceGenerator()],
            parseOptions: SyntheticProject.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private CSharpCompilation Edited() => _compiled.ReplaceSyntaxTree(_desk, SyntheticProject.EditedDesk(++_edits));

    private long Emit(Compilation compilation)
    {
        _assembly.SetLength(0);
        var result = compilation.Emit(_assembly);
        return result.Success ? _assembly.Length : -1;
    }

    private void Check(Compilation compilation, string build)
    {
        _assembly.SetLength(0);
        var result = compilation.Emit(_assembly);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(5).ToList();
        if (!result.Success || problems.Count > 0)
        {
            throw new InvalidOperationException($"The synthetic project does not compile cleanly {build}: {string.Join("; ", problems)}");
        }
    }
}
