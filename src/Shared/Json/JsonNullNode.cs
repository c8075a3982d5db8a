namespace Provisioning.Json;

/// <summary>A JSON <c>null</c>.</summary>
internal sealed class JsonNullNode : JsonNode
{
    /// <summary>Creates a null node.</summary>
    public JsonNullNode(JsonSpan span)
        : base(span)
    {
    }

    /// <inheritdoc />
    public override JsonNodeKind Kind => JsonNodeKind.Null;
}
