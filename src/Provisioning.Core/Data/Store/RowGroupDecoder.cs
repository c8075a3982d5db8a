using System;
using System.Buffers;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Provisioning.Data.Store;

/// <summary>
/// Reads whole columns of row groups into pooled arrays and builds bars, dropping and counting invalid rows. The valid
/// bars of one or more row groups (<see cref="Begin"/>, <see cref="DecodeAsync"/>...) are put in time order by
/// <see cref="Finish"/>, whatever the order of the rows in the file. One decoder serves one read at a time and reuses
/// its buffers.
/// </summary>
internal sealed class RowGroupDecoder : IDisposable
{
    private readonly NaiveTimestampClock? _naiveClock;
    private readonly SessionFilter? _sessions;
    private long[] _ticks = [];
    private double[] _open = [];
    private double[] _high = [];
    private double[] _low = [];
    private double[] _close = [];
    private double[] _volume = [];
    private int[] _definitionLevels = [];
    private byte[] _missing = [];
    private bool _anyMissing;
    private Bar[] _bars = [];
    private int _count;
    private (long Ticks, int Row)[] _order = [];
    private float[] _floats = [];
    private decimal[] _decimals = [];
    private int[] _ints = [];
    private long[] _longs = [];
    private DateTime[] _dateTimes = [];

    public RowGroupDecoder(BarFileColumns columns, TimeZoneInfo? naiveZone, SessionFilter? sessions)
    {
        Columns = columns;
        _naiveClock = columns.TimestampIsLocal && naiveZone is not null ? new NaiveTimestampClock(naiveZone) : null;
        _sessions = sessions;
    }

    public BarFileColumns Columns { get; }

    /// <summary>What the last decode found (row by row; duplicates and rows out of order are found by <see cref="Finish"/>).</summary>
    public RowGroupTally Tally;

    /// <summary>The bars of the last <see cref="Finish"/>, in time order; valid until the next <see cref="Begin"/>.</summary>
    public ReadOnlyMemory<Bar> Bars { get; private set; }

    /// <summary>The start of the last bar kept, carried into the next <see cref="Finish"/> to find duplicates across reads.</summary>
    public long LastTicks { get; set; } = long.MinValue;

    /// <summary>Starts a new set of row groups: forgets the bars decoded so far.</summary>
    public void Begin()
    {
        _count = 0;
        Bars = ReadOnlyMemory<Bar>.Empty;
    }

    /// <summary>
    /// Adds the valid bars of <paramref name="rowGroup"/> that start in [<paramref name="fromTicks"/>,
    /// <paramref name="toTicks"/>) to those decoded since <see cref="Begin"/>, in the order of the file's rows.
    /// </summary>
    public async ValueTask DecodeAsync(
        ParquetRowGroupReader rowGroup,
        BoundColumns fields,
        long fromTicks,
        long toTicks,
        CancellationToken cancellationToken)
    {
        var rows = checked((int)rowGroup.RowCount);
        Prepare(rows);
        EnsurePrices(rows);
        await ReadTimestampsAsync(rowGroup, fields.Timestamp, rows, cancellationToken).ConfigureAwait(false);
        await ReadNumbersAsync(rowGroup, fields.Open, Columns.Open, rows, _open, cancellationToken).ConfigureAwait(false);
        await ReadNumbersAsync(rowGroup, fields.High, Columns.High, rows, _high, cancellationToken).ConfigureAwait(false);
        await ReadNumbersAsync(rowGroup, fields.Low, Columns.Low, rows, _low, cancellationToken).ConfigureAwait(false);
        await ReadNumbersAsync(rowGroup, fields.Close, Columns.Close, rows, _close, cancellationToken).ConfigureAwait(false);
        await ReadNumbersAsync(rowGroup, fields.Volume, Columns.Volume, rows, _volume, cancellationToken).ConfigureAwait(false);
        Build(rows, fromTicks, toTicks);
    }

