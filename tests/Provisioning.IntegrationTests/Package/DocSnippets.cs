using System;
using System.IO;
using System.Linq;

namespace Provisioning.IntegrationTests.Package;

/// <summary>
/// The C# blocks of the repository's markdown that a test compiles and runs as written: each follows a line
/// <c>&lt;!-- package-test: NAME --&gt;</c>, so the docs cannot drift from what the package does.
/// </summary>
internal static class DocSnippets
{
    /// <summary>The lines of the <c>csharp</c> block marked <paramref name="name"/> in <paramref name="markdownPath"/>.</summary>
    public static string[] Read(string markdownPath, string name)
    {
        var lines = File.ReadAllLines(markdownPath);
        var marker = Array.IndexOf(lines, $"<!-- package-test: {name} -->");
        Assert.True(marker >= 0, $"{markdownPath} has no block marked \"{name}\".");
        Assert.True(marker + 1 < lines.Length && lines[marker + 1] == "```csharp", $"The marker \"{name}\" in {markdownPath} is not followed by a ```csharp block.");
        var code = lines.Skip(marker + 2).TakeWhile(line => line != "```").ToArray();
        Assert.True(marker + 2 + code.Length < lines.Length, $"The block \"{name}\" in {markdownPath} does not end.");
        return code;
    }

    /// <summary>The block as a source file.</summary>
    public static string Source(string[] lines) => string.Join("\n", lines) + "\n";
}
