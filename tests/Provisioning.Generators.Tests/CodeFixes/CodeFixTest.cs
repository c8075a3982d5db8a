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
}
