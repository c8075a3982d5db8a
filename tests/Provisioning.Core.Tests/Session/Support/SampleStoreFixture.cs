using System;
using System.IO;
using Provisioning.Calendar;
using Provisioning.Data.Sample;
using Provisioning.Data.Store;

namespace Provisioning.Core.Tests.Session.Support;

/// <summary>The bundled sample dataset, written once into a temporary folder and shared (read-only) by session tests.</summary>
public sealed class SampleStoreFixture : IDisposable
{
    public SampleStoreFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "prv-session-" + Guid.NewGuid().ToString("N"));
        new SampleDataGenerator(ExchangeCalendars.Xnys).EnsureAsync(Root).GetAwaiter().GetResult();
    }

    public string Root { get; }

    internal ParquetBarStore OpenStore() => new(new ParquetBarStoreOptions { RootDirectory = Root }, ExchangeCalendars.Xnys);

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

[CollectionDefinition(Name)]
public sealed class SampleStoreCollection : ICollectionFixture<SampleStoreFixture>
{
    public const string Name = "sample store";
}
