using System.Collections.Generic;
using Provisioning.Strategies;

namespace Provisioning.Cli.Loading;

/// <summary>What <c>--strategies</c> brought in: the author's strategies, created, and the indicators they declared.</summary>
/// <param name="AssemblyPath">The assembly loaded (the project's build output when a project was given).</param>
/// <param name="Strategies">One instance of each strategy class, in name order.</param>
/// <param name="Indicators">The names of the indicators the assembly registered, in name order.</param>
internal sealed record LoadedStrategies(string AssemblyPath, IReadOnlyList<Strategy> Strategies, IReadOnlyList<string> Indicators)
{
    /// <summary>Nothing given: the built-ins only.</summary>
    public static LoadedStrategies None { get; } = new(string.Empty, [], []);
}
