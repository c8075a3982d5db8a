using System.Linq;
using Microsoft.CodeAnalysis;
using Provisioning.Generators.Reading;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Reading;

/// <summary>Compiles declarations for reader tests and describes problems as (kind, source text at the location).</summary>
internal static class ReaderTestSource
{
    public const string Usings = """
        using System.Threading.Tasks;
        using Provisioning.Data;
        using Provisioning.Steps.__Internals;
        using Provisioning.Steps;
        using Provisioning.Indicators;
        using Provisioning.Planning;
        using Provisioning.Strategies;

        public abstract class Base : IIndicator
        {
            public bool IsReady => true;
            public double Value => 0;
            public void Update(in Bar bar) { }
            public void Reset() { }
        }

        [Indicator("sma")]
        public sealed partial class Sma : Base
        {
            public Sma([Parameter(Min = 1, Max = 500)] int period) { }
            public static int WarmupBars(int period) => period;
        }

        """;

    public static Compilation Compile(string declarations) => TestCompilation.Create(Usings + declarations);

    public static INamedTypeSymbol Type(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) ?? throw new System.InvalidOperationException(metadataName + " not found");

    public static IMethodSymbol Method(Compilation compilation, string type, string method) =>
        Type(compilation, type).GetMembers(method).OfType<IMethodSymbol>().Single();

    /// <summary>Each problem as "Kind @ text", the text being the source at its location.</summary>
    public static string[] Describe(System.Collections.Immutable.ImmutableArray<DeclarationProblem> problems) =>
        problems.Select(p =>
        {
            var location = p.GetLocation();
            var text = location?.SourceTree?.GetText().ToString(location.SourceSpan) ?? "(no source)";
            return p.Kind + " @ " + text;
        }).ToArray();
}
