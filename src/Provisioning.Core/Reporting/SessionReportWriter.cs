using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.Reporting;

/// <summary>
/// Writes a session's HTML report: one self-contained file (the chart library, script, style and data inlined) that
/// opens offline. The data goes in a JSON script element that the page's script reads; nothing user-provided is
/// written as markup.
/// </summary>
internal static class SessionReportWriter
{
    private const string StylePlace = "/*{{style}}*/";
    private const string LibraryPlace = "/*{{library}}*/";
    private const string ScriptPlace = "/*{{script}}*/";
    private const string DataPlace = "{{data}}";

    public static async Task WriteAsync(SessionReportInput session, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        // Written beside the target and moved over it, so a failed write never leaves half a report.
        var partial = full + ".partial";
        try
        {
            var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await WriteAsync(session, stream, DateTime.UtcNow, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Writes the report of <paramref name="session"/> to <paramref name="output"/>.</summary>
    internal static async Task WriteAsync(SessionReportInput session, Stream output, DateTime generatedUtc, CancellationToken cancellationToken)
    {
        var template = ReportAssets.Read(ReportAssets.Template);
        var (head, rest) = Split(template, StylePlace);
        var (beforeLibrary, afterLibrary) = Split(rest, LibraryPlace);
        var (beforeData, afterData) = Split(afterLibrary, DataPlace);
        var (beforeScript, tail) = Split(afterData, ScriptPlace);

        await WriteText(output, head, cancellationToken).ConfigureAwait(false);
        await WriteText(output, ReportAssets.Read(ReportAssets.Style), cancellationToken).ConfigureAwait(false);
        await WriteText(output, beforeLibrary, cancellationToken).ConfigureAwait(false);
        await WriteText(output, ReportAssets.Read(ReportAssets.ChartLibrary), cancellationToken).ConfigureAwait(false);
        await WriteText(output, beforeData, cancellationToken).ConfigureAwait(false);
        await using (var json = new Utf8JsonWriter(output))
        {
            ReportDataWriter.Write(json, session, generatedUtc);
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await WriteText(output, beforeScript, cancellationToken).ConfigureAwait(false);
        await WriteText(output, ReportAssets.Read(ReportAssets.Script), cancellationToken).ConfigureAwait(false);
        await WriteText(output, tail, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static (string Before, string After) Split(string text, string place)
    {
        var at = text.IndexOf(place, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"The report template has no {place}.");
        }

        return (text[..at], text[(at + place.Length)..]);
    }

    private static ValueTask WriteText(Stream output, string text, CancellationToken cancellationToken) =>
        output.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
}
