using System;
using System.IO;
using Provisioning.Cli;

namespace Provisioning.Orleans.Tests;

/// <summary>The sample bar store and a session config, written by <c>provision sample-data</c> into a temporary folder.</summary>
public sealed class SampleStore : IDisposable
{
    public SampleStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "prv-orleans-" + Guid.NewGuid().ToString("N")[..8]);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.Run(["sample-data", "--out", Folder], output, error);
        if (exitCode != 0)
        {
            throw new InvalidOperationException("provision sample-data failed: " + error);
        }
    }

    /// <summary>The sample store's root.</summary>
    public string Folder { get; }

    /// <summary>Writes <paramref name="json"/> as a config file next to the data and returns its path.</summary>
    public string WriteConfig(string json)
    {
        var path = Path.Combine(Folder, "session-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
