using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Provisioning.Indicators;

namespace Provisioning.Benchmarks.Generator;

/// <summary>
/// A strategy author's project made up for figure 6: <c>count</c> [Indicator] classes, one file each (a third with two
/// parameters, one with a default), and an unrelated file, <c>Desk.cs</c>, whose method body is what the "edit" changes.
/// It references the running framework's assemblies and Provisioning.Core, as a real project does.
/// </summary>
public sealed class SyntheticProject
{
    /// <summary>The path of the unrelated file.</summary>
    public const string DeskPath = "Desk.cs";

    private SyntheticProject(IReadOnlyList<(string Path, string Text)> files)
    {
        Files = files;
    }

    /// <summary>The parse options of every file (C# latest).</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>The framework's managed assemblies and Provisioning.Core.</summary>
    public static ImmutableArray<MetadataReference> References { get; } =
    [
        .. Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(IsManagedFrameworkAssembly)
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(IIndicator).Assembly.Location),
    ];

    /// <summary>The files: the indicators, then <see cref="DeskPath"/>.</summary>
    public IReadOnlyList<(string Path, string Text)> Files { get; }

    /// <summary>A project of <paramref name="indicators"/> indicators.</summary>
    public static SyntheticProject Create(int indicators) =>
        new([.. Enumerable.Range(0, indicators).Select(i => ($"Indicators/Ind{Number(i)}.cs", Indicator(i))), (DeskPath, Desk(0))]);

    /// <summary>Parses every file.</summary>
    public ImmutableArray<SyntaxTree> Parse() =>
        [.. Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.Path))];

    /// <summary>The unrelated file after edit number <paramref name="edit"/> (a changed method body).</summary>
    public static SyntaxTree EditedDesk(int edit) => CSharpSyntaxTree.ParseText(Desk(edit), ParseOptions, DeskPath);

    /// <summary>A compilation of <paramref name="trees"/> into a library, as the build makes it.</summary>
    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "SyntheticStrategies",
            trees,
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));

    private static string Number(int i) => i.ToString("0000", CultureInfo.InvariantCulture);

    private static string Indicator(int i)
    {
        var name = "Ind" + Number(i);
        var twoParameters = i % 3 == 0;
        var parameters = twoParameters
            ? "[Parameter(Min = 1, Max = 10000)] int period, [Parameter(Min = 0.1, Max = 10)] double weight = 2.0"
            : "[Parameter(Min = 1, Max = 10000)] int period";
        return $$"""
            using System;
            using Provisioning.Data;
            using Provisioning.Indicators;

            namespace Synthetic.Indicators;

            /// <summary>Synthetic indicator {{i}}: a weighted average of the close.</summary>
            [Indicator("{{name.ToLowerInvariant()}}", Input = PriceInput.Close)]
            public sealed partial class {{name}} : IIndicator
            {
                private readonly double[] _window;
                private readonly double _weight;
                private int _count;
                private double _sum;

                /// <summary>Creates the indicator.</summary>
                public {{name}}({{parameters}})
                {
                    _window = new double[period];
                    _weight = {{(twoParameters ? "weight" : (1.0 + (i % 7)).ToString("0.0", CultureInfo.InvariantCulture))}};
                }

                /// <summary>Bars before it is ready.</summary>
                public static int WarmupBars(int period) => period + {{i % 5}};

                /// <inheritdoc />
                public bool IsReady => _count >= _window.Length;

                /// <inheritdoc />
                public double Value => IsReady ? _weight * _sum / _window.Length : double.NaN;

                /// <inheritdoc />
                public void Update(in Bar bar)
                {
                    var slot = _count % _window.Length;
                    _sum += bar.Close - _window[slot];
                    _window[slot] = bar.Close;
                    _count++;
                }

                /// <inheritdoc />
                public void Reset()
                {
                    Array.Clear(_window);
                    _count = 0;
                    _sum = 0;
                }
            }
            """;
    }

    private static string Desk(int edit) => $$"""
        namespace Synthetic;

        /// <summary>Code that has nothing to do with indicators.</summary>
        public static class Desk
        {
            /// <summary>A number the edit changes.</summary>
            public static int Limit(int orders)
            {
                var limit = orders * {{edit + 2}};
                return limit > 1000 ? 1000 : limit;
            }
        }
        """;

    private static bool IsManagedFrameworkAssembly(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("System.", System.StringComparison.Ordinal)
            || name.StartsWith("Microsoft.", System.StringComparison.Ordinal)
            || name is "System.dll" or "mscorlib.dll" or "netstandard.dll";
    }
}
