namespace Provisioning.Json;

/// <summary>A value read from JSON text, with the place in the text it was read from.</summary>
internal abstract class JsonNode
{
    private protected JsonNode(JsonSpan span)
    {
        Span = span;
    }

    /// <summary>The kind of value.</summary>
    public abstract JsonNodeKind Kind { get; }

    /// <summary>Where the value is in the text, from its first to its last character.</summary>
    public JsonSpan Span { get; }

    /// <summary>How the kind is named in messages: "an object", "a string", ...</summary>
    public string KindDescription => Describe(Kind);

    /// <summary>How <paramref name="kind"/> is named in messages: "an object", "a string", ...</summary>
    public static string Describe(JsonNodeKind kind) => kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Boolean => "true or false",
        _ => "null",
    };
}
