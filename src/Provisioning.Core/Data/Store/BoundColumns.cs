using System.Collections.Generic;
using Parquet;
using Parquet.Schema;

namespace Provisioning.Data.Store;

/// <summary>The Parquet.Net fields of one open reader for the resolved columns.</summary>
internal sealed class BoundColumns
{
    private BoundColumns(DataField timestamp, DataField open, DataField high, DataField low, DataField close, DataField volume)
    {
        Timestamp = timestamp;
        Open = open;
        High = high;
        Low = low;
        Close = close;
        Volume = volume;
    }

    public DataField Timestamp { get; }

    public DataField Open { get; }

    public DataField High { get; }

    public DataField Low { get; }

    public DataField Close { get; }

    public DataField Volume { get; }

    /// <summary>Binds the columns to <paramref name="reader"/>'s schema; null when a column is no longer there.</summary>
    public static BoundColumns? Bind(ParquetReader reader, BarFileColumns columns)
    {
        // Parquet.Net builds the schema from the footer on every read of ParquetReader.Schema: take it once.
        var fields = reader.Schema.Fields;
        var timestamp = Find(fields, columns.TimestampName);
        if (timestamp is not null && columns.TimestampEncoding == TimestampEncoding.Int64Units)
        {
            // Read the physical INT64 values: exact for every unit, and no DateTime conversion on the hot path.
            timestamp = new DataField<long>(columns.TimestampName, columns.TimestampNullable);
            _ = new ParquetSchema(timestamp);
        }

        var open = Find(fields, columns.Open.Name);
        var high = Find(fields, columns.High.Name);
        var low = Find(fields, columns.Low.Name);
        var close = Find(fields, columns.Close.Name);
        var volume = Find(fields, columns.Volume.Name);
        return timestamp is null || open is null || high is null || low is null || close is null || volume is null
            ? null
            : new BoundColumns(timestamp, open, high, low, close, volume);
    }

    private static DataField? Find(IReadOnlyList<Field> fields, string name)
    {
        foreach (var field in fields)
        {
            if (field is DataField data && field.Name == name)
            {
                return data;
            }
        }

        return null;
    }
}
