using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Provisioning.Data;

namespace Provisioning.Core.Tests.Data.Support;

/// <summary>Writes files with Parquet.Net's low-level writer, for the shapes DuckDB does not make easily.</summary>
internal static class ParquetNetFiles
{
    /// <summary>The timestamp field given, then double open, high, low, close and volume.</summary>
    public static DataField[] PriceFields(DataField timestamp) =>
        [timestamp, new DataField<double>("open"), new DataField<double>("high"), new DataField<double>("low"), new DataField<double>("close"), new DataField<double>("volume")];

    /// <summary>The columns of <see cref="PriceFields"/>: the timestamps given, then the bars' prices and volumes, row by row.</summary>
    public static Array[] Columns(Array timestamps, Bar[] bars) =>
    [
        timestamps,
        bars.Select(b => b.Open).ToArray(),
        bars.Select(b => b.High).ToArray(),
        bars.Select(b => b.Low).ToArray(),
        bars.Select(b => b.Close).ToArray(),
        bars.Select(b => b.Volume).ToArray(),
    ];

    /// <summary>Writes one column set as row groups of <paramref name="rowGroupSize"/> rows.</summary>
    public static async Task WriteAsync(string path, DataField[] fields, Array[] columns, int rowGroupSize = int.MaxValue, CompressionMethod compression = CompressionMethod.Snappy)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var schema = new ParquetSchema(fields);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, new ParquetOptions { CompressionMethod = compression });
        var rows = columns[0].Length;
        for (var start = 0; start < rows; start += rowGroupSize)
        {
            var count = Math.Min(rowGroupSize, rows - start);
            using var group = writer.CreateRowGroup();
            for (var c = 0; c < fields.Length; c++)
            {
                await WriteColumnAsync(group, fields[c], columns[c], start, count);
            }
        }
    }

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, Array column, int start, int count) => column switch
    {
        DateTime[] values => group.WriteAsync<DateTime>(field, values.AsMemory(start, count)),
        DateTime?[] values => group.WriteAsync<DateTime>(field, values.AsMemory(start, count)),
        long[] values => group.WriteAsync<long>(field, values.AsMemory(start, count)),
        int[] values => group.WriteAsync<int>(field, values.AsMemory(start, count)),
        double[] values => group.WriteAsync<double>(field, values.AsMemory(start, count)),
        double?[] values => group.WriteAsync<double>(field, values.AsMemory(start, count)),
        float[] values => group.WriteAsync<float>(field, values.AsMemory(start, count)),
        decimal[] values => group.WriteAsync<decimal>(field, values.AsMemory(start, count)),
        string[] values => group.WriteAsync(field, values.AsMemory(start, count).ToArray()),
        _ => throw new NotSupportedException(column.GetType().Name),
    };
}
