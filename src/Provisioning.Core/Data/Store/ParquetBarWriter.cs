using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Provisioning.Collections;
using Provisioning.Intervals;

namespace Provisioning.Data.Store;

/// <summary>
/// Writes bars into a <see cref="ParquetBarStore"/>'s layout, or into one stream. Files have the columns timestamp
/// (TIMESTAMP(MILLIS), UTC), open, high, low, close and volume (double), row groups by <see cref="BarRowGroupPeriod"/>,
/// and statistics on every column. Writing a series merges with the bars already stored (a new bar replaces a stored
/// one with the same start) and replaces each year file atomically: readers see the old file or the new one, never half.
/// </summary>
internal sealed class ParquetBarWriter
{
    private static readonly DateTimeDataField TimestampField = new("timestamp", DateTimeFormat.Timestamp, true, DateTimeTimeUnit.Millis, false);
    private static readonly DataField<double> OpenField = new("open");
    private static readonly DataField<double> HighField = new("high");
    private static readonly DataField<double> LowField = new("low");
    private static readonly DataField<double> CloseField = new("close");
    private static readonly DataField<double> VolumeField = new("volume");
    private static readonly ParquetSchema Schema = new(TimestampField, OpenField, HighField, LowField, CloseField, VolumeField);

    private readonly ParquetBarStore _store;
    private readonly ParquetBarWriterOptions _options;

    /// <summary>Creates a writer for <paramref name="store"/>'s root and layout.</summary>
    public ParquetBarWriter(ParquetBarStore store, ParquetBarWriterOptions? options = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? new ParquetBarWriterOptions();
    }

    /// <summary>
    /// Writes <paramref name="bars"/> of <paramref name="symbol"/> and <paramref name="interval"/>, merged with what is
    /// stored. Bars must be valid (open and close within [low, high], as the store reads them) and in strictly
    /// increasing time order; their starts are UTC.
    /// </summary>
    /// <exception cref="ArgumentException">The symbol is invalid, or a bar is invalid or out of order.</exception>
    /// <exception cref="BarStoreException">A stored file that must be merged cannot be read; nothing is written.</exception>
    public async Task<BarWriteResult> WriteAsync(string symbol, Interval interval, ReadOnlyMemory<Bar> bars, CancellationToken cancellationToken = default)
    {
        CheckBars(bars.Span);
        var files = new List<string>();
        var written = 0;
        var replaced = 0;
        var index = 0;
        while (index < bars.Length)
        {
            var year = bars.Span[index].Start.Year;
            var end = index;
            while (end < bars.Length && (!_store.PartitionsByYear || bars.Span[end].Start.Year == year))
            {
                end++;
            }

            var path = _store.FilePath(symbol, interval, year);
            var fromUtc = _store.PartitionsByYear ? new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) : DateTime.MinValue;
            var toUtc = _store.PartitionsByYear ? fromUtc.AddYears(1) : DateTime.MaxValue;
            var stored = File.Exists(path)
                ? await ReadAllAsync(symbol, interval, fromUtc, toUtc, cancellationToken).ConfigureAwait(false)
                : [];
            var merged = Merge(stored, bars.Span[index..end], out var replacedHere);
            await WriteFileAtomicallyAsync(path, merged, interval, cancellationToken).ConfigureAwait(false);
            _store.Forget(path);
            files.Add(path);
            written += merged.Length;
            replaced += replacedHere;
            index = end;
        }

