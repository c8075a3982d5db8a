using System.IO;

namespace Provisioning.Generators.Tests.Infrastructure;

/// <summary>Reads the input sources of the expected-output cases, which other tests reuse as realistic code.</summary>
internal static class SnapshotInput
{
    public static string Read(string caseName, string file = "input.cs") =>
        File.ReadAllText(Path.Combine(TestCompilation.ProjectDirectory(), "Snapshots", caseName, file));
}
