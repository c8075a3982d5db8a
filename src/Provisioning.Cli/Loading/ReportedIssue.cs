using System.Globalization;
using System.Text.Json.Serialization;
using Provisioning.Config;
using Provisioning.Text;

namespace Provisioning.Cli.Loading;

/// <summary>A problem of a session config file, located as a compiler locates it.</summary>
/// <param name="File">The config file as the user named it.</param>
/// <param name="Line">The 1-based line; 0 when the problem has no place in the text.</param>
/// <param name="Column">The 1-based column; 0 when the problem has no place in the text.</param>
/// <param name="Severity">"error" or "warning".</param>
/// <param name="Code">PRV0008, or PRV0009 for a non-canonical interval.</param>
/// <param name="Message">What is wrong and what to write instead.</param>
/// <param name="Path">The JSON path of the value ("indicators[0].interval"); empty for the whole file.</param>
internal sealed record ReportedIssue(string File, int Line, int Column, string Severity, string Code, string Message, string Path)
{
    [JsonIgnore]
    public bool IsError => Severity == "error";

    public static ReportedIssue From(ConfigIssue issue, string file) =>
        new(
            file,
            issue.Line,
            issue.Column,
            issue.Severity == ConfigIssueSeverity.Error ? "error" : "warning",
            issue.Code,
            issue.Message,
            issue.Path);

    /// <summary><c>session.json:3:15: error PRV0008: ...</c>, or <c>session.json: error PRV0008: ...</c> without a place.</summary>
    public override string ToString()
    {
        var place = Line > 0
            ? File + ":" + Line.ToString(CultureInfo.InvariantCulture) + ":" + Column.ToString(CultureInfo.InvariantCulture)
            : File;
        return EchoedText.OneLine(place) + ": " + Severity + " " + Code + ": " + EchoedText.OneLine(Message);
    }
}