    /// <summary>
    /// Reads only the timestamp column and gives the first and last valid start: the fallback for row groups written
    /// without usable statistics. False when the row group has no valid timestamp.
    /// </summary>
    public async ValueTask<(bool Found, long First, long Last, long MaxRaw)> ReadTimestampSpanAsync(
        ParquetRowGroupReader rowGroup,
        BoundColumns fields,
        CancellationToken cancellationToken)
    {
        var rows = checked((int)rowGroup.RowCount);
        Prepare(rows);
        var maxRaw = await ReadTimestampsAsync(rowGroup, fields.Timestamp, rows, cancellationToken).ConfigureAwait(false);
        long first = long.MaxValue, last = long.MinValue;
        for (var i = 0; i < rows; i++)
        {
            if ((_anyMissing && _missing[i] != 0) || _ticks[i] == long.MinValue)
            {
                continue;
            }

            first = Math.Min(first, _ticks[i]);
            last = Math.Max(last, _ticks[i]);
        }

        return (first <= last, first, last, maxRaw);
    }

    public void Dispose()
    {
        Return(ref _ticks);
        Return(ref _open);
        Return(ref _high);
        Return(ref _low);
        Return(ref _close);
        Return(ref _volume);
        Return(ref _definitionLevels);
        Return(ref _missing);
        Return(ref _bars);
        Return(ref _order);
        Return(ref _floats);
        Return(ref _decimals);
        Return(ref _ints);
        Return(ref _longs);
        Return(ref _dateTimes);
        Bars = ReadOnlyMemory<Bar>.Empty;
    }

    /// <summary>
    /// Puts the bars decoded since <see cref="Begin"/> in time order and keeps one bar per start: of rows with the same
    /// start, the first valid one in file order (row groups decoded in file order); a bar not after
    /// <see cref="LastTicks"/> is dropped too. Rows already in order, or newest first, are not sorted.
    /// </summary>
    /// <returns>The rows dropped as duplicates of a kept start, and as earlier than <see cref="LastTicks"/>.</returns>
    public (int Duplicates, int OutOfOrder) Finish()
    {
        var bars = _bars.AsSpan(0, _count);
        int duplicates = 0, outOfOrder = 0;
        var last = LastTicks;
        if (BarOrder.IsStrictlyIncreasing(bars))
        {
            // The usual file: only a leading run can repeat or precede the bars already handed out, so the kept bars are
            // a slice, with no copy.
            var skip = 0;
            for (; skip < bars.Length && bars[skip].Start.Ticks <= last; skip++)
            {
                if (bars[skip].Start.Ticks == last)
                {
                    duplicates++;
                }
                else
                {
                    outOfOrder++;
                }
            }

            if (skip < bars.Length)
            {
                LastTicks = bars[^1].Start.Ticks;
            }

            Bars = new ReadOnlyMemory<Bar>(_bars, skip, bars.Length - skip);
            return (duplicates, outOfOrder);
        }

        if (BarOrder.IsStrictlyDecreasing(bars))
        {
            bars.Reverse();
        }
        else
        {
            SortStable(bars);
        }

        var kept = 0;
        for (var i = 0; i < bars.Length; i++)
        {
            var start = bars[i].Start.Ticks;
            if (start <= last)
            {
                if (start == last)
                {
                    duplicates++;
                }
                else
                {
                    outOfOrder++;
                }

                continue;
            }

            bars[kept++] = bars[i];
            last = start;
        }

        LastTicks = last;
        Bars = new ReadOnlyMemory<Bar>(_bars, 0, kept);
        return (duplicates, outOfOrder);
    }

    /// <summary>Sorts by start; rows with the same start keep their file order (the row index breaks the tie).</summary>
    private void SortStable(Span<Bar> bars)
    {
        Ensure(ref _order, bars.Length);
        var order = _order.AsSpan(0, bars.Length);
        for (var i = 0; i < bars.Length; i++)
        {
            order[i] = (bars[i].Start.Ticks, i);
        }

        order.Sort(bars);
    }

    private void Prepare(int rows)
    {
        Tally = default;
        Tally.Rows = rows;
        Ensure(ref _ticks, rows);
        Ensure(ref _missing, rows);
        _anyMissing = false;
    }

