using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data.CorporateActions;
using Provisioning.Data.Store;

namespace Provisioning.Core.Tests.Data.CorporateActions;

/// <summary>
/// A store parses a symbol's corporate-action table once per version of its files: read again unchanged, the table
/// comes from the cache; rewritten, it is parsed again; past its capacity the table read longest ago is dropped.
/// Expected actions are the literals written into each file.
/// </summary>
public sealed class CorporateActionCacheTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task An_unchanged_table_is_parsed_once_and_a_rewritten_one_again()
    {
        var csv = WriteCsv("AAPL", "ex_date,kind,value\n2020-08-31,split,4\n");
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });

        var first = await store.ReadActionsAsync("AAPL");
        var second = await store.ReadActionsAsync("aapl");

        Assert.Equal([new CorporateAction(new DateOnly(2020, 8, 31), CorporateActionKind.Split, 4)], first.Actions.ToArray());
        Assert.Same(first, second);
        Assert.Equal(1, store.ActionTables.Parses);

        // The vendor adds a dividend; the write time moves on, as a rewrite's does.
        File.WriteAllText(csv, "ex_date,kind,value\n2020-08-31,split,4\n2024-11-08,dividend,0.25\n");
        File.SetLastWriteTimeUtc(csv, File.GetLastWriteTimeUtc(csv).AddSeconds(5));

        var rewritten = await store.ReadActionsAsync("AAPL");

        Assert.Equal(
            [
                new CorporateAction(new DateOnly(2020, 8, 31), CorporateActionKind.Split, 4),
                new CorporateAction(new DateOnly(2024, 11, 8), CorporateActionKind.Dividend, 0.25),
            ],
            rewritten.Actions.ToArray());
        Assert.Equal(2, store.ActionTables.Parses);
        Assert.Same(rewritten, await store.ReadActionsAsync("AAPL"));
        Assert.Equal(2, store.ActionTables.Parses);
    }

    [Fact]
    public async Task A_table_deleted_or_added_is_seen_at_the_next_read()
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });
        Assert.Empty((await store.ReadActionsAsync("MSFT")).Actions);

        var csv = WriteCsv("MSFT", "ex_date,kind,value\n2024-11-27,split,2\n");
        Assert.Equal([new CorporateAction(new DateOnly(2024, 11, 27), CorporateActionKind.Split, 2)], (await store.ReadActionsAsync("MSFT")).Actions.ToArray());

        File.Delete(csv);
        Assert.Empty((await store.ReadActionsAsync("MSFT")).Actions);
    }

    [Fact]
    public async Task Past_its_capacity_the_cache_drops_the_table_read_longest_ago()
    {
        foreach (var symbol in new[] { "AAA", "BBB", "CCC" })
        {
            WriteCsv(symbol, "ex_date,kind,value\n2024-01-02,split,2\n");
        }

        BarPathLayout.TryCreate(ParquetBarStoreOptions.DefaultPathTemplate, out var layout, out _);
        var cache = new CorporateActionCache(new LocalBarFileSource(_root.Path, layout), capacity: 2);

        await cache.ReadAsync("AAA", CancellationToken.None);
        await cache.ReadAsync("BBB", CancellationToken.None);
        await cache.ReadAsync("AAA", CancellationToken.None);
        Assert.Equal(2, cache.Parses);

        // CCC pushes out BBB (AAA was read after it), so BBB is parsed again and AAA is not.
        await cache.ReadAsync("CCC", CancellationToken.None);
        Assert.Equal(2, cache.Count);
        await cache.ReadAsync("AAA", CancellationToken.None);
        Assert.Equal(3, cache.Parses);
        await cache.ReadAsync("BBB", CancellationToken.None);
        Assert.Equal(4, cache.Parses);
        Assert.Equal(2, cache.Count);
    }

    private string WriteCsv(string symbol, string text)
    {
        var path = _root.Combine("corporate_actions", "symbol=" + symbol, "actions.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
