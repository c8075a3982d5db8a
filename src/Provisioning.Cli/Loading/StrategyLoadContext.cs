using System.Reflection;
using System.Runtime.Loader;

namespace Provisioning.Cli.Loading;

/// <summary>
/// Loads an author's assembly and its own dependencies from its build folder, while Provisioning.Core and anything
/// else this process already has come from the process itself, so the author's strategies and indicators are the
/// types the CLI's session knows (one <c>Strategy</c>, one <c>IndicatorCatalog.Default</c>).
/// </summary>
internal sealed class StrategyLoadContext(string assemblyPath) : AssemblyLoadContext("provision --strategies", isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        foreach (var loaded in Default.Assemblies)
        {
            if (AssemblyName.ReferenceMatchesDefinition(assemblyName, loaded.GetName()))
            {
                return null;
            }
        }

        if (assemblyName.Name == typeof(Strategies.Strategy).Assembly.GetName().Name)
        {
            return null;
        }

        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