    private void Build(int rows, long fromTicks, long toTicks)
    {
        GrowBars(_count + rows);
        var bars = _bars.AsSpan(0, _count + rows);
        var ticks = _ticks.AsSpan(0, rows);
        var open = _open.AsSpan(0, rows);
        var high = _high.AsSpan(0, rows);
        var low = _low.AsSpan(0, rows);
        var close = _close.AsSpan(0, rows);
        var volume = _volume.AsSpan(0, rows);
        var missing = _anyMissing ? _missing.AsSpan(0, rows) : default;
        var sessions = _sessions;
        var kept = _count;
        ref var tally = ref Tally;
        for (var i = 0; i < ticks.Length; i++)
        {
            if (!missing.IsEmpty && missing[i] != 0)
            {
                tally.MissingValues++;
                continue;
            }

            var start = ticks[i];
            if (start == long.MinValue)
            {
                tally.InvalidTimestamps++;
                continue;
            }

            if (sessions is not null && !sessions.Accept(ref start))
            {
                if (start >= fromTicks && start < toTicks)
                {
                    tally.OutsideSession++;
                }

                continue;
            }

            if (start < fromTicks || start >= toTicks)
            {
                continue;
            }

            double o = open[i], h = high[i], l = low[i], c = close[i], v = volume[i];
            if (!(o > 0 && h > 0 && l > 0 && c > 0
                && o < double.PositiveInfinity && h < double.PositiveInfinity
                && l < double.PositiveInfinity && c < double.PositiveInfinity))
            {
                tally.InvalidPrices++;
                continue;
            }

            if (h < l)
            {
                tally.HighBelowLow++;
                continue;
            }

            // Same policy as high < low: the store cannot tell which price is wrong, so the row is not used.
            if (o < l || o > h || c < l || c > h)
            {
                tally.OpenCloseOutsideHighLow++;
                continue;
            }

            if (!(v >= 0 && v < double.PositiveInfinity))
            {
                tally.InvalidVolumes++;
                continue;
            }

            bars[kept++] = new Bar(new DateTime(start, DateTimeKind.Utc), o, h, l, c, v);
        }

        _count = kept;
    }

    /// <summary>Makes room for <paramref name="length"/> bars, keeping those decoded since <see cref="Begin"/>.</summary>
    private void GrowBars(int length)
    {
        if (_bars.Length >= length)
        {
            return;
        }

        var grown = ArrayPool<Bar>.Shared.Rent(Math.Max(length, _bars.Length * 2));
        _bars.AsSpan(0, _count).CopyTo(grown);
        Return(ref _bars);
        _bars = grown;
    }

    /// <summary>Fills <see cref="_ticks"/> with UTC ticks, long.MinValue for an invalid value; gives the largest raw value.</summary>
    private async ValueTask<long> ReadTimestampsAsync(ParquetRowGroupReader rowGroup, DataField field, int rows, CancellationToken cancellationToken)
    {
        var ticks = _ticks;
        var maxRaw = long.MinValue;
        if (Columns.TimestampEncoding == TimestampEncoding.DateTimeValues)
        {
            Ensure(ref _dateTimes, rows);
            await ReadValuesAsync(rowGroup, field, Columns.TimestampNullable, _dateTimes, rows, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < rows; i++)
            {
                ticks[i] = _dateTimes[i].Ticks;
            }

            return maxRaw;
        }

        await ReadValuesAsync(rowGroup, field, Columns.TimestampNullable, ticks, rows, cancellationToken).ConfigureAwait(false);
        var values = ticks.AsSpan(0, rows);
        foreach (var raw in values)
        {
            maxRaw = Math.Max(maxRaw, raw);
        }

        if (Columns.TimestampUnit != EpochUnit.Auto)
        {
            ToTicks(values, Columns.TimestampUnit, _naiveClock);
        }

        return maxRaw;
    }

