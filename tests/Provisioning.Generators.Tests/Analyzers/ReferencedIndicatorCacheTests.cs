using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Provisioning.Generators.Analyzers;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Analyzers;

/// <summary>
/// The referenced assemblies' indicators are read once per assembly build and kept for later compilations, at most
/// <see cref="ReferencedIndicatorCache.Capacity"/> assemblies.
/// </summary>
public sealed class ReferencedIndicatorCacheTests
{
    private const string Project = "namespace Desk; internal static class Uses { }";

    [Fact]
    public void A_second_compilation_with_the_same_library_reads_it_from_the_cache()
    {
        var cache = new ReferencedIndicatorCache(capacity: 4);
        var library = Library("Desk.Library", "zscore");

        var first = VisibleIndicators.Read(Consumer(library), cache, CancellationToken.None);
        var second = VisibleIndicators.Read(Consumer(library), cache, CancellationToken.None);

        // Core and the library: each walked once, by the first compilation.
        Assert.Equal(2, cache.Reads);
        Assert.Contains(second.Referenced, i => i.Name == "zscore" && i.TypeName == "Desk.Library.ZScore" && i.AssemblyName == "Desk.Library");
        Assert.Equal(Names(first), Names(second));
    }

    [Fact]
    public void A_rebuilt_library_is_read_again()
    {
        var cache = new ReferencedIndicatorCache(capacity: 4);
        VisibleIndicators.Read(Consumer(Library("Desk.Library", "zscore")), cache, CancellationToken.None);

        var rebuilt = VisibleIndicators.Read(Consumer(Library("Desk.Library", "zscore2")), cache, CancellationToken.None);

        Assert.Contains(rebuilt.Referenced, i => i.Name == "zscore2");
        Assert.DoesNotContain(rebuilt.Referenced, i => i.Name == "zscore");
        Assert.Equal(3, cache.Reads);
    }

    [Fact]
    public void The_cache_keeps_at_most_its_capacity_dropping_the_oldest()
    {
        var cache = new ReferencedIndicatorCache(capacity: 2);
        var a = Library("Desk.A", "a1");
        var b = Library("Desk.B", "b1");
        var c = Library("Desk.C", "c1");

        // Core, A, B and C are four assemblies: never more than two kept.
        VisibleIndicators.Read(Consumer(a), cache, CancellationToken.None);
        Assert.Equal(2, cache.Count);
        VisibleIndicators.Read(Consumer(b), cache, CancellationToken.None);
        Assert.Equal(2, cache.Count);
        VisibleIndicators.Read(Consumer(c), cache, CancellationToken.None);
        Assert.Equal(2, cache.Count);
        var readsBefore = cache.Reads;

        // A was dropped, so it is walked again (and still found).
        var again = VisibleIndicators.Read(Consumer(a), cache, CancellationToken.None);
        Assert.Contains(again.Referenced, i => i.Name == "a1");
        Assert.True(cache.Reads > readsBefore);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void A_session_config_sees_the_cached_indicators_with_their_parameters()
    {
        var cache = new ReferencedIndicatorCache(capacity: 4);
        var library = Library("Desk.Library", "zscore");
        VisibleIndicators.Read(Consumer(library), cache, CancellationToken.None);

        var declared = VisibleIndicators.Read(Consumer(library), cache, CancellationToken.None).ToDeclared(CancellationToken.None);

        var zscore = Assert.Single(declared, d => d.Name == "zscore");
        var period = Assert.Single(zscore.Parameters);
        Assert.Equal("period", period.Name);
        Assert.Equal(2.0, period.Min);
        Assert.Equal(50.0, period.Max);
        Assert.Contains(declared, d => d.Name == "sma");
    }

    private static string[] Names(VisibleIndicators indicators) =>
        indicators.Referenced.Select(i => i.AssemblyName + ":" + i.Name).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();

    private static Compilation Consumer(MetadataReference library) =>
        TestCompilation.Create(Project).AddReferences(library);

    private static MetadataReference Library(string assemblyName, string indicatorName)
    {
        var library = TestCompilation.Create($$"""
            using Provisioning.Data;
            using Provisioning.Indicators;

            namespace {{assemblyName}};

            [Indicator("{{indicatorName}}")]
            public sealed partial class ZScore : IIndicator
            {
                public ZScore([Parameter(Min = 2, Max = 50)] int period) { }
                public static int WarmupBars(int period) => period;
                public bool IsReady => false;
                public double Value => double.NaN;
                public void Update(in Bar bar) { }
                public void Reset() { }
            }
            """).WithAssemblyName(assemblyName);

        // Built with the generator, as a library of indicators is: only generated indicators are registered.
        var built = GeneratorRun.Start(library).Output;
        using var image = new MemoryStream();
        Assert.True(built.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
