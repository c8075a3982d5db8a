using System;
using System.IO;
using Provisioning.Calendar;
using Provisioning.Data.Sample;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// The sample bar store (AAPL, MSFT, SPY, NVDA, AMD, PLTR: 1m bars for Nov–Dec 2024 on XNYS sessions, 1d bars from
/// 2023-01-03), written once into a temporary folder by the generator the CLI ships, and a place for test configs.
/// </summary>
public sealed class SampleDataFixture : IDisposable
{
    public SampleDataFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "provision-cli-tests-" + Guid.NewGuid().ToString("N"));
        DataRoot = Path.Combine(Root, "data");
        new SampleDataGenerator(ExchangeCalendars.Xnys).EnsureAsync(DataRoot).GetAwaiter().GetResult();
    }

    /// <summary>The temporary folder of this test run.</summary>
    public string Root { get; }

    /// <summary>The sample bar store's root.</summary>
    public string DataRoot { get; }

    /// <summary>Writes <paramref name="json"/> as <c>session.json</c> in a new folder and returns its path.</summary>
    public string WriteConfig(string json)
    {
        var folder = Path.Combine(Root, "config-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "session.json");
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>A path under the temporary folder that does not exist yet.</summary>
    public string NewPath(string name) => Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
