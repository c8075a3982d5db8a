namespace Provisioning.Json;

/// <summary>A JSON string; its span covers the quotes.</summary>
internal sealed class JsonStringNode : JsonNode
{
    /// <summary>Creates a string node.</summary>
    public JsonStringNode(JsonSpan span, string value)
        : base(span)
    {
        Value = value;
    }

    /// <inheritdoc />
    public override JsonNodeKind Kind => JsonNodeKind.String;

    /// <summary>The text with escapes resolved.</summary>
    public string Value { get; }
}
