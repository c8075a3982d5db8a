using System;
using System.Collections.Generic;
using Parquet;
using Parquet.Meta;

namespace Provisioning.Data.Store;

/// <summary>
/// Finds the timestamp, price and volume columns of a file from its footer and decides how each is read.
/// Only top-level columns count; nested ones are ignored.
/// </summary>
internal static class BarFileColumnResolver
{
    private static readonly string[] TimestampNames = ["timestamp", "time", "ts", "datetime", "date", "start"];
    private static readonly string[] OpenNames = ["open"];
    private static readonly string[] HighNames = ["high"];
    private static readonly string[] LowNames = ["low"];
    private static readonly string[] CloseNames = ["close"];
    private static readonly string[] VolumeNames = ["volume", "vol"];

    /// <summary>Resolves the columns; false with a problem naming the file and the column when it cannot.</summary>
    public static bool TryResolve(
        ParquetReader reader,
        ParquetBarStoreOptions options,
        string path,
        out BarFileColumns columns,
        out BarFileProblem? problem)
    {
        columns = null!;
        var leaves = TopLevelLeaves(reader.Metadata?.Schema);
        var mapping = options.Columns ?? new ParquetColumnMapping();

        if (!TryFind(leaves, mapping.Timestamp, TimestampNames, "timestamp", path, out var timestamp, out problem)
            || !TryTimestamp(timestamp, reader.Metadata?.CreatedBy, options.EpochUnit, path, out var encoding, out var unit,
                out var statisticsUnit, out var isLocal, out var isDate, out problem)
            || !TryNumber(leaves, mapping.Open, OpenNames, "open", path, out var open, out problem)
            || !TryNumber(leaves, mapping.High, HighNames, "high", path, out var high, out problem)
            || !TryNumber(leaves, mapping.Low, LowNames, "low", path, out var low, out problem)
            || !TryNumber(leaves, mapping.Close, CloseNames, "close", path, out var close, out problem)
            || !TryNumber(leaves, mapping.Volume, VolumeNames, "volume", path, out var volume, out problem))
        {
            return false;
        }

        columns = new BarFileColumns(
            timestamp.Name,
            timestamp.RepetitionType == FieldRepetitionType.OPTIONAL,
            encoding,
            unit,
            statisticsUnit,
            isLocal,
            isDate,
            open,
            high,
            low,
            close,
            volume);
        return true;
    }

    private static List<SchemaElement> TopLevelLeaves(List<SchemaElement>? elements)
    {
        var leaves = new List<SchemaElement>();
        if (elements is null || elements.Count == 0)
        {
            return leaves;
        }

        var index = 1;
        var children = elements[0].NumChildren ?? 0;
        for (var child = 0; child < children && index < elements.Count; child++)
        {
            var element = elements[index];
            if ((element.NumChildren ?? 0) == 0)
            {
                leaves.Add(element);
                index++;
            }
            else
            {
                index = SkipSubtree(elements, index);
            }
        }

        return leaves;
    }

    private static int SkipSubtree(List<SchemaElement> elements, int index)
    {
        var pending = 1;
        while (pending > 0 && index < elements.Count)
        {
            pending += (elements[index].NumChildren ?? 0) - 1;
            index++;
        }

        return index;
    }

