using Provisioning.Core.Tests.Session.Support;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// Tests that measure the process's retained heap run alone: GC.GetTotalMemory counts every live object, so a test
/// class running in parallel would move the figure by what it happens to hold at that moment.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RetainedMemoryCollection : ICollectionFixture<SampleStoreFixture>
{
    public const string Name = "retained memory";
}
