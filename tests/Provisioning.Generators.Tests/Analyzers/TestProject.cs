using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Provisioning.Generators.Tests.Analyzers;

/// <summary>
/// What every analyzer and code fix test compiles against: the .NET 10 reference assemblies (Core targets net10.0)
/// and the real Provisioning.Core assembly, so attributes and APIs resolve exactly as in a user's project.
/// </summary>
internal static class TestProject
{
    public static ReferenceAssemblies Net100 { get; } = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    public static MetadataReference Core { get; } =
        MetadataReference.CreateFromFile(typeof(Provisioning.Attributes.BarsAttribute).Assembly.Location);

    /// <summary>An indicator declaration that satisfies every rule, for tests about something else.</summary>
    public const string ValidIndicator = """
        using Provisioning.Attributes;
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
