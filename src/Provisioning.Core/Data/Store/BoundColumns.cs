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
        var timestamp = Find(reader, columns.TimestampName);
        if (timestamp is not null && columns.TimestampEncoding == TimestampEncoding.Int64Units)
        {
            // Read the physical INT64 values: exact for every unit, and no DateTime conversion on the hot path.
            timestamp = new DataField<long>(columns.TimestampName, columns.TimestampNullable);
            _ = new ParquetSchema(timestamp);
        }

        var open = Find(reader, columns.Open.Name);
        var high = Find(reader, columns.High.Name);
        var low = Find(reader, columns.Low.Name);
        var close = Find(reader, columns.Close.Name);
        var volume = Find(reader, columns.Volume.Name);
        return timestamp is null || open is null || high is null || low is null || close is null || volume is null
            ? null
            : new BoundColumns(timestamp, open, high, low, close, volume);
    }

    private static DataField? Find(ParquetReader reader, string name)
    {
        foreach (var field in reader.Schema.Fields)
        {
            if (field is DataField data && field.Name == name)
            {
                return data;
            }
        }

        return null;
    }
}
