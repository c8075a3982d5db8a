using System;
using System.Buffers.Binary;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;

namespace Provisioning.Data.Store;

/// <summary>
/// Reads a file's footer into a <see cref="BarFileSummary"/>: resolves the columns and takes each row group's first and
/// last bar start from the timestamp column's statistics. A row group whose statistics are missing or implausible
/// (INT96, a writer that left them out) has its timestamp column read once instead, so the answer stays exact.
/// </summary>
internal static class BarFileInspector
{
    private static readonly long PlausibleFirstTicks = new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly long PlausibleLastTicks = new DateTime(2300, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    public static async ValueTask<BarFileSummary> InspectAsync(
        IBarFileSource source,
        string path,
        ParquetBarStoreOptions options,
        TimeZoneInfo? naiveZone,
        BarReadStatistics statistics,
        CancellationToken cancellationToken,
        IdleReaderPool? keep = null)
    {
        BarFileVersion version;
        try
        {
            if (await source.VersionAsync(path, cancellationToken).ConfigureAwait(false) is not { } found)
            {
                return BarFileSummary.Unusable(path, default, new BarFileProblem(path, BarProblemKind.Unreadable,
                    "\"" + path + "\" no longer exists."));
            }

            version = found;
        }
        catch (IOException e)
        {
            return BarFileSummary.Unusable(path, default, Unreadable(path, e));
        }

        if (version.Length == 0)
        {
            return BarFileSummary.Unusable(path, version, new BarFileProblem(path, BarProblemKind.EmptyFile,
                "\"" + path + "\" is empty (0 bytes); delete it or write its bars again."));
        }

        var opened = await OpenAsync(source, path, version, cancellationToken).ConfigureAwait(false);
        if (opened.Problem is not null)
        {
            return BarFileSummary.Unusable(path, version, opened.Problem);
        }

        var reader = opened.Reader!;
        var kept = false;
        try
        {
            var summary = await SummarizeOpenAsync(reader, path, version, options, naiveZone, statistics, cancellationToken).ConfigureAwait(false);
            if (summary.Problem is null && keep is not null)
            {
                // The next read of the file (the load right after Step 0) takes this reader instead of parsing the footer again.
                keep.Return(path, version, reader);
                kept = true;
            }

            return summary;
        }
        finally
        {
            if (!kept)
            {
                await reader.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async ValueTask<BarFileSummary> SummarizeOpenAsync(
        ParquetReader reader,
        string path,
        BarFileVersion version,
        ParquetBarStoreOptions options,
        TimeZoneInfo? naiveZone,
        BarReadStatistics statistics,
        CancellationToken cancellationToken)
    {
        statistics.AddFooterRead();
        if (!BarFileColumnResolver.TryResolve(reader, options, path, out var columns, out var problem))
        {
            return BarFileSummary.Unusable(path, version, problem!);
        }

        if (reader.RowGroupCount == 0 || (reader.Metadata?.NumRows ?? 0) == 0)
        {
            return BarFileSummary.Unusable(path, version, new BarFileProblem(path, BarProblemKind.EmptyFile,
                "\"" + path + "\" is a Parquet file with no rows; delete it or write its bars again."));
        }

        try
        {
            return await SummarizeAsync(reader, path, version, columns, naiveZone, statistics, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (BarStoreException e)
        {
            return BarFileSummary.Unusable(path, version, e.Problem);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return BarFileSummary.Unusable(path, version, Corrupt(path, e));
        }
    }

    /// <summary>Opens a Parquet reader over <paramref name="source"/>'s file at <paramref name="version"/>, or says why it cannot be opened.</summary>
    public static async ValueTask<(ParquetReader? Reader, BarFileProblem? Problem)> OpenAsync(
        IBarFileSource source,
        string path,
        BarFileVersion version,
        CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = await source.OpenReadAsync(path, version, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            return (null, Unreadable(path, e));
        }

        try
        {
            return (await ParquetReader.CreateAsync(stream, null, false, cancellationToken).ConfigureAwait(false), null);
        }
        catch (BarStoreException e)
        {
            // A source's own failure (an object that cannot be fetched) already names the file.
            await stream.DisposeAsync().ConfigureAwait(false);
            return (null, e.Problem);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            return (null, Corrupt(path, e));
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static BarFileProblem Corrupt(string path, Exception e) => new(path, BarProblemKind.Corrupt,
        "\"" + path + "\" is not a readable Parquet file (truncated or damaged?): " + e.Message
        + " Write its bars again or remove it.");

    public static BarFileProblem Unreadable(string path, Exception e) => new(path, BarProblemKind.Unreadable,
        "\"" + path + "\" cannot be read: " + e.Message);

    private static async ValueTask<BarFileSummary> SummarizeAsync(
        ParquetReader reader,
        string path,
        BarFileVersion version,
        BarFileColumns columns,
        TimeZoneInfo? naiveZone,
        BarReadStatistics statistics,
        CancellationToken cancellationToken)
    {
        var fileField = FindField(reader, columns.TimestampName);
        var spans = new RowGroupSpan[reader.RowGroupCount];
        var hasStatistics = new bool[spans.Length];
        var rawStatistics = new (long Min, long Max)[spans.Length];
        var maxRaw = long.MinValue;
        for (var i = 0; i < spans.Length; i++)
        {
            var rowGroup = reader.OpenRowGroupReader(i);
            spans[i] = new RowGroupSpan(i, rowGroup.RowCount, long.MaxValue, long.MinValue);
            var raw = fileField is null ? null : rowGroup.GetMetadata(fileField)?.MetaData?.Statistics;
            if (rowGroup.RowCount > 0 && TryRawStatistics(raw, columns, out var min, out var max))
            {
                hasStatistics[i] = true;
                rawStatistics[i] = (min, max);
                maxRaw = Math.Max(maxRaw, Math.Max(Math.Abs(min), Math.Abs(max)));
            }
        }

        var bound = BoundColumns.Bind(reader, columns);
        var fallback = new RowGroupDecoder(columns, naiveZone, sessions: null);
        try
        {
            if (columns.TimestampUnit == EpochUnit.Auto)
            {
                for (var i = 0; maxRaw == long.MinValue && bound is not null && i < spans.Length; i++)
                {
                    if (spans[i].Rows > 0)
                    {
                        var read = await fallback.ReadTimestampSpanAsync(reader.OpenRowGroupReader(i), bound, cancellationToken)
                            .ConfigureAwait(false);
                        statistics.AddRowGroup(new RowGroupTally { Rows = (int)spans[i].Rows });
                        maxRaw = read.MaxRaw;
                    }
                }

                columns = columns.WithUnit(maxRaw == long.MinValue ? EpochUnit.Seconds : BarFileColumns.InferUnit(maxRaw));
                fallback.Dispose();
                fallback = new RowGroupDecoder(columns, naiveZone, sessions: null);
            }

            var clock = columns.TimestampIsLocal && naiveZone is not null ? new NaiveTimestampClock(naiveZone) : null;
            for (var i = 0; i < spans.Length; i++)
            {
                if (spans[i].Rows == 0)
                {
                    continue;
                }

                if (hasStatistics[i]
                    && TryTicks(rawStatistics[i].Min, columns, clock, out var first)
                    && TryTicks(rawStatistics[i].Max, columns, clock, out var last)
                    && first <= last && first >= PlausibleFirstTicks && last < PlausibleLastTicks)
                {
                    spans[i] = spans[i] with { FirstTicks = first, LastTicks = last };
                    continue;
                }

                // Missing or implausible statistics: never trust them to skip a row group; read the timestamps once.
                if (bound is not null)
                {
                    var read = await fallback.ReadTimestampSpanAsync(reader.OpenRowGroupReader(i), bound, cancellationToken)
                        .ConfigureAwait(false);
                    statistics.AddRowGroup(new RowGroupTally { Rows = (int)spans[i].Rows });
                    if (read.Found)
                    {
                        spans[i] = spans[i] with { FirstTicks = read.First, LastTicks = read.Last };
                    }
                }
            }
        }
        finally
        {
            fallback.Dispose();
        }

        return new BarFileSummary(path, version, columns, spans, null);
    }

    private static bool TryTicks(long raw, BarFileColumns columns, NaiveTimestampClock? clock, out long ticks)
    {
        if (columns.TimestampIsDate)
        {
            ticks = BarFileColumns.UnixEpochTicks + (raw * TimeSpan.TicksPerDay);
            return raw > -700_000 && raw < 3_000_000;
        }

        return BarFileColumns.TryToTicks(raw, columns.StatisticsUnit, out ticks)
            && (clock is null || clock.TryToUtc(ticks, out ticks));
    }

    private static bool TryRawStatistics(Statistics? statistics, BarFileColumns columns, out long min, out long max)
    {
        min = max = 0;
        if (statistics is null)
        {
            return false;
        }

        var minBytes = statistics.MinValue ?? statistics.Min;
        var maxBytes = statistics.MaxValue ?? statistics.Max;
        if (minBytes is null || maxBytes is null)
        {
            return false;
        }

        if (columns.TimestampEncoding == TimestampEncoding.Int64Units && minBytes.Length == 8 && maxBytes.Length == 8)
        {
            min = BinaryPrimitives.ReadInt64LittleEndian(minBytes);
            max = BinaryPrimitives.ReadInt64LittleEndian(maxBytes);
            return true;
        }

        if (columns.TimestampIsDate && minBytes.Length == 4 && maxBytes.Length == 4)
        {
            min = BinaryPrimitives.ReadInt32LittleEndian(minBytes);
            max = BinaryPrimitives.ReadInt32LittleEndian(maxBytes);
            return true;
        }

        return false;
    }

    private static DataField? FindField(ParquetReader reader, string name)
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
