using System.IO;
using System.Linq;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Readme;

/// <summary>The strategy author's example in the repository's README compiles with the generator and gets its API.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_compiles_and_gets_its_generated_api()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md"));
        var fence = readme.IndexOf("```csharp\n", System.StringComparison.Ordinal);
        Assert.True(fence >= 0, "README.md has no ```csharp example.");
        var start = fence + "```csharp\n".Length;
        var example = readme[start..readme.IndexOf("```", start, System.StringComparison.Ordinal)];

        // The example's comments promise these generated members; call them so the compilation proves they exist.
        const string uses = """
            public static class UsesTheGeneratedApi
            {
                public static object Use(Provisioning.Session.IProvisioningSession session) =>
                    (RelativeVolume.Spec(period: 12).On("5m"),
                     MeanReversion.DeclaredManifest,
                     session.AddRelativeVolumeAsync("NVDA", period: 12, interval: "5m"),
                     session.AddRsiAsync("NVDA", period: 14, interval: "15m"));
            }
            """;
        var run = GeneratorRun.Start(TestCompilation.Create(example, "using Provisioning.Session;\n" + uses));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Contains(run.Sources.Keys, hint => hint.Contains("RelativeVolume", System.StringComparison.Ordinal));
    }
}
