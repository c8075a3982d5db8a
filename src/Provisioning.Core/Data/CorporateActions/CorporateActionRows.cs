using System;
using System.Collections.Generic;
using System.Globalization;
using Provisioning.Text;

namespace Provisioning.Data.CorporateActions;

/// <summary>
/// The rules every corporate-action row is read by, whatever the file: an ex-date, a kind (<c>split</c> or
/// <c>dividend</c>, any case) and a positive value. A row that breaks one is a problem naming the file and the row
/// (the user's text escaped and clipped) and is left out; the other rows are kept.
/// </summary>
internal static class CorporateActionRows
{
    /// <summary>The kind of a split as written in a table.</summary>
    public const string SplitText = "split";

    /// <summary>The kind of a cash dividend as written in a table.</summary>
    public const string DividendText = "dividend";

    /// <summary>The column of the ex-date (a DATE, a timestamp, or <c>yyyy-MM-dd</c> text).</summary>
    public const string ExDateColumn = "ex_date";

    /// <summary>The column of the kind.</summary>
    public const string KindColumn = "kind";

    /// <summary>The column of the split ratio or the cash per share.</summary>
    public const string ValueColumn = "value";

    /// <summary>The most problems one file reports; the rest are counted in one last problem (bounded memory).</summary>
    public const int MaxProblemsPerFile = 50;

    /// <summary>The ex-date of <paramref name="text"/> (<c>yyyy-MM-dd</c>, surrounding blanks allowed), or null.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The value of <paramref name="text"/> (an invariant number), or null.</summary>
    public static double? ParseValue(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// The action of one row, or null with a problem added to <paramref name="problems"/>. <paramref name="dateText"/> and
    /// <paramref name="valueText"/> are what the row holds, shown when it is wrong; <paramref name="unit"/> names a row
    /// ("row" in Parquet, "line" in CSV).
    /// </summary>
    public static CorporateAction? Read(
        string path,
        int row,
        string unit,
        DateOnly? exDate,
        string? dateText,
        string? kindText,
        double? value,
        string? valueText,
        ProblemList problems)
    {
        if (exDate is not { } date)
        {
            problems.Add(path, row, unit, ColumnText(ExDateColumn) + " " + Shown(dateText) + " is not a date: write it as yyyy-MM-dd, such as 2024-06-10.");
            return null;
        }

        CorporateActionKind kind;
        var trimmed = kindText?.Trim();
        if (string.Equals(trimmed, SplitText, StringComparison.OrdinalIgnoreCase))
        {
            kind = CorporateActionKind.Split;
        }
        else if (string.Equals(trimmed, DividendText, StringComparison.OrdinalIgnoreCase))
        {
            kind = CorporateActionKind.Dividend;
        }
        else
        {
            problems.Add(path, row, unit, ColumnText(KindColumn) + " " + Shown(kindText) + " is neither \"" + SplitText + "\" nor \"" + DividendText + "\".");
            return null;
        }

        if (value is not { } amount || double.IsNaN(amount) || double.IsInfinity(amount) || amount <= 0)
        {
            var wanted = kind == CorporateActionKind.Split
                ? "the new shares per old share, such as 10 (or 0.1 for a 1-for-10 reverse split)"
                : "the cash paid per share, such as 0.25";
            problems.Add(path, row, unit, ColumnText(ValueColumn) + " " + Shown(valueText ?? value?.ToString("R", CultureInfo.InvariantCulture)) + " is not a positive number: write " + wanted + ".");
            return null;
        }

        if (kind == CorporateActionKind.Split && amount == 1)
        {
            problems.Add(path, row, unit, "a split of ratio 1 changes nothing: write the new shares per old share, such as 10 (or 0.1 for a reverse split), or remove the row.");
            return null;
        }

        return new CorporateAction(date, kind, amount);
    }

    /// <summary>
    /// The actions in ex-date order (splits before dividends on one date; the sort is stable otherwise); a second row of
    /// the same date and kind is a problem and left out.
    /// </summary>
    public static List<CorporateAction> Sorted(List<(CorporateAction Action, string Path, int Row, string Unit)> read, ProblemList problems)
    {
        var ordered = new List<(CorporateAction Action, string Path, int Row, string Unit)>(read);
        ordered.Sort((a, b) => a.Action.ExDate != b.Action.ExDate ? a.Action.ExDate.CompareTo(b.Action.ExDate) : a.Action.Kind.CompareTo(b.Action.Kind));
        var kept = new List<CorporateAction>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (action, path, row, unit) = ordered[i];
            if (kept.Count > 0 && kept[^1].ExDate == action.ExDate && kept[^1].Kind == action.Kind)
            {
                problems.Add(path, row, unit, "a second " + action.KindText + " on " + action.ExDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    + " is left out: write one row per kind and ex-date (the first is used: " + kept[^1] + ").");
                continue;
            }

            kept.Add(action);
        }

        return kept;
    }

    private static string ColumnText(string column) => "\"" + column + "\"";

    private static string Shown(string? text) => string.IsNullOrWhiteSpace(text) ? "(empty)" : EchoedText.Quote(text);

    /// <summary>The problems of a read, at most <see cref="MaxProblemsPerFile"/> per file, the rest counted.</summary>
    internal sealed class ProblemList
    {
        private readonly Dictionary<string, int> _perFile = new(StringComparer.Ordinal);

        /// <summary>The problems kept.</summary>
        public List<CorporateActionProblem> Items { get; } = new();

        /// <summary>Adds a problem of <paramref name="row"/> (0 for the whole file) of <paramref name="path"/>.</summary>
        public void Add(string path, int row, string message) => Add(path, row, "row", message);

        /// <summary>Adds a problem of <paramref name="row"/>, named <paramref name="unit"/> ("line" in a CSV file), of <paramref name="path"/>.</summary>
        public void Add(string path, int row, string unit, string message)
        {
            _perFile.TryGetValue(path, out var count);
            _perFile[path] = count + 1;
            if (count < MaxProblemsPerFile)
            {
                var where = row > 0 ? " " + unit + " " + row.ToString(CultureInfo.InvariantCulture) : string.Empty;
                Items.Add(new CorporateActionProblem(path, row, EchoedText.OneLine("\"" + path + "\"" + where + ": " + message)));
            }
        }

        /// <summary>Adds, per file with more than <see cref="MaxProblemsPerFile"/> problems, one saying how many more were not listed.</summary>
        public void Close()
        {
            foreach (var (path, count) in _perFile)
            {
                if (count > MaxProblemsPerFile)
                {
                    Items.Add(new CorporateActionProblem(path, 0, EchoedText.OneLine("\"" + path + "\": "
                        + CountText.Of(count - MaxProblemsPerFile, "more bad row", "more bad rows") + " not listed.")));
                }
            }
        }
    }
}
