using Provisioning.Json;
using Provisioning.Text;

namespace Provisioning.Config;

/// <summary>
/// One problem in a session config, located in the file: the diagnostic code (PRV0008, PRV0009 for a non-canonical
/// interval, PRV0044 for a value listed twice), what is wrong and what to do, and the 1-based line and column with the length of the
/// offending text. The build reports these as diagnostics and the CLI and runtime print them as
/// <c>file:line:column</c>, from the same validator.
/// </summary>
internal sealed class ConfigIssue
{
    /// <summary>The code of an invalid session config.</summary>
    public const string InvalidConfigCode = "PRV0008";

    /// <summary>The code of a non-canonical interval.</summary>
    public const string NonCanonicalIntervalCode = "PRV0009";

    /// <summary>The code of a symbol or interval listed twice (an error, as at run time).</summary>
    public const string DuplicateValueCode = "PRV0044";

    /// <summary>Creates an issue; a non-canonical interval is made by <see cref="NonCanonical"/>, which keeps PRV0009's arguments.</summary>
    public ConfigIssue(ConfigIssueKind kind, ConfigIssueSeverity severity, string message, string path, JsonSpan span)
        : this(kind, severity, message, path, span, new[] { message })
    {
        if (kind == ConfigIssueKind.NonCanonicalInterval)
        {
            throw new System.ArgumentException("A non-canonical interval issue is made by ConfigIssue.NonCanonical.", nameof(kind));
        }
    }

    private ConfigIssue(ConfigIssueKind kind, ConfigIssueSeverity severity, string message, string path, JsonSpan span, string[] arguments)
    {
        Kind = kind;
        Severity = severity;
        Message = message;
        Path = path;
        Span = span;
        Arguments = arguments;
    }

    /// <summary>The warning for interval text <paramref name="written"/> whose canonical form is <paramref name="canonical"/>.</summary>
    public static ConfigIssue NonCanonical(string written, string canonical, string path, JsonSpan span)
    {
        var quoted = EchoedText.Quote(written);
        var message = quoted + " is written \"" + canonical + "\" in canonical form: write \"" + canonical + "\".";
        return new ConfigIssue(ConfigIssueKind.NonCanonicalInterval, ConfigIssueSeverity.Warning, message, path, span, new[] { quoted, canonical });
    }

    /// <summary>The diagnostic code: <see cref="NonCanonicalIntervalCode"/>, <see cref="DuplicateValueCode"/> or <see cref="InvalidConfigCode"/>, as the build reports it.</summary>
    public string Code => Kind switch
    {
        ConfigIssueKind.NonCanonicalInterval => NonCanonicalIntervalCode,
        ConfigIssueKind.DuplicateValue => DuplicateValueCode,
        _ => InvalidConfigCode,
    };

    /// <summary>What is wrong.</summary>
    public ConfigIssueKind Kind { get; }

    /// <summary>Error or warning.</summary>
    public ConfigIssueSeverity Severity { get; }

    /// <summary>What is wrong and what to write instead.</summary>
    public string Message { get; }

    /// <summary>The build diagnostic's message arguments: for a non-canonical interval the text as written (quoted) and its canonical text; otherwise the message alone.</summary>
    public System.Collections.Generic.IReadOnlyList<string> Arguments { get; }

    /// <summary>Where in the document, as a path: <c>indicators[1].interval</c>; empty for the whole document.</summary>
    public string Path { get; }

    /// <summary>The offending text.</summary>
    public JsonSpan Span { get; }

    /// <summary>The 1-based line.</summary>
    public int Line => Span.Line;

    /// <summary>The 1-based column.</summary>
    public int Column => Span.Column;

    /// <summary>The offset from the start of the text, from 0.</summary>
    public int Start => Span.Start;

    /// <summary>The number of characters of the offending text.</summary>
    public int Length => Span.Length;

    /// <summary>The issue as a compiler prints it: <c>session.json:3:15: error PRV0008: ...</c>.</summary>
    public string Format(string file) =>
        EchoedText.OneLine(file) + ":" + Line + ":" + Column + ": " + (Severity == ConfigIssueSeverity.Error ? "error " : "warning ") + Code + ": " + Message;

    /// <inheritdoc />
    public override string ToString() => Format("session.json");
}
