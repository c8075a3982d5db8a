using System;
using System.IO;
using System.Threading.Tasks;
using Provisioning.Data.Sample;
using Provisioning.Data.Store;

namespace Provisioning.Benchmarks.Data;

/// <summary>A folder under the temp directory holding generated bar files in the store's default layout; deleted on dispose.</summary>
internal sealed class TemporaryBarStore : IDisposable
{
    private TemporaryBarStore(string root)
    {
        Root = root;
        Options = new ParquetBarStoreOptions { RootDirectory = root };
    }

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <summary>Options of a store over the folder.</summary>
    public ParquetBarStoreOptions Options { get; }

    /// <summary>Writes <paramref name="set"/> (one-minute and day bars, as <see cref="SampleDataGenerator"/> writes them) into a new folder.</summary>
    public static async Task<TemporaryBarStore> CreateAsync(SampleDataSet set)
    {
        var root = Path.Combine(Path.GetTempPath(), "provisioning-benchmarks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var created = new TemporaryBarStore(root);
        try
        {
            await new SampleDataGenerator(BenchmarkData.Calendar, set).WriteAsync(new ParquetBarStore(created.Options));
            return created;
        }
        catch
        {
            created.Dispose();
            throw;
        }
    }

    /// <summary>A new store over the folder (its own footer cache), with the XNYS calendar or without one.</summary>
    public ParquetBarStore OpenStore(bool withCalendar) =>
        new(Options, withCalendar ? BenchmarkData.Calendar : null);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a reader that is being torn down; the temp folder is cleaned by the system.
        }
    }
}
