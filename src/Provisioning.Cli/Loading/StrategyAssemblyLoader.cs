using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Indicators.__Internals;
using Provisioning.Strategies;
using Provisioning.Text;

namespace Provisioning.Cli.Loading;

/// <summary>
/// <c>--strategies PATH</c>: the author's compiled code, from an assembly (.dll) or a project (.csproj, or a folder
/// holding one, built first with <c>dotnet build</c>). Loading runs the assembly's generated registrations, so its
/// indicators join <see cref="IndicatorCatalog.Default"/> (a config can name them) and its step handlers the dispatch;
/// each class deriving from <see cref="Strategy"/> with a parameterless constructor is created once. Bad input is a
/// <see cref="CommandFailure"/> saying what to pass instead, never an exception.
/// </summary>
internal static class StrategyAssemblyLoader
{
    private static readonly Dictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

    /// <summary>Loads <paramref name="argument"/>; with <paramref name="needStrategies"/>, an assembly without a strategy is refused.</summary>
    public static async Task<(LoadedStrategies? Loaded, CommandFailure? Failure)> LoadAsync(string argument, bool needStrategies, CancellationToken cancellationToken)
    {
        var given = argument.Trim();
        var shown = EchoedText.Inline(given);
        if (given.Length == 0)
        {
            return Fail("--strategies needs the path of the strategies' project (.csproj) or built assembly (.dll).");
        }

        var path = Path.GetFullPath(given);
        string? project = null;
        if (Directory.Exists(path))
        {
            var projects = Directory.GetFiles(path, "*.csproj");
            if (projects.Length != 1)
            {
                return Fail(projects.Length == 0
                    ? $"--strategies {shown} is a folder without a .csproj; pass the strategies' project or its built .dll."
                    : $"--strategies {shown} holds {projects.Length} projects; pass the one with the strategies, such as --strategies {EchoedText.Inline(projects[0])}.");
            }

            project = projects[0];
        }
        else if (!File.Exists(path))
        {
            return Fail($"--strategies {shown}: no such file or folder (looked for {EchoedText.OneLine(path)}); pass the strategies' project (.csproj) or built assembly (.dll).");
        }
        else if (path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            project = path;
        }

        var assemblyPath = path;
        if (project is not null)
        {
            var (built, errors) = await ProjectBuild.BuildAsync(project, cancellationToken).ConfigureAwait(false);
            if (built is null)
            {
                return Fail($"--strategies {shown}: dotnet build of {EchoedText.OneLine(project)} failed; fix the build and run again:{errors}");
            }

            assemblyPath = built;
        }

        Assembly assembly;
        try
        {
            assembly = LoadOnce(assemblyPath);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or InvalidOperationException)
        {
            return Fail($"--strategies {shown}: {EchoedText.OneLine(assemblyPath)} is not a .NET assembly this tool can load ({EchoedText.OneLine(e.Message, 200)}); pass the strategies' project (.csproj) or its built .dll.");
        }

        var conflictsBefore = IndicatorCatalog.Default.Conflicts.Count;
        try
        {
            // The generated [ModuleInitializer]s register the assembly's indicators and step handlers (once per process).
            RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        }
        catch (TypeInitializationException e)
        {
            return Fail($"--strategies {shown}: registering the assembly's indicators failed: {EchoedText.OneLine((e.InnerException ?? e).Message, 300)}");
        }

        var conflicts = IndicatorCatalog.Default.Conflicts.Skip(conflictsBefore).ToArray();
        if (conflicts.Length > 0)
        {
            return Fail($"--strategies {shown}: " + EchoedText.OneLine(string.Join(" ", conflicts)));
        }

        var indicators = IndicatorCatalog.Default.Descriptors
            .Where(d => d.IndicatorType.Assembly == assembly)
            .Select(d => d.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Type[] strategyTypes;
        try
        {
            strategyTypes = StrategyTypes(assembly).ToArray();
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException)
        {
            return Fail($"--strategies {shown}: a dependency of {EchoedText.OneLine(assemblyPath)} cannot be loaded ({EchoedText.OneLine(e.Message, 200)}); pass the build output folder's .dll, next to its .deps.json, or the project.");
        }

        var strategies = new List<Strategy>();
        foreach (var type in strategyTypes)
        {
            try
            {
                strategies.Add((Strategy)Activator.CreateInstance(type)!);
            }
            catch (TargetInvocationException e)
            {
                return Fail($"--strategies {shown}: creating {EchoedText.Inline(type.FullName)} threw: {EchoedText.OneLine((e.InnerException ?? e).Message, 300)}");
            }
        }

        if (needStrategies && strategies.Count == 0)
        {
            return Fail($"--strategies {shown}: {EchoedText.OneLine(assemblyPath)} has no strategy (a public, non-abstract class deriving from Provisioning.Strategies.Strategy with a parameterless constructor)"
                + (indicators.Length > 0 ? $"; it declares the indicators {string.Join(", ", indicators)}, which plan and validate can use." : "."));
        }

        return (new LoadedStrategies(assemblyPath, strategies, indicators), null);
    }

    /// <summary>
    /// One load per assembly path in this process: a second load would be another copy of the author's types, whose
    /// indicators the catalog refuses as a second type under the same names.
    /// </summary>
    private static Assembly LoadOnce(string assemblyPath)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(assemblyPath, out var assembly))
            {
                assembly = new StrategyLoadContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);
                Loaded.Add(assemblyPath, assembly);
            }

            return assembly;
        }
    }

    private static IEnumerable<Type> StrategyTypes(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }

        return types
            .OfType<Type>()
            .Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && typeof(Strategy).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
    }

    private static (LoadedStrategies?, CommandFailure?) Fail(string message) => (null, CommandFailure.Usage(message));
}
