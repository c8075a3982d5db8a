namespace Provisioning.Json;

/// <summary>Why JSON text could not be read, and where.</summary>
internal sealed class JsonSyntaxError
{
    /// <summary>Creates a syntax error.</summary>
    public JsonSyntaxError(string message, JsonSpan span)
    {
        Message = message;
        Span = span;
    }

    /// <summary>What is wrong and what to write instead.</summary>
    public string Message { get; }

    /// <summary>The offending characters (length 0 at the end of the text).</summary>
    public JsonSpan Span { get; }

    /// <inheritdoc />
    public override string ToString() => Span.Line + ":" + Span.Column + ": " + Message;
}
