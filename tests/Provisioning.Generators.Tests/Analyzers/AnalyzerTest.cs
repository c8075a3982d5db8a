using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Analyzers;

namespace Provisioning.Generators.Tests.Analyzers;

/// <summary>
/// An analyzer test compiled against .NET 10 and Provisioning.Core. With <see cref="WithGenerator"/> the real
/// generator runs first, so generated members (<c>Sma.Spec</c>, <c>AddSmaAsync</c>) exist and the analyzers see the
/// compilation a user's build sees; its output is not compared (the snapshot tests do that).
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer under test.</typeparam>
internal class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
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

    public bool RunsGenerator { get; private set; }

    public AnalyzerTest<TAnalyzer> WithGenerator()
    {
        RunsGenerator = true;
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        return this;
    }

    protected override IEnumerable<Type> GetSourceGenerators() =>
        RunsGenerator ? new[] { typeof(ProvisioningGenerator) } : Array.Empty<Type>();
}

/// <summary>Every Provisioning analyzer at once, with the generator: what a user's build runs.</summary>
internal sealed class AllAnalyzersTest : AnalyzerTest<IntervalLiteralAnalyzer>
{
    public AllAnalyzersTest(params string[] sources)
        : base(sources)
    {
        WithGenerator();

        // Several analyzers share a descriptor (PRV0006 from call sites, declarations and strategies): markup names the id.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => TestProject.AllAnalyzers;
}
