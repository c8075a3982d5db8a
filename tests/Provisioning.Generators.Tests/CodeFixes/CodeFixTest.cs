using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Tests.Analyzers;

namespace Provisioning.Generators.Tests.CodeFixes;

/// <summary>A code fix test compiled against .NET 10 and Provisioning.Core.</summary>
/// <typeparam name="TAnalyzer">The analyzer that reports the diagnostic.</typeparam>
/// <typeparam name="TCodeFix">The code fix under test.</typeparam>
internal sealed class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource)
    {
        ReferenceAssemblies = TestProject.None;
        TestProject.Apply(TestState);
        TestCode = source;
        FixedCode = fixedSource;
    }

    /// <summary>A test with several sources; the caller fills <c>FixedState.Sources</c>.</summary>
    public CodeFixTest(params string[] sources)
    {
        ReferenceAssemblies = TestProject.None;
        TestProject.Apply(TestState);
        foreach (var source in sources)
        {
            TestState.Sources.Add(source);
        }
    }
}