    /// <summary>Converts counts of <paramref name="unit"/> since the epoch to UTC ticks in place; long.MinValue when out of range.</summary>
    private static void ToTicks(Span<long> values, EpochUnit unit, NaiveTimestampClock? clock)
    {
        var epoch = BarFileColumns.UnixEpochTicks;
        if (unit == EpochUnit.Nanoseconds)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = epoch + (values[i] / 100) - (values[i] % 100 < 0 ? 1 : 0);
            }
        }
        else
        {
            long perUnit = unit switch
            {
                EpochUnit.Microseconds => 10,
                EpochUnit.Milliseconds => TimeSpan.TicksPerMillisecond,
                _ => TimeSpan.TicksPerSecond,
            };
            var maxRaw = (DateTime.MaxValue.Ticks - epoch) / perUnit;
            var minRaw = -epoch / perUnit;
            for (var i = 0; i < values.Length; i++)
            {
                var raw = values[i];
                values[i] = raw >= minRaw && raw <= maxRaw ? epoch + (raw * perUnit) : long.MinValue;
            }
        }

        if (clock is null)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] != long.MinValue && !clock.TryToUtc(values[i], out values[i]))
            {
                values[i] = long.MinValue;
            }
        }
    }

    private async ValueTask ReadNumbersAsync(
        ParquetRowGroupReader rowGroup,
        DataField field,
        NumberColumn column,
        int rows,
        double[] destination,
        CancellationToken cancellationToken)
    {
        switch (column.Encoding)
        {
            case NumberEncoding.Double:
                await ReadValuesAsync(rowGroup, field, column.Nullable, destination, rows, cancellationToken).ConfigureAwait(false);
                break;
            case NumberEncoding.Float:
                Ensure(ref _floats, rows);
                await ReadValuesAsync(rowGroup, field, column.Nullable, _floats, rows, cancellationToken).ConfigureAwait(false);
                Widen(_floats, destination, rows);
                break;
            case NumberEncoding.Decimal:
                Ensure(ref _decimals, rows);
                await ReadValuesAsync(rowGroup, field, column.Nullable, _decimals, rows, cancellationToken).ConfigureAwait(false);
                Widen(_decimals, destination, rows);
                break;
            case NumberEncoding.Int32:
                Ensure(ref _ints, rows);
                await ReadValuesAsync(rowGroup, field, column.Nullable, _ints, rows, cancellationToken).ConfigureAwait(false);
                Widen(_ints, destination, rows);
                break;
            default:
                Ensure(ref _longs, rows);
                await ReadValuesAsync(rowGroup, field, column.Nullable, _longs, rows, cancellationToken).ConfigureAwait(false);
                Widen(_longs, destination, rows);
                break;
        }
    }

    /// <summary>
    /// Reads a column into <paramref name="values"/>[0..rows). A nullable column comes back packed (nulls left out) with
    /// definition levels; it is spread back in place and its null rows flagged as missing.
    /// </summary>
    private async ValueTask ReadValuesAsync<T>(
        ParquetRowGroupReader rowGroup,
        DataField field,
        bool nullable,
        T[] values,
        int rows,
        CancellationToken cancellationToken)
        where T : struct
    {
        if (!nullable)
        {
            await rowGroup.ReadAsync<T>(field, values.AsMemory(0, rows), null, cancellationToken).ConfigureAwait(false);
            return;
        }

        Ensure(ref _definitionLevels, rows);
        await rowGroup.ReadRawAsync<T>(field, values.AsMemory(0, rows), _definitionLevels.AsMemory(0, rows), null, cancellationToken)
            .ConfigureAwait(false);
        var levels = _definitionLevels.AsSpan(0, rows);
        var present = rows - levels.Count(0);
        if (present == rows)
        {
            return;
        }

        if (!_anyMissing)
        {
            _missing.AsSpan(0, rows).Clear();
            _anyMissing = true;
        }

        var source = present - 1;
        for (var i = rows - 1; i >= 0; i--)
        {
            if (levels[i] != 0)
            {
                values[i] = values[source--];
            }
            else
            {
                values[i] = default;
                _missing[i] = 1;
            }
        }
    }

    private static void Widen<T>(T[] source, double[] destination, int rows)
        where T : INumberBase<T>
    {
        for (var i = 0; i < rows; i++)
        {
            destination[i] = double.CreateTruncating(source[i]);
        }
    }

    private void EnsurePrices(int rows)
    {
        Ensure(ref _open, rows);
        Ensure(ref _high, rows);
        Ensure(ref _low, rows);
        Ensure(ref _close, rows);
        Ensure(ref _volume, rows);
    }

    private static void Ensure<T>(ref T[] buffer, int length)
    {
        if (buffer.Length >= length)
        {
            return;
        }

        Return(ref buffer);
        buffer = ArrayPool<T>.Shared.Rent(length);
    }

    private static void Return<T>(ref T[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<T>.Shared.Return(buffer);
        }

        buffer = [];
    }
}
