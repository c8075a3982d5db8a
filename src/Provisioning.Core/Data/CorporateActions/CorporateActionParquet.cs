using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Provisioning.Data.CorporateActions;

/// <summary>
/// The Parquet form of a corporate-action table: columns <c>ex_date</c> (DATE, a timestamp, or <c>yyyy-MM-dd</c>
/// text), <c>kind</c> (text) and <c>value</c> (any number type), found by name in any case; other columns are ignored,
/// nulls are bad rows. Problems name the file and the row (counted from 1 over the whole file).
/// </summary>
internal static class CorporateActionParquet
{
    private static readonly DateTimeDataField ExDateField = new(CorporateActionRows.ExDateColumn, DateTimeFormat.Date);
    private static readonly DataField<string> KindField = new(CorporateActionRows.KindColumn);
    private static readonly DataField<double> ValueField = new(CorporateActionRows.ValueColumn);

    /// <summary>Reads the rows of the Parquet file open in <paramref name="stream"/>, named <paramref name="path"/>.</summary>
    public static async ValueTask ReadAsync(
        string path,
        Stream stream,
        List<(CorporateAction Action, string Path, int Row, string Unit)> read,
        CorporateActionRows.ProblemList problems,
        CancellationToken cancellationToken)
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, null, false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            problems.Add(path, 0, "is not a readable Parquet file (truncated or damaged?): " + e.Message + " Write the table again, or keep it as CSV.");
            return;
        }

        await using (reader.ConfigureAwait(false))
        {
            var fields = reader.Schema.GetDataFields();
            var date = Find(fields, CorporateActionRows.ExDateColumn);
            var kind = Find(fields, CorporateActionRows.KindColumn);
            var value = Find(fields, CorporateActionRows.ValueColumn);
            if (date is null || kind is null || value is null)
            {
                problems.Add(path, 0, "has no column " + string.Join(" or ", new[] { (date, CorporateActionRows.ExDateColumn), (kind, CorporateActionRows.KindColumn), (value, CorporateActionRows.ValueColumn) }
                    .Where(c => c.Item1 is null).Select(c => "\"" + c.Item2 + "\""))
                    + "; a table has the columns ex_date, kind and value (found: " + string.Join(", ", fields.Select(f => f.Name).Take(10)) + ").");
                return;
            }

            var row = 0;
            try
            {
                for (var g = 0; g < reader.RowGroupCount; g++)
                {
                    using var group = reader.OpenRowGroupReader(g);
                    var rows = checked((int)group.RowCount);
                    var dates = await ReadAsync(group, date, rows, cancellationToken).ConfigureAwait(false);
                    var kinds = await ReadAsync(group, kind, rows, cancellationToken).ConfigureAwait(false);
                    var values = await ReadAsync(group, value, rows, cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < rows; i++)
                    {
                        row++;
                        var action = CorporateActionRows.Read(
                            path, row, "row", AsDate(dates[i]), Text(dates[i]), kinds[i] as string, AsNumber(values[i]), Text(values[i]), problems);
                        if (action is not null)
                        {
                            read.Add((action, path, row, "row"));
                        }
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                problems.Add(path, 0, "cannot be read after row " + row.ToString(CultureInfo.InvariantCulture) + ": " + e.Message
                    + " (the rows before it are used). Write the table again, or keep it as CSV.");
            }
        }
    }

    /// <summary>Writes <paramref name="actions"/> as a Parquet table (ex_date DATE, kind, value DOUBLE) to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(Stream output, IReadOnlyList<CorporateAction> actions, CancellationToken cancellationToken = default)
    {
        var schema = new ParquetSchema(ExDateField, KindField, ValueField);
        await using var writer = await ParquetWriter.CreateAsync(schema, output, null, false, cancellationToken).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        var dates = actions.Select(a => a.ExDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)).ToArray();
        await group.WriteAsync<DateTime>(ExDateField, dates, null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(KindField, actions.Select(a => a.KindText).ToArray(), null).ConfigureAwait(false);
        await group.WriteAsync<double>(ValueField, actions.Select(a => a.Value).ToArray(), null, null, cancellationToken).ConfigureAwait(false);
        group.CompleteValidate();
    }

    private static DataField? Find(DataField[] fields, string name) =>
        fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase) && f.Path.Length == 1);

    // The column's values boxed (null for a null), whatever its type; a table is small.
    private static async ValueTask<object?[]> ReadAsync(ParquetRowGroupReader group, DataField field, int rows, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>) || type == typeof(ReadOnlyMemory<byte>))
        {
            var strings = new string?[rows];
            await group.ReadAsync(field, strings.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            return strings;
        }

        return type == typeof(DateTime) ? await BoxAsync<DateTime>(group, field, rows, cancellationToken).ConfigureAwait(false)
            : type == typeof(DateOnly) ? await BoxAsync<DateOnly>(group, field, rows, cancellationToken).ConfigureAwait(false)
            : type == typeof(double) ? await BoxAsync<double>(group, field, rows, cancellationToken).ConfigureAwait(false)
            : type == typeof(float) ? await BoxAsync<float>(group, field, rows, cancellationToken).ConfigureAwait(false)
            : type == typeof(decimal) ? await BoxAsync<decimal>(group, field, rows, cancellationToken).ConfigureAwait(false)
            : type == typeof(int) ? await BoxAsync<int>(group, field, rows, cancellationToken).ConfigureAwait(false)
            : type == typeof(long) ? await BoxAsync<long>(group, field, rows, cancellationToken).ConfigureAwait(false)
            : throw new InvalidDataException("the column \"" + field.Name + "\" has the type " + type.Name + ", which a corporate-action table does not use");
    }

    private static async ValueTask<object?[]> BoxAsync<T>(ParquetRowGroupReader group, DataField field, int rows, CancellationToken cancellationToken)
        where T : struct
    {
        var boxed = new object?[rows];
        if (field.IsNullable)
        {
            var values = new T?[rows];
            await group.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < rows; i++)
            {
                boxed[i] = values[i];
            }
        }
        else
        {
            var values = new T[rows];
            await group.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < rows; i++)
            {
                boxed[i] = values[i];
            }
        }

        return boxed;
    }

    private static DateOnly? AsDate(object? value) => value switch
    {
        DateTime time => DateOnly.FromDateTime(time),
        DateOnly date => date,
        string text => CorporateActionRows.ParseDate(text),
        _ => null,
    };

    private static double? AsNumber(object? value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        int i => i,
        long l => l,
        string text => CorporateActionRows.ParseValue(text),
        _ => null,
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
