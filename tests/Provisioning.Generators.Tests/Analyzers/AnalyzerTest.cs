using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Provisioning.Generators.Tests.Analyzers;

/// <summary>An analyzer test compiled against .NET 10 and Provisioning.Core.</summary>
/// <typeparam name="TAnalyzer">The analyzer under test.</typeparam>
internal sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest(params string[] sources)
    {
        ReferenceAssemblies = TestProject.None;
        TestProject.Apply(TestState);
        foreach (var source in sources)
        {
            TestState.Sources.Add(source);
        }
    }
}
