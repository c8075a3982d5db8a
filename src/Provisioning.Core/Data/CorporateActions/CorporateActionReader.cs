using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Collections;
using Provisioning.Data.Store;
using Provisioning.Symbols;
using Provisioning.Text;

namespace Provisioning.Data.CorporateActions;

/// <summary>
/// Reads a symbol's corporate-action tables through the store's <see cref="IBarFileSource"/>, so a bucket serves them
/// as a directory does: the Parquet and the CSV table (either, both or none), merged and sorted by ex-date. Bad rows
/// and unreadable files become problems; the rest is used. Finding the files' versions and parsing them are separate
/// steps, so a <see cref="CorporateActionCache"/> parses only tables whose files changed.
/// </summary>
internal static class CorporateActionReader
{
    /// <summary>The table of <paramref name="symbol"/> from <paramref name="source"/>, parsed now.</summary>
    public static async ValueTask<CorporateActionTable> ReadAsync(IBarFileSource source, string symbol, CancellationToken cancellationToken)
    {
        if (!SymbolName.TryNormalize(symbol, out var normalized, out var reason))
        {
            return NotASymbol(source, symbol, reason);
        }

        var files = await FindAsync(source, normalized, cancellationToken).ConfigureAwait(false);
        return (await ParseAsync(source, normalized, files, cancellationToken).ConfigureAwait(false)).Table;
    }

    /// <summary>The table of a text that is not a symbol: no actions, one problem saying why.</summary>
    public static CorporateActionTable NotASymbol(IBarFileSource source, string symbol, string? reason)
    {
        var problems = new CorporateActionRows.ProblemList();
        problems.Add(source.Root, 0, "holds no corporate actions for " + EchoedText.Quote(symbol) + ": " + (reason ?? "not a symbol."));
        return new CorporateActionTable(symbol) { Problems = EquatableArray<CorporateActionProblem>.FromOwnedArray(problems.Items.ToArray()) };
    }

    /// <summary>Where the table files of <paramref name="symbol"/> (normalised) are and their versions now.</summary>
    public static async ValueTask<ActionTableFiles> FindAsync(IBarFileSource source, string symbol, CancellationToken cancellationToken) =>
        new(
            await StateOf(source, CorporateActionLayout.ParquetPath(symbol), cancellationToken).ConfigureAwait(false),
            await StateOf(source, CorporateActionLayout.CsvPath(symbol), cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Parses the files <paramref name="files"/> found for <paramref name="symbol"/> (normalised). Complete is false when
    /// a file could not be inspected, opened or read (an I/O error that may pass), so the table is not worth keeping.
    /// </summary>
    public static async ValueTask<(CorporateActionTable Table, bool Complete)> ParseAsync(
        IBarFileSource source, string symbol, ActionTableFiles files, CancellationToken cancellationToken)
    {
        var problems = new CorporateActionRows.ProblemList();
        var read = new List<(CorporateAction Action, string Path, int Row, string Unit)>();
        var found = new List<string>();
        var complete = true;
        foreach (var (file, csv) in new[] { (files.Parquet, false), (files.Csv, true) })
        {
            var path = file.Path;
            if (file.Error is { } error)
            {
                problems.Add(path, 0, "cannot be read: " + error);
                complete = false;
                continue;
            }

            if (file.Version is not { } version)
            {
                continue;
            }

            found.Add(path);
            if (version.Length > CorporateActionCsv.MaxBytes)
            {
                problems.Add(path, 0, "is " + CountText.Of(version.Length, "byte", "bytes") + ", more than a table of actions holds ("
                    + CountText.Of(CorporateActionCsv.MaxBytes, "byte", "bytes") + " at most): it is not read.");
                continue;
            }

            Stream stream;
            try
            {
                stream = await source.OpenReadAsync(path, version, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                problems.Add(path, 0, "cannot be read: " + e.Message);
                complete = false;
                continue;
            }

            if (csv)
            {
                string text;
                try
                {
                    await using (stream.ConfigureAwait(false))
                    {
                        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
                        text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (IOException e)
                {
                    problems.Add(path, 0, "cannot be read: " + e.Message);
                    complete = false;
                    continue;
                }

                CorporateActionCsv.Read(path, text, read, problems);
            }
            else
            {
                await CorporateActionParquet.ReadAsync(path, stream, read, problems, cancellationToken).ConfigureAwait(false);
            }
        }

        var actions = CorporateActionRows.Sorted(read, problems);
        problems.Close();
        var table = new CorporateActionTable(symbol)
        {
            Actions = EquatableArray<CorporateAction>.FromOwnedArray(actions.ToArray()),
            Problems = EquatableArray<CorporateActionProblem>.FromOwnedArray(problems.Items.ToArray()),
            Files = EquatableArray<string>.FromOwnedArray(found.ToArray()),
        };
        return (table, complete);
    }

    private static async ValueTask<ActionTableFile> StateOf(IBarFileSource source, string relative, CancellationToken cancellationToken)
    {
        var path = source.PathOf(relative);
        try
        {
            return new ActionTableFile(path, await source.VersionAsync(path, cancellationToken).ConfigureAwait(false), null);
        }
        catch (IOException e)
        {
            return new ActionTableFile(path, null, e.Message);
        }
    }
}
