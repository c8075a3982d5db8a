using System;
using System.IO;

namespace Provisioning.TestSupport;

/// <summary>
/// Finds the source tree from the test's output folder. Tests that read checked-in data (snapshots, README.md) use it
/// instead of <c>[CallerFilePath]</c>, which a CI build (ContinuousIntegrationBuild) maps to <c>/_/</c>.
/// </summary>
internal static class RepositoryLayout
{
    private const string SolutionFile = "Provisioning.Generators.sln";

    /// <summary>The folder holding <c>Provisioning.Generators.sln</c>, found by walking up from the test's output folder.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"The repository ({SolutionFile}) is not above {AppContext.BaseDirectory}; run the tests from a build inside the source tree.");
    }
}
