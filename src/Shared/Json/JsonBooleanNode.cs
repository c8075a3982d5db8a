namespace Provisioning.Json;

/// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
internal sealed class JsonBooleanNode : JsonNode
{
    /// <summary>Creates a boolean node.</summary>
    public JsonBooleanNode(JsonSpan span, bool value)
        : base(span)
    {
        Value = value;
    }

    /// <inheritdoc />
    public override JsonNodeKind Kind => JsonNodeKind.Boolean;

    /// <summary>The value.</summary>
    public bool Value { get; }
}
