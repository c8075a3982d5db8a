using Provisioning.Config;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// An [Indicator] class of a referenced assembly, as text: kept across compilations, so it holds no symbol.
/// </summary>
internal sealed class ReferencedIndicator
{
    public ReferencedIndicator(string name, string typeName, string assemblyName, DeclaredIndicator? declared)
    {
        Name = name;
        TypeName = typeName;
        AssemblyName = assemblyName;
        Declared = declared;
    }

    /// <summary>The declared name ("sma").</summary>
    public string Name { get; }

    /// <summary>The class as the compiler displays it ("Provisioning.Indicators.BuiltIn.Sma").</summary>
    public string TypeName { get; }

    /// <summary>The simple name of the assembly that declares it.</summary>
    public string AssemblyName { get; }

    /// <summary>What a session config may name, or null when the declaration is invalid (it gets no registry entry).</summary>
    public DeclaredIndicator? Declared { get; }
}
