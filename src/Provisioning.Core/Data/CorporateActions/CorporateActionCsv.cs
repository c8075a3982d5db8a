using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Provisioning.Text;

namespace Provisioning.Data.CorporateActions;

/// <summary>
/// The CSV form of a corporate-action table, for hand edits: a header naming <c>ex_date</c>, <c>kind</c> and
/// <c>value</c> (any order, any case), then one action per line; blank lines and lines starting with <c>#</c> are
/// skipped, a field may be in double quotes. Problems name the file and the line.
/// </summary>
internal static class CorporateActionCsv
{
    /// <summary>The most bytes a table file is read (a table of actions is small; anything bigger is not one).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>Reads the rows of <paramref name="text"/>, the content of <paramref name="path"/>.</summary>
    public static void Read(string path, string text, List<(CorporateAction Action, string Path, int Row, string Unit)> read, CorporateActionRows.ProblemList problems)
    {
        var lines = text.Split('\n');
        int[]? columns = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = i + 1;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = Fields(line);
            if (columns is null)
            {
                columns = Header(fields);
                if (columns is null)
                {
                    problems.Add(path, number, "line", "the header " + EchoedText.Quote(line) + " must name the columns \""
                        + CorporateActionRows.ExDateColumn + "\", \"" + CorporateActionRows.KindColumn + "\" and \"" + CorporateActionRows.ValueColumn
                        + "\", such as: ex_date,kind,value");
                    return;
                }

                continue;
            }

            string? Field(int column) => columns[column] < fields.Count ? fields[columns[column]] : null;
            var dateText = Field(0);
            var valueText = Field(2);
            var action = CorporateActionRows.Read(
                path, number, "line", CorporateActionRows.ParseDate(dateText), dateText, Field(1), CorporateActionRows.ParseValue(valueText), valueText, problems);
            if (action is not null)
            {
                read.Add((action, path, number, "line"));
            }
        }
    }

    /// <summary>The table as CSV text, one action per line in the order given.</summary>
    public static string Write(IEnumerable<CorporateAction> actions)
    {
        var text = new StringBuilder();
        text.Append(CorporateActionRows.ExDateColumn).Append(',').Append(CorporateActionRows.KindColumn).Append(',').Append(CorporateActionRows.ValueColumn).Append('\n');
        foreach (var action in actions)
        {
            text.Append(action.ExDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(action.KindText).Append(',')
                .Append(action.Value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    // The positions of ex_date, kind and value in the header, or null when one is missing.
    private static int[]? Header(List<string> fields)
    {
        var names = new[] { CorporateActionRows.ExDateColumn, CorporateActionRows.KindColumn, CorporateActionRows.ValueColumn };
        var columns = new int[names.Length];
        for (var n = 0; n < names.Length; n++)
        {
            columns[n] = fields.FindIndex(f => string.Equals(f.Trim(), names[n], StringComparison.OrdinalIgnoreCase));
            if (columns[n] < 0)
            {
                return null;
            }
        }

        return columns;
    }

    // The comma-separated fields of a line; a field in double quotes may hold commas and "" for a quote.
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
