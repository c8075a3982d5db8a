extern alias CoreRuntime;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Provisioning.Generators.Tests.Infrastructure;

/// <summary>
/// Compilations of test sources as a strategy author's project sees them: the .NET 10 framework assemblies, the real
/// Provisioning.Core dll, nullable on, documentation comments checked (so a public generated member without docs is a
/// CS1591 warning), latest language version.
/// </summary>
internal static class TestCompilation
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static string CoreAssemblyPath => typeof(CoreRuntime::Provisioning.Indicators.IIndicator).Assembly.Location;

    /// <summary>
    /// The framework's assemblies (from the running shared framework: Basic.Reference.Assemblies.Net100 needs
    /// Roslyn 4.11, and this project pins 4.8, the generator's minimum host) and Core.
    /// </summary>
    public static ImmutableArray<MetadataReference> References { get; } =
    [
        .. Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(IsManagedFrameworkAssembly)
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(CoreAssemblyPath),
    ];

    public static CSharpCompilation Create(params string[] sources) =>
        Create(sources.Select((text, i) => ($"Source{i}.cs", text)));

    public static CSharpCompilation Create(IEnumerable<(string Path, string Text)> sources) =>
        CSharpCompilation.Create(
            "StrategyProject",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));

    private static bool IsManagedFrameworkAssembly(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("System.", System.StringComparison.Ordinal)
            || name.StartsWith("Microsoft.", System.StringComparison.Ordinal)
            || name is "System.dll" or "mscorlib.dll" or "netstandard.dll";
    }

    /// <summary>The test project's folder in the source tree (where the Snapshots folder lives).</summary>
    public static string ProjectDirectory() => Path.Combine(RepositoryLayout.Root, "tests", "Provisioning.Generators.Tests");
}
