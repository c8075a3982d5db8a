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
/// and unreadable files become problems; the rest is used.
/// </summary>
internal static class CorporateActionReader
{
    /// <summary>The table of <paramref name="symbol"/> from <paramref name="source"/>.</summary>
    public static async ValueTask<CorporateActionTable> ReadAsync(IBarFileSource source, string symbol, CancellationToken cancellationToken)
    {
        var problems = new CorporateActionRows.ProblemList();
        if (!SymbolName.TryNormalize(symbol, out var normalized, out var reason))
        {
            problems.Add(source.Root, 0, "holds no corporate actions for " + EchoedText.Quote(symbol) + ": " + (reason ?? "not a symbol."));
            return new CorporateActionTable(symbol) { Problems = EquatableArray<CorporateActionProblem>.FromOwnedArray(problems.Items.ToArray()) };
        }

        var read = new List<(CorporateAction Action, string Path, int Row, string Unit)>();
        var files = new List<string>();
        foreach (var (relative, csv) in new[] { (CorporateActionLayout.ParquetPath(normalized), false), (CorporateActionLayout.CsvPath(normalized), true) })
        {
            var path = source.PathOf(relative);
            BarFileVersion? version;
            try
            {
                version = await source.VersionAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                problems.Add(path, 0, "cannot be read: " + e.Message);
                continue;
            }

            if (version is not { } found)
            {
                continue;
            }

            files.Add(path);
            if (found.Length > CorporateActionCsv.MaxBytes)
            {
                problems.Add(path, 0, "is " + CountText.Of(found.Length, "byte", "bytes") + ", more than a table of actions holds ("
                    + CountText.Of(CorporateActionCsv.MaxBytes, "byte", "bytes") + " at most): it is not read.");
                continue;
            }

            Stream stream;
            try
            {
                stream = await source.OpenReadAsync(path, found, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                problems.Add(path, 0, "cannot be read: " + e.Message);
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
        return new CorporateActionTable(normalized)
        {
            Actions = EquatableArray<CorporateAction>.FromOwnedArray(actions.ToArray()),
            Problems = EquatableArray<CorporateActionProblem>.FromOwnedArray(problems.Items.ToArray()),
            Files = EquatableArray<string>.FromOwnedArray(files.ToArray()),
        };
    }
}
