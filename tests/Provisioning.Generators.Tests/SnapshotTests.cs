using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests;

/// <summary>
/// Expected-output tests: each folder under Snapshots/ holds input sources (*.cs) and the exact files the generator
/// must produce for them (*.g.cs, named by hint name). The generated code must also compile with no error and no
/// warning against the real Core assembly. Set PROVISIONING_UPDATE_SNAPSHOTS=1 to rewrite the expected files from the
/// current output (then review the diff); see README.md.
/// </summary>
public sealed class SnapshotTests
{
    private const string UpdateVariable = "PROVISIONING_UPDATE_SNAPSHOTS";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(SnapshotRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    private static string SnapshotRoot => Path.Combine(TestCompilation.ProjectDirectory(), "Snapshots");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_files_match_the_expected_files_exactly(string name)
    {
        var directory = Path.Combine(SnapshotRoot, name);
        var inputs = Directory.GetFiles(directory, "*.cs")
            .Where(path => !path.EndsWith(".g.cs", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToArray();
        Assert.NotEmpty(inputs);

        var run = GeneratorRun.Start(TestCompilation.Create(inputs));
        var actual = run.Sources;

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            foreach (var stale in Directory.GetFiles(directory, "*.g.cs"))
            {
                File.Delete(stale);
            }

            foreach (var (hintName, text) in actual)
            {
                File.WriteAllText(Path.Combine(directory, hintName), text);
            }
        }

        var expected = Directory.GetFiles(directory, "*.g.cs")
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (hintName, text) in expected)
        {
            AssertSameText(hintName, text, actual[hintName]);
        }

        Assert.Empty(run.Problems.Select(d => d.ToString()));
    }

    private static void AssertSameText(string file, string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < Math.Min(expectedLines.Length, actualLines.Length) && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        Assert.Fail(
            $"{file} differs from the expected file at line {line + 1}:\n"
            + $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "(end of file)")}\n"
            + $"  actual:   {(line < actualLines.Length ? actualLines[line] : "(end of file)")}\n"
            + $"Run with {UpdateVariable}=1 to rewrite the expected files, then review the diff.");
    }
}
