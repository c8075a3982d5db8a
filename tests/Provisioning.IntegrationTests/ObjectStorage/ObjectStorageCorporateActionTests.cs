using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Amazon.S3.Model;
using Provisioning.Data.CorporateActions;
using Provisioning.Data.Store.ObjectStorage;

namespace Provisioning.IntegrationTests.ObjectStorage;

/// <summary>
/// Corporate-action tables are read from a bucket as from a folder, through the store's file source: the same layout,
/// the CSV and the Parquet table merged and sorted, bad rows named by their object. Expected actions are the rows written.
/// </summary>
[Collection(S3rverCollection.Name)]
public sealed class ObjectStorageCorporateActionTests(S3rverFixture server)
{
    [Fact]
    public async Task Action_tables_in_a_bucket_read_as_on_disk()
    {
        var folder = Path.Combine(Path.GetTempPath(), "prv-actions-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var symbolFolder = Path.Combine(folder, "corporate_actions", "symbol=NVDA");
            Directory.CreateDirectory(symbolFolder);
            await File.WriteAllTextAsync(Path.Combine(symbolFolder, "actions.csv"), "ex_date,kind,value\n2024-09-12,dividend,0.01\n2024-01-02,split,0\n");
            await using (var parquet = File.Create(Path.Combine(symbolFolder, "actions.parquet")))
            {
                await CorporateActionParquet.WriteAsync(parquet, [new CorporateAction(new DateOnly(2024, 6, 10), CorporateActionKind.Split, 10)]);
            }

            var bucket = await server.NewBucketAsync();
            await server.UploadTreeAsync(folder, bucket, "bars/");
            // The fixture uploads Parquet files only; the CSV table goes up by hand.
            using (var client = server.Client())
            {
                await client.PutObjectAsync(new PutObjectRequest
                {
                    BucketName = bucket,
                    Key = "bars/corporate_actions/symbol=NVDA/actions.csv",
                    FilePath = Path.Combine(symbolFolder, "actions.csv"),
                    UseChunkEncoding = false,
                });
            }
            var store = ObjectStorageBarStore.Create(new ObjectStorageRoot(bucket, "bars/"), server.Client(), server.Options(), null, null, out _);

            var table = await store.ReadActionsAsync("nvda");

            Assert.Equal(
                [new CorporateAction(new DateOnly(2024, 6, 10), CorporateActionKind.Split, 10), new CorporateAction(new DateOnly(2024, 9, 12), CorporateActionKind.Dividend, 0.01)],
                table.Actions.ToArray());
            var problem = Assert.Single(table.Problems);
            Assert.Equal("\"s3://" + bucket + "/bars/corporate_actions/symbol=NVDA/actions.csv\" line 3: \"value\" \"0\" is not a positive number: "
                + "write the new shares per old share, such as 10 (or 0.1 for a 1-for-10 reverse split).", problem.Message);
            Assert.Equal(2, table.Files.Count);
            Assert.Empty((await store.ReadActionsAsync("AAPL")).Actions);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
