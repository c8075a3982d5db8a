using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet.Schema;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data.CorporateActions;
using Provisioning.Data.Store;

namespace Provisioning.Core.Tests.Data.CorporateActions;

/// <summary>
/// Corporate-action tables beside the bars: CSV and Parquet read alike, rows out of order are sorted, bad rows are
/// problems naming the file and the line or row (the user's text escaped and clipped) while the good rows are kept.
/// Expected actions are the literals written into each file.
/// </summary>
public sealed class CorporateActionTableTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_CSV_table_is_read_and_sorted_by_ex_date()
    {
        WriteCsv("AAPL", "# vendor export, newest first\nex_date,kind,value\n2024-11-08,dividend,0.25\n\n2020-08-31,SPLIT,4\n\"2024-08-12\",\"dividend\",\"0.25\"\n");

        var table = await Store().ReadActionsAsync("aapl");

        Assert.Equal("AAPL", table.Symbol);
        Assert.Empty(table.Problems);
        Assert.Equal(
            [
                new CorporateAction(new DateOnly(2020, 8, 31), CorporateActionKind.Split, 4),
                new CorporateAction(new DateOnly(2024, 8, 12), CorporateActionKind.Dividend, 0.25),
                new CorporateAction(new DateOnly(2024, 11, 8), CorporateActionKind.Dividend, 0.25),
            ],
            table.Actions.ToArray());
    }

    [Fact]
    public async Task A_Parquet_table_written_by_the_library_reads_back()
    {
        var written = new[]
        {
            new CorporateAction(new DateOnly(2024, 6, 10), CorporateActionKind.Split, 10),
            new CorporateAction(new DateOnly(2021, 7, 20), CorporateActionKind.Split, 4),
            new CorporateAction(new DateOnly(2024, 9, 12), CorporateActionKind.Dividend, 0.01),
        };
        var path = _root.Combine("corporate_actions", "symbol=NVDA", "actions.parquet");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path))
        {
            await CorporateActionParquet.WriteAsync(file, written);
        }

        var table = await Store().ReadActionsAsync("NVDA");

        Assert.Empty(table.Problems);
        Assert.Equal([path], table.Files.ToArray());
        Assert.Equal([written[1], written[0], written[2]], table.Actions.ToArray());
    }

    [Fact]
    public async Task A_Parquet_table_from_another_tool_with_text_dates_and_a_null_reads_its_good_rows()
    {
        var path = _root.Combine("corporate_actions", "symbol=MSFT", "actions.parquet");
        await ParquetNetFiles.WriteAsync(
            path,
            [new DataField<string>("Ex_Date"), new DataField<string>("KIND"), new DataField<double?>("value"), new DataField<string>("note")],
            [
                new[] { "2003-02-18", "2024-11-21", "2024-08-15" },
                new[] { "split", "dividend", "dividend" },
                new double?[] { 2, 0.83, null },
                new[] { "a", "b", "c" },
            ]);

        var table = await Store().ReadActionsAsync("MSFT");

        Assert.Equal(
            [new CorporateAction(new DateOnly(2003, 2, 18), CorporateActionKind.Split, 2), new CorporateAction(new DateOnly(2024, 11, 21), CorporateActionKind.Dividend, 0.83)],
            table.Actions.ToArray());
        var problem = Assert.Single(table.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Equal("\"" + path + "\" row 3: \"value\" (empty) is not a positive number: write the cash paid per share, such as 0.25.", problem.Message);
    }

    [Fact]
    public async Task Bad_rows_are_problems_naming_file_and_line_and_the_good_rows_are_kept()
    {
        var hostile = "split\nerror PRV0000: forged" + new string('x', 200);
        WriteCsv("SPY", "ex_date,kind,value\n2024-13-01,split,2\n2024-03-15,\"" + hostile.Replace("\n", "\n", StringComparison.Ordinal) + "\",2\n"
            + "2024-03-15,dividend,-1\n2024-03-16,split,1\n2024-03-20,dividend,1.6\n2024-03-20,dividend,1.7\n");
        var path = _root.Combine("corporate_actions", "symbol=SPY", "actions.csv");

        var table = await Store().ReadActionsAsync("SPY");

        Assert.Equal([new CorporateAction(new DateOnly(2024, 3, 20), CorporateActionKind.Dividend, 1.6)], table.Actions.ToArray());
        var messages = table.Problems.Select(p => p.Message).ToArray();
        Assert.Equal("\"" + path + "\" line 2: \"ex_date\" \"2024-13-01\" is not a date: write it as yyyy-MM-dd, such as 2024-06-10.", messages[0]);
        // The hostile kind's line feed ends line 3 (its quote left open, so it has no value); the rest is line 4, its
        // own bad row, shown escaped and clipped: nothing forges a line.
        Assert.All(messages, m => Assert.DoesNotContain('\n', m));
        Assert.Contains("\"" + path + "\" line 3: \"value\" (empty) is not a positive number: write the new shares per old share, such as 10 (or 0.1 for a 1-for-10 reverse split).", messages);
        Assert.Contains(messages, m => m.Contains("line 4: \"ex_date\" \"error PRV0000: forgedxxx", StringComparison.Ordinal) && m.Contains("...\" (", StringComparison.Ordinal));
        Assert.Contains("\"" + path + "\" line 5: \"value\" \"-1\" is not a positive number: write the cash paid per share, such as 0.25.", messages);
        Assert.Contains(messages, m => m.StartsWith("\"" + path + "\" line 6: a split of ratio 1 changes nothing", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("\"" + path + "\" line 8: a second dividend on 2024-03-20 is left out", StringComparison.Ordinal));
        Assert.Equal(6, messages.Length);
    }

    [Fact]
    public async Task A_control_character_in_a_value_is_escaped_and_a_long_one_clipped()
    {
        WriteCsv("AMD", "ex_date,kind,value\n2024-01-02,div\u2028idend,1\n2024-01-03,split," + new string('9', 100) + "x\n");

        var table = await Store().ReadActionsAsync("AMD");

        Assert.Empty(table.Actions);
        Assert.Contains("\"kind\" \"div\\u2028idend\" is neither", table.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("...\" (101 characters) is not a positive number", table.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_without_the_header_is_one_problem_and_no_action()
    {
        WriteCsv("PLTR", "2024-01-02,split,2\n");

        var table = await Store().ReadActionsAsync("PLTR");

        Assert.Empty(table.Actions);
        var problem = Assert.Single(table.Problems);
        Assert.Equal(1, problem.Row);
        Assert.Contains("must name the columns \"ex_date\", \"kind\" and \"value\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_Parquet_table_is_a_problem_and_the_CSV_beside_it_is_still_read()
    {
        var parquet = _root.Combine("corporate_actions", "symbol=AAPL", "actions.parquet");
        Directory.CreateDirectory(Path.GetDirectoryName(parquet)!);
        await File.WriteAllTextAsync(parquet, "not parquet at all");
        WriteCsv("AAPL", "ex_date,kind,value\n2020-08-31,split,4\n");

        var table = await Store().ReadActionsAsync("AAPL");

        Assert.Equal([new CorporateAction(new DateOnly(2020, 8, 31), CorporateActionKind.Split, 4)], table.Actions.ToArray());
        var problem = Assert.Single(table.Problems);
        Assert.Equal(0, problem.Row);
        Assert.StartsWith("\"" + parquet + "\": is not a readable Parquet file", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, table.Files.Count);
    }

    [Fact]
    public async Task A_file_of_bad_rows_lists_a_bounded_number_of_problems_and_counts_the_rest()
    {
        WriteCsv("AAPL", "ex_date,kind,value\n" + string.Concat(Enumerable.Repeat("x,split,2\n", 500)));

        var table = await Store().ReadActionsAsync("AAPL");

        Assert.Equal(CorporateActionRows.MaxProblemsPerFile + 1, table.Problems.Count);
        Assert.EndsWith(": 450 more bad rows not listed.", table.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbol_without_a_table_has_no_action_and_no_problem()
    {
        var table = await Store().ReadActionsAsync("MSFT");

        Assert.Empty(table.Actions);
        Assert.Empty(table.Problems);
        Assert.Empty(table.Files);
    }

    private ParquetBarStore Store() => new(new ParquetBarStoreOptions { RootDirectory = _root.Path });

    private void WriteCsv(string symbol, string text)
    {
        var path = _root.Combine("corporate_actions", "symbol=" + symbol, "actions.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
