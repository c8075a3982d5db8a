namespace Provisioning.IntegrationTests.Cli;

/// <summary>The CLI tests share one sample bar store.</summary>
[CollectionDefinition(Name)]
public sealed class SampleDataCollection : ICollectionFixture<SampleDataFixture>
{
    public const string Name = "sample data";
}
