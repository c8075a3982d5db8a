using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Provisioning.Generators.Tests.Infrastructure;

/// <summary>Runs the provisioning generator over a compilation with step tracking on, as an IDE or build would.</summary>
internal sealed class GeneratorRun
{
    private GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> diagnostics)
    {
        Driver = driver;
        Input = input;
        Output = output;
        GeneratorDiagnostics = diagnostics;
    }

    public GeneratorDriver Driver { get; }

    public Compilation Input { get; }

    /// <summary>The input compilation with the generated files added.</summary>
    public Compilation Output { get; }

    /// <summary>What the driver reported (a generator exception shows up here as CS8785).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    public GeneratorRunResult Single => Result.Results.Single();

    public static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            [new ProvisioningGenerator().AsSourceGenerator()],
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Start(Compilation compilation) => Continue(NewDriver(), compilation);

    /// <summary>Runs an existing driver again over a changed compilation (the incremental path).</summary>
    public static GeneratorRun Continue(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics);
    }

    /// <summary>The generated files by hint name.</summary>
    public ImmutableDictionary<string, string> Sources =>
        Single.GeneratedSources.ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>
    /// Errors anywhere, and warnings located in generated files, of the compilation with generated code (the test's
    /// own sources may lack docs; generated code may not).
    /// </summary>
    public ImmutableArray<Diagnostic> ErrorsAndGeneratedWarnings =>
        [.. Output.GetDiagnostics().Where(d =>
            d.Severity == DiagnosticSeverity.Error
            || (d.Severity == DiagnosticSeverity.Warning && !Input.SyntaxTrees.Contains(d.Location.SourceTree)))];

    /// <summary>Errors and warnings of the compilation with generated code, and of the driver.</summary>
    public ImmutableArray<Diagnostic> Problems =>
        [.. GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning),
         .. Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)];
}