    private static bool TryFind(
        List<SchemaElement> leaves,
        string? mapped,
        string[] usualNames,
        string role,
        string path,
        out SchemaElement element,
        out BarFileProblem? problem)
    {
        problem = null;
        if (!string.IsNullOrWhiteSpace(mapped))
        {
            foreach (var leaf in leaves)
            {
                if (string.Equals(leaf.Name, mapped, StringComparison.OrdinalIgnoreCase))
                {
                    element = leaf;
                    return true;
                }
            }

            element = null!;
            problem = Missing(path, role, "the mapped column \"" + mapped + "\"", leaves);
            return false;
        }

        foreach (var name in usualNames)
        {
            foreach (var leaf in leaves)
            {
                if (string.Equals(leaf.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    element = leaf;
                    return true;
                }
            }
        }

        element = null!;
        problem = Missing(path, role, "a column named " + string.Join(", ", usualNames), leaves);
        return false;
    }

    private static BarFileProblem Missing(string path, string role, string wanted, List<SchemaElement> leaves)
    {
        var names = new List<string>(leaves.Count);
        foreach (var leaf in leaves)
        {
            names.Add(leaf.Name);
        }

        return new BarFileProblem(path, BarProblemKind.MissingColumn,
            "\"" + path + "\" has no " + role + " column: looked for " + wanted + " (any case); the file has "
            + (names.Count == 0 ? "no columns" : string.Join(", ", names))
            + ". Set the store's column mapping if the " + role + " is under another name.");
    }

    private static bool TryTimestamp(
        SchemaElement element,
        string? createdBy,
        EpochUnit epochUnit,
        string path,
        out TimestampEncoding encoding,
        out EpochUnit unit,
        out EpochUnit statisticsUnit,
        out bool isLocal,
        out bool isDate,
        out BarFileProblem? problem)
    {
        encoding = TimestampEncoding.Int64Units;
        unit = epochUnit;
        statisticsUnit = epochUnit;
        isLocal = false;
        isDate = false;
        problem = null;
        if (element.RepetitionType == FieldRepetitionType.REPEATED)
        {
            problem = WrongType(path, element, "timestamp", "a list");
            return false;
        }

        switch (element.Type)
        {
            case Parquet.Meta.Type.INT64:
                var timestampType = element.LogicalType?.TIMESTAMP;
                if (timestampType is not null)
                {
                    unit = timestampType.Unit?.NANOS is not null ? EpochUnit.Nanoseconds
                        : timestampType.Unit?.MICROS is not null ? EpochUnit.Microseconds
                        : EpochUnit.Milliseconds;
                    isLocal = !timestampType.IsAdjustedToUTC;
                }
                else if (element.ConvertedType == ConvertedType.TIMESTAMP_MILLIS)
                {
                    unit = EpochUnit.Milliseconds;
                }
                else if (element.ConvertedType == ConvertedType.TIMESTAMP_MICROS)
                {
                    unit = EpochUnit.Microseconds;
                }
                else if (element.LogicalType?.TIME is not null || element.ConvertedType == ConvertedType.TIME_MICROS
                    || element.ConvertedType == ConvertedType.DECIMAL || element.LogicalType?.DECIMAL is not null)
                {
                    problem = WrongType(path, element, "timestamp", "a time of day or a decimal");
                    return false;
                }

                // Parquet.Net (6.1 and before) writes the statistics of TIMESTAMP(micros|nanos) columns in milliseconds
                // (aloneguid/parquet-dotnet#769); its values are right.
                statisticsUnit = timestampType is not null && unit != EpochUnit.Milliseconds
                    && createdBy is not null && createdBy.StartsWith("Parquet.Net", StringComparison.OrdinalIgnoreCase)
                    ? EpochUnit.Milliseconds
                    : unit;
                return true;
            case Parquet.Meta.Type.INT96:
                encoding = TimestampEncoding.DateTimeValues;
                return true;
            case Parquet.Meta.Type.INT32 when element.LogicalType?.DATE is not null || element.ConvertedType == ConvertedType.DATE:
                encoding = TimestampEncoding.DateTimeValues;
                isDate = true;
                return true;
            default:
                problem = WrongType(path, element, "timestamp", Describe(element));
                return false;
        }
    }

    private static bool TryNumber(
        List<SchemaElement> leaves,
        string? mapped,
        string[] usualNames,
        string role,
        string path,
        out NumberColumn column,
        out BarFileProblem? problem)
    {
        column = null!;
        if (!TryFind(leaves, mapped, usualNames, role, path, out var element, out problem))
        {
            return false;
        }

        NumberEncoding encoding;
        if (element.RepetitionType == FieldRepetitionType.REPEATED)
        {
            problem = WrongType(path, element, role, "a list");
            return false;
        }

        if (element.LogicalType?.DECIMAL is not null || element.ConvertedType == ConvertedType.DECIMAL)
        {
            encoding = NumberEncoding.Decimal;
        }
        else
        {
            switch (element.Type)
            {
                case Parquet.Meta.Type.DOUBLE:
                    encoding = NumberEncoding.Double;
                    break;
                case Parquet.Meta.Type.FLOAT:
                    encoding = NumberEncoding.Float;
                    break;
                case Parquet.Meta.Type.INT32 when IsPlainInteger(element):
                    encoding = NumberEncoding.Int32;
                    break;
                case Parquet.Meta.Type.INT64 when IsPlainInteger(element):
                    encoding = NumberEncoding.Int64;
                    break;
                default:
                    problem = WrongType(path, element, role, Describe(element));
                    return false;
            }
        }

        column = new NumberColumn(element.Name, encoding, element.RepetitionType == FieldRepetitionType.OPTIONAL);
        return true;
    }

    private static bool IsPlainInteger(SchemaElement element) =>
        element.LogicalType is null || element.LogicalType.INTEGER is { IsSigned: true, BitWidth: >= 32 }
            ? element.ConvertedType is null or ConvertedType.INT_32 or ConvertedType.INT_64
            : false;

    private static string Describe(SchemaElement element)
    {
        if (element.LogicalType?.STRING is not null || element.ConvertedType == ConvertedType.UTF8)
        {
            return "text (" + element.Type + ")";
        }

        if (element.LogicalType?.TIMESTAMP is not null || element.LogicalType?.DATE is not null)
        {
            return "a date or time";
        }

        if (element.LogicalType?.INTEGER is { } integer)
        {
            return (integer.IsSigned ? "a signed " : "an unsigned ") + integer.BitWidth + "-bit integer";
        }

        return element.Type?.ToString() ?? "a group";
    }

    private static BarFileProblem WrongType(string path, SchemaElement element, string role, string found) =>
        new(path, BarProblemKind.WrongColumnType,
            "\"" + path + "\": column \"" + element.Name + "\" (the " + role + ") is " + found + "; "
            + (role == "timestamp"
                ? "the store reads timestamps stored as TIMESTAMP (millis, micros or nanos), an INT64 epoch, INT96 or DATE."
                : "the store reads " + role + " stored as double, float, decimal, int32 or int64."));
}