        return new BarWriteResult(new EquatableArray<string>(files), written, replaced);
    }

    /// <summary>Writes <paramref name="bars"/> as one Parquet file to <paramref name="output"/> (writable and seekable).</summary>
    /// <exception cref="ArgumentException">A bar is invalid or out of order.</exception>
    public static async Task WriteAsync(
        Stream output,
        ReadOnlyMemory<Bar> bars,
        Interval interval,
        ParquetBarWriterOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        CheckBars(bars.Span);
        options ??= new ParquetBarWriterOptions();
        var parquetOptions = new ParquetOptions { CompressionMethod = Codec(options.Compression) };
        await using var writer = await ParquetWriter.CreateAsync(Schema, output, parquetOptions, false, cancellationToken).ConfigureAwait(false);
        var period = interval.IsIntraday ? options.RowGroupPeriod : BarRowGroupPeriod.Year;
        var starts = ArrayPool<DateTime>.Shared.Rent(Math.Max(1, bars.Length));
        var values = ArrayPool<double>.Shared.Rent(Math.Max(1, bars.Length));
        try
        {
            var index = 0;
            while (index < bars.Length)
            {
                var key = PeriodKey(bars.Span[index].Start, period);
                var end = index;
                while (end < bars.Length && PeriodKey(bars.Span[end].Start, period) == key)
                {
                    end++;
                }

                await WriteRowGroupAsync(writer, bars[index..end], starts, values, cancellationToken).ConfigureAwait(false);
                index = end;
            }
        }
        finally
        {
            ArrayPool<DateTime>.Shared.Return(starts);
            ArrayPool<double>.Shared.Return(values);
        }
    }

    private static async Task WriteRowGroupAsync(ParquetWriter writer, ReadOnlyMemory<Bar> bars, DateTime[] starts, double[] values, CancellationToken cancellationToken)
    {
        var count = bars.Length;
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < count; i++)
        {
            starts[i] = DateTime.SpecifyKind(bars.Span[i].Start, DateTimeKind.Utc);
        }

        await group.WriteAsync<DateTime>(TimestampField, starts.AsMemory(0, count), null, null, cancellationToken).ConfigureAwait(false);
        for (var column = 0; column < 5; column++)
        {
            var span = bars.Span;
            for (var i = 0; i < count; i++)
            {
                values[i] = column switch
                {
                    0 => span[i].Open,
                    1 => span[i].High,
                    2 => span[i].Low,
                    3 => span[i].Close,
                    _ => span[i].Volume,
                };
            }

            var field = column switch
            {
                0 => OpenField,
                1 => HighField,
                2 => LowField,
                3 => CloseField,
                _ => VolumeField,
            };
            await group.WriteAsync<double>(field, values.AsMemory(0, count), null, null, cancellationToken).ConfigureAwait(false);
        }

        group.CompleteValidate();
    }

    private async Task<Bar[]> ReadAllAsync(string symbol, Interval interval, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var bars = new List<Bar>();
        await foreach (var batch in _store.ReadRangePooledAsync(symbol, interval, fromUtc, toUtc, null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var bar in batch.Span)
            {
                bars.Add(bar);
            }
        }

        return bars.ToArray();
    }

    private static Bar[] Merge(Bar[] stored, ReadOnlySpan<Bar> added, out int replaced)
    {
        replaced = 0;
        var merged = new Bar[stored.Length + added.Length];
        int s = 0, a = 0, m = 0;
        while (s < stored.Length || a < added.Length)
        {
            if (a == added.Length || (s < stored.Length && stored[s].Start < added[a].Start))
            {
                merged[m++] = stored[s++];
            }
            else
            {
                if (s < stored.Length && stored[s].Start == added[a].Start)
                {
                    replaced++;
                    s++;
                }

                merged[m++] = added[a++];
            }
        }

        return merged.AsSpan(0, m).ToArray();
    }

    private async Task WriteFileAtomicallyAsync(string path, Bar[] bars, Interval interval, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true))
            {
                await WriteAsync(stream, bars, interval, _options, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void CheckBars(ReadOnlySpan<Bar> bars)
    {
        for (var i = 0; i < bars.Length; i++)
        {
            var bar = bars[i];
            if (i > 0 && bar.Start <= bars[i - 1].Start)
            {
                throw new ArgumentException("Bars must be in strictly increasing time order: bar " + i + " starts at "
                    + bar.Start.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + ", not after the bar before it.", nameof(bars));
            }

            if (!(bar.Open > 0 && bar.High > 0 && bar.Low > 0 && bar.Close > 0) || !double.IsFinite(bar.Open + bar.High + bar.Low + bar.Close)
                || bar.High < bar.Low || bar.Open < bar.Low || bar.Open > bar.High || bar.Close < bar.Low || bar.Close > bar.High
                || !(bar.Volume >= 0) || !double.IsFinite(bar.Volume))
            {
                // The store drops such rows when it reads them, so writing one would lose it silently.
                throw new ArgumentException("Bar " + i + " (" + bar + ") is invalid: prices must be positive and finite, "
                    + "high at least low, open and close within [low, high], volume zero or more.", nameof(bars));
            }
        }
    }

    private static int PeriodKey(DateTime start, BarRowGroupPeriod period) => period switch
    {
        BarRowGroupPeriod.Day => (start.Year * 400) + start.DayOfYear,
        BarRowGroupPeriod.Year => start.Year,
        _ => (start.Year * 12) + start.Month,
    };

    private static CompressionMethod Codec(BarFileCompression compression) => compression switch
    {
        BarFileCompression.Zstd => CompressionMethod.Zstd,
        BarFileCompression.Gzip => CompressionMethod.Gzip,
        BarFileCompression.None => CompressionMethod.None,
        _ => CompressionMethod.Snappy,
    };
}
