using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests;

/// <summary>
/// The expected-output cases again, through Roslyn's source generator test framework (DefaultVerifier): it checks
/// the generated files and that the project with them compiles without unexpected diagnostics, independently of this
/// project's own driver code.
/// </summary>
public sealed class VerifierTests
{
    [Theory]
    [InlineData("StepHandlers")]
    [InlineData("MeanReversion")]
    public async Task Generates_the_expected_files(string name)
    {
        var directory = Path.Combine(TestCompilation.ProjectDirectory(), "Snapshots", name);
        var test = new CSharpSourceGeneratorTest<ProvisioningGenerator, DefaultVerifier>
        {
            // No reference package: the references are the running framework and Core, as in the other tests.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(TestCompilation.References);
        test.TestState.Sources.Add(("input.cs", File.ReadAllText(Path.Combine(directory, "input.cs"))));
        foreach (var file in Directory.GetFiles(directory, "*.g.cs").Order(System.StringComparer.Ordinal))
        {
            test.TestState.GeneratedSources.Add(
                (typeof(ProvisioningGenerator), Path.GetFileName(file), SourceText.From(File.ReadAllText(file), Encoding.UTF8)));
        }

        await test.RunAsync();
    }
}
