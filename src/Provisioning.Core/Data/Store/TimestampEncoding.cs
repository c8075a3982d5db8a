namespace Provisioning.Data.Store;

/// <summary>How a timestamp column is stored.</summary>
internal enum TimestampEncoding
{
    /// <summary>INT64 counts of a unit since the epoch: TIMESTAMP(millis|micros|nanos) or a bare epoch integer.</summary>
    Int64Units = 0,

    /// <summary>Values Parquet.Net decodes to DateTime: INT96 (Impala/Spark) and INT32 DATE.</summary>
    DateTimeValues,
}
